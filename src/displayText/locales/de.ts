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
    errorNETWORK_ERROR:
      'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    errorDETECTOR_LOAD_FAILED:
      'Die Kameraprüfung konnte nicht geladen werden. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
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
