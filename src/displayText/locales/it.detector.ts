import type { DetectorDisplayText } from '../detectorText';

/** The detector's strings in Italian: loaded with the detector, when a check starts. */
export const itDetectorText: DetectorDisplayText = {
  hintMoveFaceFrontOfCameraText: 'Metti il viso davanti alla fotocamera',
  hintTooManyFacesText: 'Assicurati che si veda un solo viso',
  hintFaceDetectedText: 'Viso rilevato',
  hintCanNotIdentifyText: 'Metti il viso davanti alla fotocamera',
  hintTooCloseText: 'Allontanati un po’',
  hintTooFarText: 'Avvicinati',
  hintConnectingText: 'Connessione…',
  hintVerifyingText: 'Verifica in corso…',
  hintCheckCompleteText: 'Verifica completata',
  hintIlluminationTooBrightText: 'Spostati in un punto meno luminoso',
  hintIlluminationTooDarkText: 'Spostati in un punto più luminoso',
  hintIlluminationNormalText: 'L’illuminazione va bene',
  hintHoldFaceForFreshnessText: 'Resta fermo',
  hintCenterFaceText: 'Centra il viso',
  hintCenterFaceInstructionText:
    'Prima di iniziare, posiziona la fotocamera in alto al centro dello schermo e centra il viso davanti a essa. Poi comparirà un ovale: avvicinati finché il viso non lo riempie, quindi resta fermo per qualche secondo fino al termine della verifica.',
  hintFaceOffCenterText: 'Il tuo viso non è nell’ovale. Centralo davanti alla fotocamera.',
  hintMatchIndicatorText: 'Sei a metà. Continua ad avvicinarti.',
  cameraMinSpecificationsHeadingText: 'La tua fotocamera non soddisfa i requisiti minimi',
  cameraMinSpecificationsMessageText:
    'La fotocamera deve avere una risoluzione di almeno 320 × 240 e almeno 15 fotogrammi al secondo.',
  cameraNotFoundHeadingText: 'Non è possibile usare la fotocamera',
  cameraNotFoundMessageText:
    'Controlla che ci sia una fotocamera collegata e che nessun’altra app la stia usando. Potrebbe essere necessario consentire l’accesso alla fotocamera nelle impostazioni, chiudere tutte le finestre del browser e riprovare.',
  retryCameraPermissionsText: 'Riprova',
  waitingCameraPermissionText: 'In attesa che tu consenta l’accesso alla fotocamera…',
  a11yVideoLabelText: 'Immagine della fotocamera per la verifica',
  goodFitCaptionText: 'Inquadratura corretta',
  goodFitAltText: 'Disegno di un viso che riempie esattamente un ovale',
  photosensitivityWarningBodyText:
    'Questa verifica fa lampeggiare colori diversi. Fai attenzione se sei sensibile alle luci lampeggianti.',
  photosensitivityWarningHeadingText: 'Avviso sulle luci lampeggianti',
  photosensitivityWarningInfoText:
    'Le luci colorate lampeggianti possono provocare crisi epilettiche in alcune persone. Fai attenzione se tu o qualcuno nella tua famiglia soffre di epilessia.',
  photosensitivityWarningLabelText: 'Maggiori informazioni sulla sensibilità alle luci lampeggianti',
  startScreenBeginCheckText: 'Inizia la verifica video',
  tooFarCaptionText: 'Troppo lontano',
  tooFarAltText: 'Disegno di un viso dentro un ovale, con spazio tra il viso e il bordo dell’ovale',
  recordingIndicatorText: 'Reg.',
  cancelLivenessCheckText: 'Annulla la verifica',
  errorLabelText: 'Errore',
  connectionTimeoutHeaderText: 'Connessione scaduta',
  connectionTimeoutMessageText: 'La connessione ha impiegato troppo tempo.',
  timeoutHeaderText: 'Tempo scaduto',
  timeoutMessageText:
    'Il tuo viso non ha riempito l’ovale in tempo. Riprova e avvicinati finché il viso non lo riempie.',
  faceDistanceHeaderText: 'Ti sei avvicinato troppo presto',
  faceDistanceMessageText: 'Resta fermo mentre la verifica si connette.',
  multipleFacesHeaderText: 'Rilevato più di un viso',
  multipleFacesMessageText:
    'Assicurati che davanti alla fotocamera ci sia un solo viso mentre la verifica si connette.',
  clientHeaderText: 'Qualcosa è andato storto su questo dispositivo',
  clientMessageText: 'La verifica non è riuscita per un problema su questo dispositivo.',
  serverHeaderText: 'Qualcosa è andato storto sul server',
  serverMessageText: 'Non è stato possibile completare la verifica per un problema sul server.',
  landscapeHeaderText: 'La modalità orizzontale non è supportata',
  landscapeMessageText: 'Tieni il dispositivo in verticale.',
  portraitMessageText: 'Tieni il dispositivo in verticale fino al termine della verifica.',
  tryAgainText: 'Riprova',
};
