/** The strings of the check's flow: start, progress and cancelled screens, and the error screen's frame. */
const enFlow = {
  /**
   * Not shown: the BCP 47 language tag of this text. Numbers and percentages are formatted for it
   * (93.4% / 93,4 %), and a locale pack sets it as `lang` on the component's root.
   */
  numberLocale: 'en',
  // <LivenessCheck>: the flow
  startHeading: 'Face liveness check',
  startDescription:
    'We will use your camera to check that you are physically present. It takes about ten seconds. Some checks show flashing colours.',
  startButton: 'Start check',
  startNoFlashOption: 'I’m sensitive to flashing lights',
  startNoFlashHint: 'Your check will not flash colours: you will only move your face into an oval.',
  startTipsHeading: 'Before you start',
  startTipLight: 'Find a place with even light, and no bright window or lamp behind you.',
  startTipPosition: 'Hold your device at eye level and keep your whole face in view.',
  startTipGlasses: 'Take off sunglasses, hats and masks. Everyday glasses can stay on.',
  startPhotosensitivityHeading: 'Flashing lights warning',
  startPhotosensitivityBody: 'This check flashes different colours. Take care if you are sensitive to flashing lights.',
  /** Not shown: the heading screen readers land on, and hear, when the camera check opens. */
  capturingHeading: 'Camera check: follow the instructions on the screen',
  creatingSession: 'Preparing your check…',
  loadingDetector: 'Loading the camera check…',
  verifying: 'Verifying…',
  cancelButton: 'Cancel',
  retryButton: 'Try again',
  backToStartButton: 'Back to the start',
  cancelledHeading: 'Check cancelled',
  cancelledDescription: 'You cancelled the check. You can start again when you are ready.',
  errorHeading: 'The check could not be completed',

  // The errors a page must be able to show when the pack's lazy part cannot load (the rest, one
  // per LivenessErrorCode, are in enResult)
  errorNETWORK_ERROR: 'We could not reach the server. Check your connection and try again.',
  errorDETECTOR_LOAD_FAILED: 'The camera check could not be loaded. Check your connection and try again.',
};

/**
 * The strings a check shows only after Start: most error messages, and the result screen's
 * (`<LivenessResult>`, `<ConfidenceGauge>`, `<AuditImage>`). A locale pack keeps them in a module
 * of their own, loaded with the detector when a check starts, so a page that shows only the start
 * screen does not pay for them.
 */
