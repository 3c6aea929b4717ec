import type { LivenessLocale } from '../detectorText';

/** German for the whole flow: our screens and the detector's. Formal "Sie" throughout. */
export const deLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'de',
    startHeading: 'Anwesenheitsprüfung',
    startDescription:
      'Wir prüfen mit Ihrer Kamera, ob Sie persönlich anwesend sind. Das dauert etwa zehn Sekunden. Bei manchen Prüfungen blinken Farben auf.',
    startButton: 'Prüfung starten',
    startNoFlashOption: 'Ich reagiere empfindlich auf blinkendes Licht',
    startNoFlashHint: 'Bei Ihrer Prüfung blinken keine Farben: Sie bewegen nur Ihr Gesicht in ein Oval.',
    creatingSession: 'Ihre Prüfung wird vorbereitet…',
    loadingDetector: 'Die Kameraprüfung wird geladen…',
    verifying: 'Wird überprüft…',
    cancelButton: 'Abbrechen',
    retryButton: 'Erneut versuchen',
    backToStartButton: 'Zurück zum Anfang',
    cancelledHeading: 'Prüfung abgebrochen',
    cancelledDescription: 'Sie haben die Prüfung abgebrochen. Sie können jederzeit neu beginnen.',
    errorHeading: 'Die Prüfung konnte nicht abgeschlossen werden',
    errorINVALID_RESPONSE: 'Der Server hat eine Antwort gesendet, die wir nicht lesen konnten.',
    errorBACKEND_NOT_FOUND:
      'Der Server für diese Prüfung wurde nicht gefunden. Wenn Sie diese Website betreiben, prüfen Sie, ob die API-Route der Anwesenheitsprüfung eingerichtet ist.',
    errorNETWORK_ERROR:
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
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
    errorDETECTOR_LOAD_FAILED:
      'Die Kameraprüfung konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    errorCAMERA_ACCESS_DENIED:
      'Ihre Kamera konnte nicht verwendet werden. Erlauben Sie den Kamerazugriff im Browser und versuchen Sie es erneut.',
    errorCAMERA_NOT_FOUND: 'Es wurde keine Kamera gefunden. Schließen Sie eine Kamera an und versuchen Sie es erneut.',
    errorCAMERA_FRAMERATE:
      'Ihre Kamera ist für diese Prüfung zu langsam (sie braucht mindestens 15 Bilder pro Sekunde).',
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
    startTipsHeading: 'Bevor Sie beginnen',
    startTipLight: 'Suchen Sie einen gleichmäßig beleuchteten Ort, ohne helles Fenster oder Lampe hinter sich.',
    startTipPosition: 'Halten Sie Ihr Gerät auf Augenhöhe und behalten Sie Ihr ganzes Gesicht im Bild.',
    startTipGlasses: 'Nehmen Sie Sonnenbrille, Hut und Maske ab. Eine normale Brille können Sie aufbehalten.',
    startPhotosensitivityHeading: 'Warnung vor blinkendem Licht',
    startPhotosensitivityBody:
      'Bei dieser Prüfung blinken verschiedene Farben auf. Seien Sie vorsichtig, wenn Sie empfindlich auf blinkendes Licht reagieren.',
    capturingHeading: 'Kameraprüfung: Folgen Sie den Anweisungen auf dem Bildschirm',
  },
  load: () =>
    Promise.all([import('./de.result'), import('./de.detector')]).then(([result, detector]) => ({
      result: result.deResultText,
      detector: detector.deDetectorText,
    })),
};
