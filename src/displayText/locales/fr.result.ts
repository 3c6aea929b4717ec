import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { frLocale } from './fr';

/** The result screen's strings in French: `frLocale` loads them when a check starts. */
export const frResultText: ResultText = {
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
