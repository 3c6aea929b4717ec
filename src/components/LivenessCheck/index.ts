export { LivenessCheck, type LivenessCheckProps } from './LivenessCheck';
export type { LivenessDetectorConfig } from './DetectorHost';
