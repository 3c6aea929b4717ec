import type { LivenessLocale } from '../detectorText';

/** Italian for the whole flow: our screens and the detector's. Informal "tu", as in most Italian apps. */
export const itLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'it',
    startHeading: 'Verifica di presenza',
    startDescription:
      'Useremo la tua fotocamera per verificare che tu sia presente di persona. Ci vogliono circa dieci secondi. Alcune verifiche mostrano colori lampeggianti.',
    startButton: 'Inizia la verifica',
    startNoFlashOption: 'Sono sensibile alle luci lampeggianti',
    startNoFlashHint: 'La tua verifica non mostrerà colori lampeggianti: dovrai solo avvicinare il viso all’ovale.',
    creatingSession: 'Preparazione della verifica…',
    loadingDetector: 'Caricamento della verifica con fotocamera…',
    verifying: 'Verifica in corso…',
    cancelButton: 'Annulla',
    retryButton: 'Riprova',
    backToStartButton: 'Torna all’inizio',
    cancelledHeading: 'Verifica annullata',
    cancelledDescription: 'Hai annullato la verifica. Puoi ricominciare quando vuoi.',
    errorHeading: 'Non è stato possibile completare la verifica',
    errorINVALID_RESPONSE: 'Il server ha inviato una risposta che non siamo riusciti a leggere.',
    errorBACKEND_NOT_FOUND:
      'Il server di questa verifica non è stato trovato. Se gestisci questo sito, controlla che la route dell’API per la verifica di presenza sia configurata.',
    errorNETWORK_ERROR: 'Non riusciamo a raggiungere il server. Controlla la connessione e riprova.',
    errorTHROTTLED: 'Il servizio è occupato in questo momento. Riprova tra poco.',
    errorSERVICE_ERROR: 'Il servizio ha avuto un problema. Riprova.',
    errorACCESS_DENIED: 'Questa verifica non è consentita al momento.',
    errorSESSION_NOT_FOUND: 'Questa verifica è terminata. Iniziane una nuova.',
    errorTOO_MANY_ATTEMPTS: 'Troppi tentativi. Aspetta un po’ prima di riprovare.',
    errorBACKEND_ERROR: 'Qualcosa è andato storto sul server. Riprova.',
    errorUNAUTHENTICATED: 'Accedi di nuovo, poi inizia la verifica.',
    errorINVALID_REQUEST: 'Non è stato possibile iniziare la verifica per un problema di questa app.',
    errorCHALLENGE_NOT_ALLOWED:
      'La verifica senza luci lampeggianti non è disponibile qui. Deseleziona l’opzione per fare la verifica standard o contatta l’assistenza.',
    errorDETECTOR_LOAD_FAILED:
      'Non è stato possibile caricare la verifica con fotocamera. Controlla la connessione e riprova.',
    errorCAMERA_ACCESS_DENIED:
      'Non riusciamo a usare la fotocamera. Consenti l’accesso alla fotocamera nel browser e riprova.',
    errorCAMERA_NOT_FOUND: 'Nessuna fotocamera trovata. Collega una fotocamera e riprova.',
    errorCAMERA_FRAMERATE:
      'La tua fotocamera è troppo lenta per questa verifica (servono almeno 15 fotogrammi al secondo).',
    errorFACE_FIT_TIMEOUT: 'Il tuo viso non ha riempito l’ovale in tempo. Avvicinati e riprova.',
    errorFACE_DISTANCE: 'All’inizio il tuo viso era troppo vicino alla fotocamera. Allontanati e riprova.',
    errorMULTIPLE_FACES: 'È stato visto più di un viso. Assicurati di essere solo tu nell’inquadratura e riprova.',
    errorMOBILE_LANDSCAPE: 'Tieni il dispositivo in verticale e riprova.',
    errorCONNECTION_TIMEOUT: 'La connessione è scaduta. Controlla la connessione e riprova.',
    errorSTREAM_ERROR: 'La connessione al servizio non è riuscita. Riprova.',
    errorRUNTIME_ERROR: 'La verifica con fotocamera si è interrotta in modo imprevisto. Riprova.',
    errorCAPTURE_TIMEOUT: 'La verifica ha impiegato troppo tempo a iniziare. Riprova.',
    errorRESULTS_TIMEOUT: 'Il risultato ha impiegato troppo tempo ad arrivare. Riprova.',
    startTipsHeading: 'Prima di iniziare',
    startTipLight: 'Scegli un posto con luce uniforme, senza finestre o lampade forti alle tue spalle.',
    startTipPosition: 'Tieni il dispositivo all’altezza degli occhi e mantieni tutto il viso nell’inquadratura.',
    startTipGlasses: 'Togli occhiali da sole, cappello e mascherina. Gli occhiali da vista puoi tenerli.',
    startPhotosensitivityHeading: 'Avviso sulle luci lampeggianti',
    startPhotosensitivityBody:
      'Questa verifica fa lampeggiare colori diversi. Fai attenzione se sei sensibile alle luci lampeggianti.',
    capturingHeading: 'Verifica con fotocamera: segui le istruzioni sullo schermo',
  },
  load: () =>
    Promise.all([import('./it.result'), import('./it.detector')]).then(([result, detector]) => ({
      result: result.itResultText,
      detector: detector.itDetectorText,
    })),
};
