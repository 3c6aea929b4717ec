import type { DetectorDisplayText } from './detectorText';

/** The detector's strings in English, in the same voice as ours (Amplify's defaults are not used). */
export const detectorEn: DetectorDisplayText = {
  // Hints and toasts over the camera
  hintMoveFaceFrontOfCameraText: 'Move your face in front of the camera',
  hintTooManyFacesText: 'Make sure only one face is in view',
  hintFaceDetectedText: 'Face found',
  hintCanNotIdentifyText: 'Move your face in front of the camera',
  hintTooCloseText: 'Move back a little',
  hintTooFarText: 'Move closer',
  hintConnectingText: 'Connecting…',
  hintVerifyingText: 'Verifying…',
  hintCheckCompleteText: 'Check complete',
  hintIlluminationTooBrightText: 'Move somewhere less bright',
  hintIlluminationTooDarkText: 'Move somewhere brighter',
  hintIlluminationNormalText: 'The lighting is good',
  hintHoldFaceForFreshnessText: 'Hold still',
  hintCenterFaceText: 'Centre your face',
  hintCenterFaceInstructionText:
    'Before the check starts, place your camera at the top centre of your screen and centre your face in front of it. An oval then appears: move closer until your face fills it, then hold still for a few seconds until the check is complete.',
  hintFaceOffCenterText: 'Your face is not in the oval. Centre your face in front of the camera.',
  hintMatchIndicatorText: 'Halfway there. Keep moving closer.',
  // The camera
  cameraMinSpecificationsHeadingText: 'Your camera does not meet the minimum requirements',
  cameraMinSpecificationsMessageText:
    'The camera needs a resolution of at least 320 × 240 and at least 15 frames per second.',
  cameraNotFoundHeadingText: 'The camera cannot be used',
  cameraNotFoundMessageText:
    'Check that a camera is connected and that no other app is using it. You may need to allow camera access in your settings, close every browser window and try again.',
  retryCameraPermissionsText: 'Try again',
  waitingCameraPermissionText: 'Waiting for you to allow camera access…',
  a11yVideoLabelText: 'Camera view for the liveness check',
  // The detector's start screen (ours replaces it unless `disableStartScreen` is false)
  goodFitCaptionText: 'Good fit',
  goodFitAltText: 'Drawing of a face that exactly fills an oval',
  photosensitivityWarningBodyText:
    'This check flashes different colours. Take care if you are sensitive to flashing lights.',
  photosensitivityWarningHeadingText: 'Flashing lights warning',
  photosensitivityWarningInfoText:
    'Flashing coloured lights can trigger seizures in some people. Take care if you or anyone in your family has epilepsy.',
  photosensitivityWarningLabelText: 'More about sensitivity to flashing lights',
  startScreenBeginCheckText: 'Start the video check',
  tooFarCaptionText: 'Too far',
  tooFarAltText: 'Drawing of a face inside an oval, with space between the face and the edge of the oval',
  // While recording
  recordingIndicatorText: 'Rec',
  cancelLivenessCheckText: 'Cancel the check',
  // The error modal
  errorLabelText: 'Error',
  connectionTimeoutHeaderText: 'Connection timed out',
  connectionTimeoutMessageText: 'The connection took too long.',
  timeoutHeaderText: 'Time is up',
  timeoutMessageText: 'Your face did not fill the oval in time. Try again and move closer until your face fills it.',
  faceDistanceHeaderText: 'You moved closer too early',
  faceDistanceMessageText: 'Keep still while the check connects.',
  multipleFacesHeaderText: 'More than one face found',
  multipleFacesMessageText: 'Make sure only one face is in front of the camera while the check connects.',
  clientHeaderText: 'Something went wrong on this device',
  clientMessageText: 'The check failed because of a problem on this device.',
  serverHeaderText: 'Something went wrong on the server',
  serverMessageText: 'The check could not be completed because of a problem on the server.',
  landscapeHeaderText: 'Landscape mode is not supported',
  landscapeMessageText: 'Turn your device upright (portrait).',
  portraitMessageText: 'Keep your device upright (portrait) until the check is over.',
  tryAgainText: 'Try again',
};
