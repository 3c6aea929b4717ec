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
    errorNETWORK_ERROR: 'Non riusciamo a raggiungere il server. Controlla la connessione e riprova.',
    errorDETECTOR_LOAD_FAILED:
      'Non è stato possibile caricare la verifica con fotocamera. Controlla la connessione e riprova.',
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
