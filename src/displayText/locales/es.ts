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
    errorNETWORK_ERROR: 'No pudimos conectar con el servidor. Revisa tu conexión e inténtalo de nuevo.',
    errorDETECTOR_LOAD_FAILED: 'No se pudo cargar la comprobación con cámara. Revisa tu conexión e inténtalo de nuevo.',
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
