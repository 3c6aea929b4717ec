import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { deLocale } from './de';

/**
 * The strings shown only after Start, in German: most error messages and the result screen's.
 * `deLocale` loads them when a check starts.
 */
export const deResultText: ResultText = {
  errorINVALID_RESPONSE: 'Der Server hat eine Antwort gesendet, die wir nicht lesen konnten.',
  errorBACKEND_NOT_FOUND:
    'Der Server für diese Prüfung wurde nicht gefunden. Wenn Sie diese Website betreiben, prüfen Sie, ob die API-Route der Anwesenheitsprüfung eingerichtet ist.',
  errorTHROTTLED: 'Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.',
  errorSERVICE_ERROR: 'Beim Dienst ist ein Problem aufgetreten. Bitte versuchen Sie es erneut.',
  errorACCESS_DENIED: 'Diese Prüfung ist derzeit nicht erlaubt.',
  errorSESSION_NOT_FOUND: 'Diese Prüfung ist beendet. Bitte starten Sie eine neue.',
  errorTOO_MANY_ATTEMPTS: 'Zu viele Versuche. Bitte warten Sie eine Weile, bevor Sie es erneut versuchen.',
  errorBACKEND_ERROR: 'Auf dem Server ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  errorUNAUTHENTICATED: 'Bitte melden Sie sich erneut an und starten Sie dann die Prüfung.',
  errorINVALID_REQUEST: 'Die Prüfung konnte wegen eines Problems in dieser App nicht gestartet werden.',
  errorCHALLENGE_NOT_ALLOWED:
    'Eine Prüfung ohne blinkendes Licht ist hier nicht verfügbar. Deaktivieren Sie die Option für die Standardprüfung oder wenden Sie sich an den Support.',
  errorCAMERA_ACCESS_DENIED:
    'Ihre Kamera konnte nicht verwendet werden. Erlauben Sie den Kamerazugriff im Browser und versuchen Sie es erneut.',
  errorCAMERA_NOT_FOUND: 'Es wurde keine Kamera gefunden. Schließen Sie eine Kamera an und versuchen Sie es erneut.',
  errorCAMERA_FRAMERATE: 'Ihre Kamera ist für diese Prüfung zu langsam (sie braucht mindestens 15 Bilder pro Sekunde).',
  errorFACE_FIT_TIMEOUT:
    'Ihr Gesicht hat das Oval nicht rechtzeitig ausgefüllt. Gehen Sie näher heran und versuchen Sie es erneut.',
  errorFACE_DISTANCE:
    'Ihr Gesicht war zu Beginn zu nah an der Kamera. Gehen Sie etwas zurück und versuchen Sie es erneut.',
  errorMULTIPLE_FACES:
    'Es wurde mehr als ein Gesicht erkannt. Achten Sie darauf, dass nur Sie zu sehen sind, und versuchen Sie es erneut.',
  errorMOBILE_LANDSCAPE: 'Halten Sie Ihr Gerät aufrecht (Hochformat) und versuchen Sie es erneut.',
  errorCONNECTION_TIMEOUT:
    'Die Verbindung hat zu lange gedauert. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  errorSTREAM_ERROR: 'Die Verbindung zum Dienst ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
  errorRUNTIME_ERROR: 'Die Kameraprüfung wurde unerwartet beendet. Bitte versuchen Sie es erneut.',
  errorCAPTURE_TIMEOUT: 'Der Start der Prüfung hat zu lange gedauert. Bitte versuchen Sie es erneut.',
  errorRESULTS_TIMEOUT: 'Das Ergebnis hat zu lange auf sich warten lassen. Bitte versuchen Sie es erneut.',
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
  faceBoxOutside: 'Der Gesichtsrahmen liegt außerhalb dieses Bildes',
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
