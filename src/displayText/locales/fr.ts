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
    errorINVALID_RESPONSE: 'Le serveur a envoyé une réponse illisible.',
    errorBACKEND_NOT_FOUND:
      'Le serveur de cette vérification est introuvable. Si vous gérez ce site, vérifiez que la route de son API de vérification de présence est configurée.',
    errorNETWORK_ERROR: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',
    errorTHROTTLED: 'Le service est très sollicité en ce moment. Réessayez dans un instant.',
    errorSERVICE_ERROR: 'Le service a rencontré un problème. Veuillez réessayer.',
    errorACCESS_DENIED: 'Cette vérification n’est pas autorisée pour le moment.',
    errorSESSION_NOT_FOUND: 'Cette vérification est terminée. Veuillez en commencer une nouvelle.',
    errorTOO_MANY_ATTEMPTS: 'Trop de tentatives. Patientez un moment avant de réessayer.',
    errorBACKEND_ERROR: 'Un problème est survenu sur le serveur. Veuillez réessayer.',
    errorUNAUTHENTICATED: 'Reconnectez-vous, puis commencez la vérification.',
    errorINVALID_REQUEST: 'La vérification n’a pas pu démarrer à cause d’un problème dans cette application.',
    errorCHALLENGE_NOT_ALLOWED:
      'La vérification sans lumières clignotantes n’est pas proposée ici. Décochez l’option pour passer la vérification standard, ou contactez l’assistance.',
    errorDETECTOR_LOAD_FAILED:
      'La vérification par caméra n’a pas pu être chargée. Vérifiez votre connexion et réessayez.',
    errorCAMERA_ACCESS_DENIED:
      'Impossible d’utiliser votre caméra. Autorisez l’accès à la caméra dans votre navigateur et réessayez.',
    errorCAMERA_NOT_FOUND: 'Aucune caméra trouvée. Branchez une caméra et réessayez.',
    errorCAMERA_FRAMERATE:
      'Votre caméra est trop lente pour cette vérification (il faut au moins 15 images par seconde).',
    errorFACE_FIT_TIMEOUT: 'Votre visage n’a pas rempli l’ovale à temps. Rapprochez-vous et réessayez.',
    errorFACE_DISTANCE: 'Votre visage était trop près de la caméra au départ. Reculez et réessayez.',
    errorMULTIPLE_FACES:
      'Plusieurs visages ont été vus. Assurez-vous d’être seul dans le champ de la caméra et réessayez.',
    errorMOBILE_LANDSCAPE: 'Tenez votre appareil à la verticale et réessayez.',
    errorCONNECTION_TIMEOUT: 'Le délai de connexion a expiré. Vérifiez votre connexion et réessayez.',
    errorSTREAM_ERROR: 'La connexion au service a échoué. Veuillez réessayer.',
    errorRUNTIME_ERROR: 'La vérification par caméra s’est arrêtée de façon inattendue. Veuillez réessayer.',
    errorCAPTURE_TIMEOUT: 'La vérification a mis trop de temps à démarrer. Veuillez réessayer.',
    errorRESULTS_TIMEOUT: 'Le résultat a mis trop de temps à arriver. Veuillez réessayer.',
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
