import type { LivenessLocale } from '../detectorText';
import { es } from '../es';

/** Spanish for the whole flow: our screens (`es`) and the detector's. Informal "tú", as in `es`. */
export const esLocale: LivenessLocale = {
  dir: 'ltr',
  text: es,
  detectorText: {
    hintMoveFaceFrontOfCameraText: 'Pon la cara delante de la cámara',
    hintTooManyFacesText: 'Asegúrate de que solo se ve una cara',
    hintFaceDetectedText: 'Cara detectada',
    hintCanNotIdentifyText: 'Pon la cara delante de la cámara',
    hintTooCloseText: 'Aléjate un poco',
    hintTooFarText: 'Acércate',
    hintConnectingText: 'Conectando…',
    hintVerifyingText: 'Verificando…',
    hintCheckCompleteText: 'Comprobación completada',
    hintIlluminationTooBrightText: 'Busca un lugar con menos luz',
    hintIlluminationTooDarkText: 'Busca un lugar con más luz',
    hintIlluminationNormalText: 'La luz es adecuada',
    hintHoldFaceForFreshnessText: 'No te muevas',
    hintCenterFaceText: 'Centra la cara',
    hintCenterFaceInstructionText:
      'Antes de empezar, coloca la cámara en la parte superior central de la pantalla y centra la cara delante de ella. Después aparecerá un óvalo: acércate hasta que tu cara lo llene y quédate quieto unos segundos hasta que termine la comprobación.',
    hintFaceOffCenterText: 'Tu cara no está en el óvalo. Céntrala delante de la cámara.',
    hintMatchIndicatorText: 'Vas por la mitad. Sigue acercándote.',
    cameraMinSpecificationsHeadingText: 'Tu cámara no cumple los requisitos mínimos',
    cameraMinSpecificationsMessageText:
      'La cámara necesita una resolución de al menos 320 × 240 y al menos 15 imágenes por segundo.',
    cameraNotFoundHeadingText: 'No se puede usar la cámara',
    cameraNotFoundMessageText:
      'Comprueba que hay una cámara conectada y que ninguna otra aplicación la está usando. Puede que tengas que permitir el acceso a la cámara en los ajustes, cerrar todas las ventanas del navegador e intentarlo de nuevo.',
    retryCameraPermissionsText: 'Intentar de nuevo',
    waitingCameraPermissionText: 'Esperando a que permitas el acceso a la cámara…',
    a11yVideoLabelText: 'Imagen de la cámara para la comprobación',
    goodFitCaptionText: 'Bien encajada',
    goodFitAltText: 'Dibujo de una cara que llena exactamente un óvalo',
    photosensitivityWarningBodyText:
      'Esta comprobación muestra colores intermitentes. Ten cuidado si eres sensible a las luces intermitentes.',
    photosensitivityWarningHeadingText: 'Aviso de luces intermitentes',
    photosensitivityWarningInfoText:
      'Las luces de colores intermitentes pueden provocar crisis epilépticas en algunas personas. Ten cuidado si tú o alguien de tu familia tiene epilepsia.',
    photosensitivityWarningLabelText: 'Más información sobre la sensibilidad a las luces intermitentes',
    startScreenBeginCheckText: 'Empezar la comprobación por vídeo',
    tooFarCaptionText: 'Demasiado lejos',
    tooFarAltText: 'Dibujo de una cara dentro de un óvalo, con espacio entre la cara y el borde del óvalo',
    recordingIndicatorText: 'Grabando',
    cancelLivenessCheckText: 'Cancelar la comprobación',
    errorLabelText: 'Error',
    connectionTimeoutHeaderText: 'Se agotó el tiempo de conexión',
    connectionTimeoutMessageText: 'La conexión tardó demasiado.',
    timeoutHeaderText: 'Se acabó el tiempo',
    timeoutMessageText: 'Tu cara no llenó el óvalo a tiempo. Inténtalo de nuevo y acércate hasta que tu cara lo llene.',
    faceDistanceHeaderText: 'Te acercaste demasiado pronto',
    faceDistanceMessageText: 'No te muevas mientras se conecta la comprobación.',
    multipleFacesHeaderText: 'Se ve más de una cara',
    multipleFacesMessageText:
      'Asegúrate de que solo hay una cara delante de la cámara mientras se conecta la comprobación.',
    clientHeaderText: 'Algo salió mal en este dispositivo',
    clientMessageText: 'La comprobación falló por un problema en este dispositivo.',
    serverHeaderText: 'Algo salió mal en el servidor',
    serverMessageText: 'No se pudo completar la comprobación por un problema en el servidor.',
    landscapeHeaderText: 'El modo horizontal no es compatible',
    landscapeMessageText: 'Pon tu dispositivo en vertical.',
    portraitMessageText: 'Mantén tu dispositivo en vertical hasta que termine la comprobación.',
    tryAgainText: 'Intentar de nuevo',
  },
};
