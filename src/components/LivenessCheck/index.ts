export { LivenessCheck, type LivenessCheckActions, type LivenessCheckProps } from './LivenessCheck';
export type { LivenessDetectorConfig, LivenessDetectorOptions } from './DetectorHost';