export const enResult = {
  errorINVALID_RESPONSE: 'The server sent a response we could not read.',
  errorBACKEND_NOT_FOUND:
    'The server for this check could not be found. If you run this site, check that its liveness API route is set up.',
  errorTHROTTLED: 'The service is busy right now. Please try again in a moment.',
  errorSERVICE_ERROR: 'The service had a problem. Please try again.',
  errorACCESS_DENIED: 'This check is not allowed right now.',
  errorSESSION_NOT_FOUND: 'This check has ended. Please start a new one.',
  errorTOO_MANY_ATTEMPTS: 'Too many attempts. Please wait a while before trying again.',
  errorBACKEND_ERROR: 'Something went wrong on the server. Please try again.',
  errorUNAUTHENTICATED: 'Please sign in again, then start the check.',
  errorINVALID_REQUEST: 'The check could not be started because of a problem in this app.',
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
  errorCHALLENGE_NOT_ALLOWED:
    'A check without flashing lights is not available here. Untick the option to take the standard check, or contact support.',
  resultSessionId: 'Session {sessionId}',
  resultCompleteHeading: 'Check complete',
  resultNoVerdict: 'No threshold was set, so there is no live or not-live verdict.',
  resultPassedHeading: 'Check passed',
  resultPassedDescription: 'Thank you, your check is complete.',
  resultNotPassedHeading: 'Check not passed',
  resultNotPassedDescription: 'We could not confirm that you are physically present. You can try again.',
  resultDoneDescription: 'Your check is complete.',
  resultPendingHeading: 'Waiting for the result…',
  resultFailedHeading: 'The service could not finish the check',
  resultFailedDescription:
    'This is not a result about you: the check stopped on the service’s side. Please start a new one.',
  resultExpiredHeading: 'The check expired',
  resultExpiredDescription: 'A check must be finished within three minutes of starting. Please start a new one.',
  resultMissingReferenceImage: 'No reference image was returned. AWS advises running the check again.',
  resultMissingReferenceImageLive:
    'The check passed, but no reference image was returned. If you need one on record, AWS advises running the check again.',
  resultPassedNoReferenceDescription:
    'Your check passed, but we could not keep a clear picture. Please take it once more.',
  resultServerDecisionNotLive:
    'The server decided “not live” although the score is above this page’s threshold: the server’s own threshold decides.',
  resultServerDecisionLive:
    'The server decided “live” although the score is below this page’s threshold: the server’s own threshold decides.',
  continueButton: 'Continue',
  gaugeLabel: 'Confidence score',
  /** `{value}` is the score as a percentage, formatted for `numberLocale` ("93.4%", "93,4 %"). */
  gaugeValue: '{value}',
  gaugeValueText: 'Confidence {value} out of 100',
  gaugeValueTextWithVerdict: 'Confidence {value} out of 100: {verdict}',
  /** `{threshold}` is a percentage, formatted for `numberLocale`. */
  gaugeThreshold: 'Threshold {threshold}',
  gaugeUnavailable: 'Confidence unavailable',
  verdictLive: 'Live',
  verdictNotLive: 'Not live',
  referenceImageHeading: 'Reference image',
  referenceImageAlt: 'Reference image of the face, taken during the check',
  auditImagesHeading: 'Audit images',
  auditImageAlt: 'Audit image {index} of {count}, taken during the check',
  auditImageAltGeneric: 'Image of the face, taken during the check',
  noAuditImages: 'The service returned no audit images.',
  /** Plural forms (`_one`, `_other`, and `_zero`, `_two`, `_few`, `_many` where a language has them), chosen by Intl.PluralRules. */
  auditImagesCount_one: 'The service returned {count} audit image.',
  auditImagesCount_other: 'The service returned {count} audit images.',
  imageUnavailable: 'Image unavailable',
  /** Over a picture whose face box lies wholly outside it (the box is drawn as a marker on the edge). */
  faceBoxOutside: 'The face box lies outside this picture',
  /** `{image}` is the picture's text alternative. */
  imageOpen: 'View full size: {image}',
  imageDialogClose: 'Close',
  showFaceBoxes: 'Show face boxes',
  feedbackHeading: 'What the service noticed',
  feedbackEYES_CLOSED_DETECTED: 'The eyes were closed during the check.',
  feedbackFACE_NOT_ALIGNED: 'The face was not centred in the oval.',
  feedbackFACE_NOT_VISIBLE: 'The face was not fully visible.',
  feedbackFACE_OBSTRUCTION_DETECTED: 'Something covered part of the face.',
  feedbackHIGH_LIGHTING_DETECTED: 'The light was too bright.',
  feedbackLOW_LIGHTING_DETECTED: 'The light was too dim.',
  feedbackLOW_VIDEO_QUALITY_DETECTED: 'The video quality was too low.',
  feedbackUnknown: 'The service reported something about this check (code {code}).',
};

/**
 * Every user-visible string of the library, with its English default. Keys are stable API:
 * apps override any subset through the `displayText` prop. `{name}` marks a placeholder
 * filled by `formatText`.
 */
export const en = { ...enFlow, ...enResult };

/** The plural categories of Intl.PluralRules that English does not use: a language adds the ones it needs. */
export type ExtraPluralCategory = 'zero' | 'two' | 'few' | 'many';
/** Keys whose text has plural forms (`{key}_one`, `{key}_other`…). */
export type PluralKey = 'auditImagesCount';

/** The keys of the result screen's strings (a locale pack loads them lazily). */
export type ResultKey = keyof typeof enResult | `${PluralKey}_${ExtraPluralCategory}`;

/** The full set of display-text keys and their strings. */
export type LivenessDisplayText = { [Key in keyof typeof en]: string } & {
  [Key in `${PluralKey}_${ExtraPluralCategory}`]?: string;
};
