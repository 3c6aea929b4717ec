import type { ResultText } from '../detectorText';
import { completeLocale } from '../localeText';
import { esLocale } from './es';

/**
 * The strings shown only after Start, in Spanish: most error messages and the result screen's.
 * `esLocale` loads them when a check starts.
 */
export const esResultText: ResultText = {
  errorINVALID_RESPONSE: 'El servidor envió una respuesta que no pudimos leer.',
  errorBACKEND_NOT_FOUND:
    'No se encontró el servidor de esta comprobación. Si administras este sitio, revisa que la ruta de su API de comprobación de presencia esté configurada.',
  errorTHROTTLED: 'El servicio está ocupado ahora mismo. Inténtalo de nuevo en un momento.',
  errorSERVICE_ERROR: 'El servicio tuvo un problema. Inténtalo de nuevo.',
  errorACCESS_DENIED: 'Esta comprobación no está permitida ahora mismo.',
  errorSESSION_NOT_FOUND: 'Esta comprobación ha terminado. Empieza una nueva.',
  errorTOO_MANY_ATTEMPTS: 'Demasiados intentos. Espera un rato antes de volver a intentarlo.',
  errorBACKEND_ERROR: 'Algo salió mal en el servidor. Inténtalo de nuevo.',
  errorUNAUTHENTICATED: 'Vuelve a iniciar sesión y después empieza la comprobación.',
  errorINVALID_REQUEST: 'No se pudo empezar la comprobación por un problema de esta aplicación.',
  errorCAMERA_ACCESS_DENIED:
    'No pudimos usar tu cámara. Permite el acceso a la cámara en tu navegador e inténtalo de nuevo.',
  errorCAMERA_NOT_FOUND: 'No se encontró ninguna cámara. Conecta una cámara e inténtalo de nuevo.',
  errorCAMERA_FRAMERATE:
    'Tu cámara es demasiado lenta para esta comprobación (necesita al menos 15 imágenes por segundo).',
  errorFACE_FIT_TIMEOUT: 'Tu cara no encajó en el óvalo a tiempo. Acércate e inténtalo de nuevo.',
  errorFACE_DISTANCE: 'Tu cara estaba demasiado cerca de la cámara al empezar. Aléjate e inténtalo de nuevo.',
  errorMULTIPLE_FACES: 'Se vio más de una cara. Asegúrate de que solo tú estás a la vista e inténtalo de nuevo.',
  errorMOBILE_LANDSCAPE: 'Pon tu dispositivo en vertical e inténtalo de nuevo.',
  errorCONNECTION_TIMEOUT: 'Se agotó el tiempo de conexión. Revisa tu conexión e inténtalo de nuevo.',
  errorSTREAM_ERROR: 'Falló la conexión con el servicio. Inténtalo de nuevo.',
  errorRUNTIME_ERROR: 'La comprobación con cámara se detuvo de forma inesperada. Inténtalo de nuevo.',
  errorCAPTURE_TIMEOUT: 'La comprobación tardó demasiado en empezar. Inténtalo de nuevo.',
  errorRESULTS_TIMEOUT: 'El resultado tardó demasiado en llegar. Inténtalo de nuevo.',
  errorCHALLENGE_NOT_ALLOWED:
    'Aquí no está disponible la comprobación sin luces intermitentes. Desmarca la opción para hacer la comprobación estándar o contacta con el soporte.',
  resultMissingReferenceImageLive:
    'La comprobación se superó, pero no se recibió ninguna imagen de referencia. Si necesitas conservar una, AWS aconseja repetir la comprobación.',
  resultPassedNoReferenceDescription:
    'Has superado la comprobación, pero no pudimos guardar una imagen clara. Repítela una vez más.',
  resultServerDecisionNotLive:
    'El servidor decidió «No es una persona real» aunque la puntuación supera el umbral de esta página: decide el umbral propio del servidor.',
  resultServerDecisionLive:
    'El servidor decidió «Persona real» aunque la puntuación está por debajo del umbral de esta página: decide el umbral propio del servidor.',
  continueButton: 'Continuar',
  imageOpen: 'Ver a tamaño completo: {image}',
  imageDialogClose: 'Cerrar',
  showFaceBoxes: 'Mostrar los recuadros de la cara',
  resultSessionId: 'Sesión {sessionId}',
  resultCompleteHeading: 'Comprobación completada',
  resultNoVerdict: 'No se fijó un umbral, así que no hay veredicto de persona real o no.',
  resultPassedHeading: 'Comprobación superada',
  resultPassedDescription: 'Gracias, tu comprobación ha terminado.',
  resultNotPassedHeading: 'Comprobación no superada',
  resultNotPassedDescription: 'No pudimos confirmar que estás presente físicamente. Puedes intentarlo de nuevo.',
  resultDoneDescription: 'Tu comprobación ha terminado.',
  resultPendingHeading: 'Esperando el resultado…',
  resultFailedHeading: 'El servicio no pudo terminar la comprobación',
  resultFailedDescription:
    'No es un resultado sobre ti: la comprobación se detuvo por parte del servicio. Empieza una nueva.',
  resultExpiredHeading: 'La comprobación caducó',
  resultExpiredDescription:
    'Una comprobación debe terminarse en los tres minutos siguientes a su inicio. Empieza una nueva.',
  resultMissingReferenceImage: 'No se recibió ninguna imagen de referencia. AWS aconseja repetir la comprobación.',
  gaugeLabel: 'Puntuación de confianza',
  gaugeValue: '{value}',
  gaugeValueText: 'Confianza de {value} sobre 100',
  gaugeValueTextWithVerdict: 'Confianza de {value} sobre 100: {verdict}',
  gaugeThreshold: 'Umbral {threshold}',
  gaugeUnavailable: 'Confianza no disponible',
  verdictLive: 'Persona real',
  verdictNotLive: 'No es una persona real',
  referenceImageHeading: 'Imagen de referencia',
  referenceImageAlt: 'Imagen de referencia de la cara, tomada durante la comprobación',
  auditImagesHeading: 'Imágenes de auditoría',
  auditImageAlt: 'Imagen de auditoría {index} de {count}, tomada durante la comprobación',
  auditImageAltGeneric: 'Imagen de la cara, tomada durante la comprobación',
  noAuditImages: 'El servicio no devolvió imágenes de auditoría.',
  auditImagesCount_one: 'El servicio devolvió {count} imagen de auditoría.',
  auditImagesCount_other: 'El servicio devolvió {count} imágenes de auditoría.',
  imageUnavailable: 'Imagen no disponible',
  faceBoxOutside: 'El recuadro de la cara queda fuera de esta imagen',
  feedbackHeading: 'Lo que observó el servicio',
  feedbackEYES_CLOSED_DETECTED: 'Los ojos estaban cerrados durante la comprobación.',
  feedbackFACE_NOT_ALIGNED: 'La cara no estaba centrada en el óvalo.',
  feedbackFACE_NOT_VISIBLE: 'La cara no se veía entera.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Algo tapaba parte de la cara.',
  feedbackHIGH_LIGHTING_DETECTED: 'Había demasiada luz.',
  feedbackLOW_LIGHTING_DETECTED: 'Había poca luz.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'La calidad del vídeo era demasiado baja.',
  feedbackUnknown: 'El servicio indicó algo sobre esta comprobación (código {code}).',
};

/**
 * `esLocale` with the result screen's strings inline, for a `<LivenessResult>` that must render
 * in Spanish at once (on the server, or without waiting for a module).
 */
export const esResultLocale = /* @__PURE__ */ completeLocale(esLocale, esResultText);
