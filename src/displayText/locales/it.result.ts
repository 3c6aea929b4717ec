import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { itLocale } from './it';

/**
 * The strings shown only after Start, in Italian: most error messages and the result screen's.
 * `itLocale` loads them when a check starts.
 */
export const itResultText: ResultText = {
  errorINVALID_RESPONSE: 'Il server ha inviato una risposta che non siamo riusciti a leggere.',
  errorBACKEND_NOT_FOUND:
    'Il server di questa verifica non è stato trovato. Se gestisci questo sito, controlla che la route dell’API per la verifica di presenza sia configurata.',
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
  resultMissingReferenceImageLive:
    'La verifica è superata, ma non è stata restituita alcuna immagine di riferimento. Se devi conservarne una, AWS consiglia di ripetere la verifica.',
  resultPassedNoReferenceDescription:
    'Hai superato la verifica, ma non siamo riusciti a conservare un’immagine nitida. Ripetila ancora una volta.',
  resultServerDecisionNotLive:
    'Il server ha deciso «Non presente» anche se il punteggio supera la soglia di questa pagina: decide la soglia del server.',
  resultServerDecisionLive:
    'Il server ha deciso «Presente» anche se il punteggio è sotto la soglia di questa pagina: decide la soglia del server.',
  continueButton: 'Continua',
  imageOpen: 'Visualizza a dimensione intera: {image}',
  imageDialogClose: 'Chiudi',
  showFaceBoxes: 'Mostra i riquadri del viso',
  resultSessionId: 'Sessione {sessionId}',
  resultCompleteHeading: 'Verifica completata',
  resultNoVerdict: 'Non è stata impostata una soglia, quindi non c’è un esito di persona presente o no.',
  resultPassedHeading: 'Verifica superata',
  resultPassedDescription: 'Grazie, la tua verifica è completata.',
  resultNotPassedHeading: 'Verifica non superata',
  resultNotPassedDescription: 'Non siamo riusciti a confermare che sei presente di persona. Puoi riprovare.',
  resultDoneDescription: 'La tua verifica è completata.',
  resultPendingHeading: 'In attesa del risultato…',
  resultFailedHeading: 'Il servizio non è riuscito a completare la verifica',
  resultFailedDescription:
    'Non è un risultato che ti riguarda: la verifica si è interrotta dal lato del servizio. Iniziane una nuova.',
  resultExpiredHeading: 'La verifica è scaduta',
  resultExpiredDescription: 'Una verifica va completata entro tre minuti dall’inizio. Iniziane una nuova.',
  resultMissingReferenceImage:
    'Non è stata restituita alcuna immagine di riferimento. AWS consiglia di ripetere la verifica.',
  gaugeLabel: 'Punteggio di affidabilità',
  gaugeValue: '{value}',
  gaugeValueText: 'Affidabilità {value} su 100',
  gaugeValueTextWithVerdict: 'Affidabilità {value} su 100: {verdict}',
  gaugeThreshold: 'Soglia {threshold}',
  gaugeUnavailable: 'Affidabilità non disponibile',
  verdictLive: 'Presente',
  verdictNotLive: 'Non presente',
  referenceImageHeading: 'Immagine di riferimento',
  referenceImageAlt: 'Immagine di riferimento del viso, scattata durante la verifica',
  auditImagesHeading: 'Immagini di controllo',
  auditImageAlt: 'Immagine di controllo {index} di {count}, scattata durante la verifica',
  auditImageAltGeneric: 'Immagine del viso, scattata durante la verifica',
  noAuditImages: 'Il servizio non ha restituito immagini di controllo.',
  auditImagesCount_one: 'Il servizio ha restituito {count} immagine di controllo.',
  auditImagesCount_other: 'Il servizio ha restituito {count} immagini di controllo.',
  imageUnavailable: 'Immagine non disponibile',
  faceBoxOutside: 'Il riquadro del viso è fuori da questa immagine',
  feedbackHeading: 'Cosa ha notato il servizio',
  feedbackEYES_CLOSED_DETECTED: 'Gli occhi erano chiusi durante la verifica.',
  feedbackFACE_NOT_ALIGNED: 'Il viso non era centrato nell’ovale.',
  feedbackFACE_NOT_VISIBLE: 'Il viso non era del tutto visibile.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Qualcosa copriva parte del viso.',
  feedbackHIGH_LIGHTING_DETECTED: 'La luce era troppo forte.',
  feedbackLOW_LIGHTING_DETECTED: 'La luce era troppo debole.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'La qualità del video era troppo bassa.',
  feedbackUnknown: 'Il servizio ha segnalato qualcosa su questa verifica (codice {code}).',
};

/**
 * `itLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Italian at once (on the server, or without waiting for a module).
 */
export const itResultLocale = /* @__PURE__ */ completeLocale(itLocale, itResultText);
