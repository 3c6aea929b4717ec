import type { LivenessLocale } from '../detectorText';

/** Spanish for the whole flow: our screens and the detector's. Informal "tú" throughout. */
export const esLocale: LivenessLocale = {
  dir: 'ltr',
  text: {
    numberLocale: 'es',
    // <LivenessCheck>: el flujo
    startHeading: 'Comprobación de presencia',
    startDescription:
      'Usaremos tu cámara para comprobar que estás presente físicamente. Tarda unos diez segundos. Algunas comprobaciones muestran colores intermitentes.',
    startButton: 'Empezar la comprobación',
    startNoFlashOption: 'Soy sensible a las luces intermitentes',
    startNoFlashHint:
      'Tu comprobación no mostrará colores intermitentes: solo tendrás que acercar la cara hasta el óvalo.',
    creatingSession: 'Preparando tu comprobación…',
    loadingDetector: 'Cargando la comprobación con cámara…',
    verifying: 'Verificando…',
    cancelButton: 'Cancelar',
    retryButton: 'Intentar de nuevo',
    backToStartButton: 'Volver al inicio',
    cancelledHeading: 'Comprobación cancelada',
    cancelledDescription: 'Has cancelado la comprobación. Puedes empezar de nuevo cuando quieras.',
    errorHeading: 'No se pudo completar la comprobación',
    // Errores, uno por LivenessErrorCode
    errorINVALID_RESPONSE: 'El servidor envió una respuesta que no pudimos leer.',
    errorBACKEND_NOT_FOUND:
      'No se encontró el servidor de esta comprobación. Si administras este sitio, revisa que la ruta de su API de comprobación de presencia esté configurada.',
    errorNETWORK_ERROR: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
    errorTHROTTLED: 'El servicio está ocupado ahora mismo. Inténtalo de nuevo en un momento.',
    errorSERVICE_ERROR: 'El servicio tuvo un problema. Inténtalo de nuevo.',
    errorACCESS_DENIED: 'Esta comprobación no está permitida ahora mismo.',
    errorSESSION_NOT_FOUND: 'Esta comprobación ha terminado. Empieza una nueva.',
    errorTOO_MANY_ATTEMPTS: 'Demasiados intentos. Espera un rato antes de volver a intentarlo.',
    errorBACKEND_ERROR: 'Algo salió mal en el servidor. Inténtalo de nuevo.',
    errorUNAUTHENTICATED: 'Vuelve a iniciar sesión y después empieza la comprobación.',
    errorINVALID_REQUEST: 'No se pudo empezar la comprobación por un problema de esta aplicación.',
    errorDETECTOR_LOAD_FAILED: 'No se pudo cargar la comprobación con cámara. Revisa tu conexión e inténtalo de nuevo.',
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
    startTipsHeading: 'Antes de empezar',
    startTipLight: 'Busca un lugar con luz uniforme, sin ventanas ni lámparas brillantes detrás de ti.',
    startTipPosition: 'Sostén el dispositivo a la altura de los ojos y mantén toda la cara a la vista.',
    startTipGlasses: 'Quítate las gafas de sol, el sombrero y la mascarilla. Las gafas normales puedes dejártelas.',
    startPhotosensitivityHeading: 'Aviso de luces intermitentes',
    startPhotosensitivityBody:
      'Esta comprobación muestra colores intermitentes. Ten cuidado si eres sensible a las luces intermitentes.',
    capturingHeading: 'Comprobación con cámara: sigue las instrucciones de la pantalla',
  },
  load: () =>
    Promise.all([import('./es.result'), import('./es.detector')]).then(([result, detector]) => ({
      result: result.esResultText,
      detector: detector.esDetectorText,
    })),
};
