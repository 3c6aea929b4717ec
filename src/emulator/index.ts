/**
 * react-face-liveness/emulator: a local stand-in for Amazon Rekognition Face Liveness that the
 * real AWS SDK clients and the real Amplify detector talk to unchanged. Node only.
 */
export { DEFAULT_REGION, startLivenessEmulator, STREAM_PATH, type LivenessEmulator } from './startLivenessEmulator';
export { EMULATOR_CREDENTIALS } from './credentials';
export { STREAM_CONSTRAINTS, type StreamConstraint } from './streamConstraints';
export { createCertificate, type CertificateOptions, type EmulatorCertificate } from './certificate';
export { loadOrCreateCertificate, type PersistentCertificate } from './persistentCertificate';
export {
  simulateCapture,
  SIMULATED_INITIAL_FACE,
  SIMULATED_TARGET_FACE,
  type CaptureOutcome,
  type SimulateCaptureOptions,
} from './simulateCapture';
export { parseScenarioName, scenarioFromToken, SCENARIO_PRESETS } from './scenarios';
export { MODEL_CONSTRAINTS, type ModelConstraint, type ConstraintKind } from './constraints';
export { DEFAULT_CHALLENGE_CONFIG, DEFAULT_OVAL } from './challenge';
export type {
  BoundingBox,
  ChallengeName,
  EmulatorEventRecord,
  EmulatorOperation,
  EmulatorRecord,
  EmulatorRequestRecord,
  EmulatorSessionSnapshot,
  LivenessEmulatorOptions,
  LivenessScenario,
  LivenessSessionStatus,
  OperationFault,
  OperationFaultName,
  ScenarioInput,
  StreamExceptionName,
  StreamFault,
} from './types';
