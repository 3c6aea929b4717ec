import type { LivenessLocale } from '../detectorText';

/** French for the whole flow: our screens and the detector's. Formal "vous" throughout. */
export const frLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'fr',
    startHeading: 'Vérification de présence',
    startDescription:
      'Nous allons utiliser votre caméra pour vérifier que vous êtes bien présent. Cela prend une dizaine de secondes. Certaines vérifications affichent des couleurs clignotantes.',
    startButton: 'Commencer la vérification',
    startNoFlashOption: 'Je suis sensible aux lumières clignotantes',
    startNoFlashHint:
      'Votre vérification n’affichera pas de couleurs clignotantes : il vous suffira de placer votre visage dans un ovale.',
    creatingSession: 'Préparation de votre vérification…',
    loadingDetector: 'Chargement de la vérification par caméra…',
    verifying: 'Vérification en cours…',
    cancelButton: 'Annuler',
    retryButton: 'Réessayer',
    backToStartButton: 'Revenir au début',
    cancelledHeading: 'Vérification annulée',
    cancelledDescription: 'Vous avez annulé la vérification. Vous pouvez recommencer quand vous le souhaitez.',
    errorHeading: 'La vérification n’a pas pu aboutir',
    errorNETWORK_ERROR: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    errorDETECTOR_LOAD_FAILED:
      'La vérification par caméra n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    startTipsHeading: 'Avant de commencer',
    startTipLight: 'Placez-vous dans un endroit à la lumière uniforme, sans fenêtre ni lampe vive derrière vous.',
    startTipPosition: 'Tenez votre appareil à hauteur des yeux et gardez tout votre visage dans le cadre.',
    startTipGlasses: 'Retirez lunettes de soleil, chapeau et masque. Vos lunettes habituelles peuvent rester.',
    startPhotosensitivityHeading: 'Avertissement : lumières clignotantes',
    startPhotosensitivityBody:
      'Cette vérification fait clignoter différentes couleurs. Soyez prudent si vous êtes sensible aux lumières clignotantes.',
    capturingHeading: 'Vérification par caméra : suivez les instructions à l’écran',
  },
  load: () =>
    Promise.all([import('./fr.result'), import('./fr.detector')]).then(([result, detector]) => ({
      result: result.frResultText,
      detector: detector.frDetectorText,
    })),
};
