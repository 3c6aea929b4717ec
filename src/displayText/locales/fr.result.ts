import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { frLocale } from './fr';

/**
 * The strings shown only after Start, in French: most error messages and the result screen's.
 * `frLocale` loads them when a check starts.
 */
export const frResultText: ResultText = {
  errorINVALID_RESPONSE: 'Le serveur a envoyé une réponse illisible.',
  errorBACKEND_NOT_FOUND:
    'Le serveur de cette vérification est introuvable. Si vous gérez ce site, vérifiez que la route de son API de vérification de présence est configurée.',
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
  resultMissingReferenceImageLive:
    'La vérification est réussie, mais aucune image de référence n’a été renvoyée. Si vous devez en conserver une, AWS conseille de refaire la vérification.',
  resultPassedNoReferenceDescription:
    'Votre vérification est réussie, mais nous n’avons pas pu conserver une image nette. Veuillez la refaire une fois.',
  resultServerDecisionNotLive:
    'Le serveur a décidé « Non présent » bien que le score dépasse le seuil de cette page : c’est le seuil du serveur qui décide.',
  resultServerDecisionLive:
    'Le serveur a décidé « Présent » bien que le score soit sous le seuil de cette page : c’est le seuil du serveur qui décide.',
  continueButton: 'Continuer',
  imageOpen: 'Voir en taille réelle : {image}',
  imageDialogClose: 'Fermer',
  showFaceBoxes: 'Afficher les cadres du visage',
  resultSessionId: 'Session {sessionId}',
  resultCompleteHeading: 'Vérification terminée',
  resultNoVerdict: 'Aucun seuil n’a été défini : il n’y a donc pas de verdict « présent » ou « non présent ».',
  resultPassedHeading: 'Vérification réussie',
  resultPassedDescription: 'Merci, votre vérification est terminée.',
  resultNotPassedHeading: 'Vérification non réussie',
  resultNotPassedDescription: 'Nous n’avons pas pu confirmer que vous êtes bien présent. Vous pouvez réessayer.',
  resultDoneDescription: 'Votre vérification est terminée.',
  resultPendingHeading: 'En attente du résultat…',
  resultFailedHeading: 'Le service n’a pas pu terminer la vérification',
  resultFailedDescription:
    'Ce n’est pas un résultat vous concernant : la vérification s’est arrêtée du côté du service. Veuillez en commencer une nouvelle.',
  resultExpiredHeading: 'La vérification a expiré',
  resultExpiredDescription:
    'Une vérification doit être terminée dans les trois minutes qui suivent son début. Veuillez en commencer une nouvelle.',
  resultMissingReferenceImage: 'Aucune image de référence n’a été renvoyée. AWS conseille de refaire la vérification.',
  gaugeLabel: 'Score de confiance',
  gaugeValue: '{value}',
  gaugeValueText: 'Confiance de {value} sur 100',
  gaugeValueTextWithVerdict: 'Confiance de {value} sur 100 : {verdict}',
  gaugeThreshold: 'Seuil {threshold}',
  gaugeUnavailable: 'Confiance indisponible',
  verdictLive: 'Présent',
  verdictNotLive: 'Non présent',
  referenceImageHeading: 'Image de référence',
  referenceImageAlt: 'Image de référence du visage, prise pendant la vérification',
  auditImagesHeading: 'Images d’audit',
  auditImageAlt: 'Image d’audit {index} sur {count}, prise pendant la vérification',
  auditImageAltGeneric: 'Image du visage, prise pendant la vérification',
  noAuditImages: 'Le service n’a renvoyé aucune image d’audit.',
  auditImagesCount_one: 'Le service a renvoyé {count} image d’audit.',
  auditImagesCount_other: 'Le service a renvoyé {count} images d’audit.',
  imageUnavailable: 'Image indisponible',
  faceBoxOutside: 'Le cadre du visage se trouve hors de cette image',
  feedbackHeading: 'Ce que le service a remarqué',
  feedbackEYES_CLOSED_DETECTED: 'Les yeux étaient fermés pendant la vérification.',
  feedbackFACE_NOT_ALIGNED: 'Le visage n’était pas centré dans l’ovale.',
  feedbackFACE_NOT_VISIBLE: 'Le visage n’était pas entièrement visible.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Quelque chose masquait une partie du visage.',
  feedbackHIGH_LIGHTING_DETECTED: 'La lumière était trop forte.',
  feedbackLOW_LIGHTING_DETECTED: 'La lumière était trop faible.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'La qualité de la vidéo était trop faible.',
  feedbackUnknown: 'Le service a signalé quelque chose à propos de cette vérification (code {code}).',
};

/**
 * `frLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in French at once (on the server, or without waiting for a module).
 */
export const frResultLocale = /* @__PURE__ */ completeLocale(frLocale, frResultText);
