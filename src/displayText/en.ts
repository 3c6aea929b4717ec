/**
 * Every user-visible string of the library, with its English default. Keys are stable API:
 * apps override any subset through the `displayText` prop. `{name}` marks a placeholder
 * filled by `formatText`.
 */
export const en = {
  // <LivenessCheck>: the flow
  startHeading: 'Face liveness check',
  startDescription:
    'We will use your camera to check that you are physically present. It takes about ten seconds. Some checks show flashing colours.',
  startButton: 'Start check',
  creatingSession: 'Preparing your check…',
  loadingDetector: 'Loading the camera check…',
  verifying: 'Verifying…',
  cancelButton: 'Cancel',
  retryButton: 'Try again',
  cancelledHeading: 'Check cancelled',
  cancelledDescription: 'You cancelled the check. You can start again when you are ready.',
  errorHeading: 'The check could not be completed',

  // Errors, one per LivenessErrorCode
  errorINVALID_RESPONSE: 'The server sent a response we could not read.',
  errorNETWORK_ERROR: 'We could not reach the server. Check your connection and try again.',
  errorTHROTTLED: 'The service is busy right now. Please try again in a moment.',
  errorSERVICE_ERROR: 'The service had a problem. Please try again.',
  errorACCESS_DENIED: 'This check is not allowed right now.',
  errorSESSION_NOT_FOUND: 'This check has ended. Please start a new one.',
  errorTOO_MANY_ATTEMPTS: 'Too many attempts. Please wait a while before trying again.',
  errorBACKEND_ERROR: 'Something went wrong on the server. Please try again.',
  errorUNAUTHENTICATED: 'Please sign in again, then start the check.',
  errorINVALID_REQUEST: 'The check could not be started because of a problem in this app.',
  errorDETECTOR_LOAD_FAILED: 'The camera check could not be loaded. Check your connection and try again.',
  errorCAMERA_ACCESS_DENIED: 'We could not use your camera. Allow camera access in your browser and try again.',
  errorCAMERA_NOT_FOUND: 'No camera was found. Connect a camera and try again.',
  errorCAMERA_FRAMERATE: 'Your camera is too slow for this check (it needs at least 15 frames per second).',
  errorFACE_FIT_TIMEOUT: 'Your face did not fit the oval in time. Move closer and try again.',
  errorFACE_DISTANCE: 'Your face was too close to the camera at the start. Move back and try again.',
  errorMULTIPLE_FACES: 'More than one face was seen. Make sure only you are in view and try again.',
  errorMOBILE_LANDSCAPE: 'Turn your device upright (portrait) and try again.',
  errorCONNECTION_TIMEOUT: 'The connection timed out. Check your connection and try again.',
  errorSTREAM_ERROR: 'The connection to the service failed. Please try again.',
  errorRUNTIME_ERROR: 'The camera check stopped unexpectedly. Please try again.',
  errorCAPTURE_TIMEOUT: 'The check took too long to start. Please try again.',
  errorRESULTS_TIMEOUT: 'The result took too long to arrive. Please try again.',
};

/** The full set of display-text keys and their strings. */
export type LivenessDisplayText = { [Key in keyof typeof en]: string };
