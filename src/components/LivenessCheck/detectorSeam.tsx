/**
 * A seam for stories and tests: replaces how `<LivenessCheck>` loads the detector, so a
 * stand-in can play the camera part. Not exported from the package.
 */
import { createContext, useContext } from 'react';
import { loadDetector, type DetectorLoader } from './loadDetector';

const DetectorLoaderContext = createContext<DetectorLoader>(loadDetector);

export const DetectorLoaderProvider = DetectorLoaderContext.Provider;

export function useDetectorLoader(): DetectorLoader {
  return useContext(DetectorLoaderContext);
}
