import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { deLocale } from './de';

/** The result screen's strings in German: `deLocale` loads them when a check starts. */
export const deResultText: ResultText = {
  resultMissingReferenceImageLive:
    'Die Prüfung ist bestanden, aber es wurde kein Referenzbild zurückgegeben. Wenn Sie eines aufbewahren müssen, empfiehlt AWS, die Prüfung zu wiederholen.',
  resultPassedNoReferenceDescription:
    'Sie haben die Prüfung bestanden, aber wir konnten kein klares Bild speichern. Bitte wiederholen Sie sie noch einmal.',
  resultServerDecisionNotLive:
    'Der Server hat „Nicht anwesend“ entschieden, obwohl der Wert über dem Schwellenwert dieser Seite liegt: Es entscheidet der Schwellenwert des Servers.',
  resultServerDecisionLive:
    'Der Server hat „Anwesend“ entschieden, obwohl der Wert unter dem Schwellenwert dieser Seite liegt: Es entscheidet der Schwellenwert des Servers.',
  continueButton: 'Weiter',
  imageOpen: 'In voller Größe ansehen: {image}',
  imageDialogClose: 'Schließen',
  showFaceBoxes: 'Gesichtsrahmen anzeigen',
  resultSessionId: 'Sitzung {sessionId}',
  resultCompleteHeading: 'Prüfung abgeschlossen',
  resultNoVerdict:
    'Es wurde kein Schwellenwert festgelegt, daher gibt es kein Urteil „anwesend“ oder „nicht anwesend“.',
  resultPassedHeading: 'Prüfung bestanden',
  resultPassedDescription: 'Vielen Dank, Ihre Prüfung ist abgeschlossen.',
  resultNotPassedHeading: 'Prüfung nicht bestanden',
  resultNotPassedDescription:
    'Wir konnten nicht bestätigen, dass Sie persönlich anwesend sind. Sie können es erneut versuchen.',
  resultDoneDescription: 'Ihre Prüfung ist abgeschlossen.',
  resultPendingHeading: 'Warten auf das Ergebnis…',
  resultFailedHeading: 'Der Dienst konnte die Prüfung nicht abschließen',
  resultFailedDescription:
    'Das ist kein Ergebnis über Sie: Die Prüfung wurde auf Seiten des Dienstes abgebrochen. Bitte starten Sie eine neue.',
  resultExpiredHeading: 'Die Prüfung ist abgelaufen',
  resultExpiredDescription:
    'Eine Prüfung muss innerhalb von drei Minuten nach dem Start abgeschlossen sein. Bitte starten Sie eine neue.',
  resultMissingReferenceImage: 'Es wurde kein Referenzbild zurückgegeben. AWS empfiehlt, die Prüfung zu wiederholen.',
  gaugeLabel: 'Konfidenzwert',
  gaugeValue: '{value}',
  gaugeValueText: 'Konfidenz {value} von 100',
  gaugeValueTextWithVerdict: 'Konfidenz {value} von 100: {verdict}',
  gaugeThreshold: 'Schwellenwert {threshold}',
  gaugeUnavailable: 'Konfidenz nicht verfügbar',
  verdictLive: 'Anwesend',
  verdictNotLive: 'Nicht anwesend',
  referenceImageHeading: 'Referenzbild',
  referenceImageAlt: 'Referenzbild des Gesichts, während der Prüfung aufgenommen',
  auditImagesHeading: 'Prüfbilder',
  auditImageAlt: 'Prüfbild {index} von {count}, während der Prüfung aufgenommen',
  auditImageAltGeneric: 'Bild des Gesichts, während der Prüfung aufgenommen',
  noAuditImages: 'Der Dienst hat keine Prüfbilder zurückgegeben.',
  auditImagesCount_one: 'Der Dienst hat {count} Prüfbild zurückgegeben.',
  auditImagesCount_other: 'Der Dienst hat {count} Prüfbilder zurückgegeben.',
  imageUnavailable: 'Bild nicht verfügbar',
  feedbackHeading: 'Was dem Dienst aufgefallen ist',
  feedbackEYES_CLOSED_DETECTED: 'Die Augen waren während der Prüfung geschlossen.',
  feedbackFACE_NOT_ALIGNED: 'Das Gesicht war nicht mittig im Oval.',
  feedbackFACE_NOT_VISIBLE: 'Das Gesicht war nicht vollständig zu sehen.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Etwas hat einen Teil des Gesichts verdeckt.',
  feedbackHIGH_LIGHTING_DETECTED: 'Das Licht war zu hell.',
  feedbackLOW_LIGHTING_DETECTED: 'Das Licht war zu schwach.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'Die Videoqualität war zu niedrig.',
  feedbackUnknown: 'Der Dienst hat etwas zu dieser Prüfung gemeldet (Code {code}).',
};

/**
 * `deLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in German at once (on the server, or without waiting for a module).
 */
export const deResultLocale = /* @__PURE__ */ completeLocale(deLocale, deResultText);
