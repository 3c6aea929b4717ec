import type { DetectorDisplayText } from '../detectorText';

/** The detector's strings in German: loaded with the detector, when a check starts. */
export const deDetectorText: DetectorDisplayText = {
  hintMoveFaceFrontOfCameraText: 'Bringen Sie Ihr Gesicht vor die Kamera',
  hintTooManyFacesText: 'Achten Sie darauf, dass nur ein Gesicht zu sehen ist',
  hintFaceDetectedText: 'Gesicht erkannt',
  hintCanNotIdentifyText: 'Bringen Sie Ihr Gesicht vor die Kamera',
  hintTooCloseText: 'Gehen Sie etwas zurück',
  hintTooFarText: 'Gehen Sie näher heran',
  hintConnectingText: 'Verbindung wird hergestellt…',
  hintVerifyingText: 'Wird überprüft…',
  hintCheckCompleteText: 'Prüfung abgeschlossen',
  hintIlluminationTooBrightText: 'Gehen Sie an einen weniger hellen Ort',
  hintIlluminationTooDarkText: 'Gehen Sie an einen helleren Ort',
  hintIlluminationNormalText: 'Die Beleuchtung ist gut',
  hintHoldFaceForFreshnessText: 'Bitte stillhalten',
  hintCenterFaceText: 'Gesicht mittig ausrichten',
  hintCenterFaceInstructionText:
    'Bevor die Prüfung beginnt, bringen Sie die Kamera oben in die Mitte Ihres Bildschirms und richten Sie Ihr Gesicht mittig davor aus. Dann erscheint ein Oval: Gehen Sie näher heran, bis Ihr Gesicht es ausfüllt, und halten Sie einige Sekunden still, bis die Prüfung abgeschlossen ist.',
  hintFaceOffCenterText: 'Ihr Gesicht ist nicht im Oval. Richten Sie es mittig vor der Kamera aus.',
  hintMatchIndicatorText: 'Halb geschafft. Gehen Sie weiter näher heran.',
  cameraMinSpecificationsHeadingText: 'Ihre Kamera erfüllt nicht die Mindestanforderungen',
  cameraMinSpecificationsMessageText:
    'Die Kamera braucht eine Auflösung von mindestens 320 × 240 und mindestens 15 Bilder pro Sekunde.',
  cameraNotFoundHeadingText: 'Die Kamera kann nicht verwendet werden',
  cameraNotFoundMessageText:
    'Prüfen Sie, ob eine Kamera angeschlossen ist und keine andere App sie verwendet. Eventuell müssen Sie den Kamerazugriff in den Einstellungen erlauben, alle Browserfenster schließen und es erneut versuchen.',
  retryCameraPermissionsText: 'Erneut versuchen',
  waitingCameraPermissionText: 'Warten auf Ihre Erlaubnis für den Kamerazugriff…',
  a11yVideoLabelText: 'Kamerabild für die Anwesenheitsprüfung',
  goodFitCaptionText: 'Passt gut',
  goodFitAltText: 'Zeichnung eines Gesichts, das ein Oval genau ausfüllt',
  photosensitivityWarningBodyText:
    'Bei dieser Prüfung blinken verschiedene Farben auf. Seien Sie vorsichtig, wenn Sie empfindlich auf blinkendes Licht reagieren.',
  photosensitivityWarningHeadingText: 'Warnung vor blinkendem Licht',
  photosensitivityWarningInfoText:
    'Blinkendes farbiges Licht kann bei manchen Menschen epileptische Anfälle auslösen. Seien Sie vorsichtig, wenn Sie oder jemand in Ihrer Familie an Epilepsie leidet.',
  photosensitivityWarningLabelText: 'Mehr zur Empfindlichkeit gegenüber blinkendem Licht',
  startScreenBeginCheckText: 'Videoprüfung starten',
  tooFarCaptionText: 'Zu weit weg',
  tooFarAltText: 'Zeichnung eines Gesichts in einem Oval, mit Abstand zwischen Gesicht und Rand des Ovals',
  recordingIndicatorText: 'Aufnahme',
  cancelLivenessCheckText: 'Prüfung abbrechen',
  errorLabelText: 'Fehler',
  connectionTimeoutHeaderText: 'Zeitüberschreitung der Verbindung',
  connectionTimeoutMessageText: 'Die Verbindung hat zu lange gedauert.',
  timeoutHeaderText: 'Die Zeit ist abgelaufen',
  timeoutMessageText:
    'Ihr Gesicht hat das Oval nicht rechtzeitig ausgefüllt. Versuchen Sie es erneut und gehen Sie näher heran, bis Ihr Gesicht es ausfüllt.',
  faceDistanceHeaderText: 'Sie sind zu früh näher gekommen',
  faceDistanceMessageText: 'Halten Sie still, während die Verbindung hergestellt wird.',
  multipleFacesHeaderText: 'Mehr als ein Gesicht erkannt',
  multipleFacesMessageText:
    'Achten Sie darauf, dass nur ein Gesicht vor der Kamera ist, während die Verbindung hergestellt wird.',
  clientHeaderText: 'Auf diesem Gerät ist etwas schiefgelaufen',
  clientMessageText: 'Die Prüfung ist wegen eines Problems auf diesem Gerät fehlgeschlagen.',
  serverHeaderText: 'Auf dem Server ist etwas schiefgelaufen',
  serverMessageText: 'Die Prüfung konnte wegen eines Problems auf dem Server nicht abgeschlossen werden.',
  landscapeHeaderText: 'Querformat wird nicht unterstützt',
  landscapeMessageText: 'Halten Sie Ihr Gerät aufrecht (Hochformat).',
  portraitMessageText: 'Halten Sie Ihr Gerät bis zum Ende der Prüfung aufrecht (Hochformat).',
  tryAgainText: 'Erneut versuchen',
};
