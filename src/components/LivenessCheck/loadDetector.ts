/**
 * The only door to the Amplify detector. Reached through a dynamic import, so neither it nor
 * TensorFlow.js is in a page's initial JavaScript: they load when a check starts, in parallel
 * with the session request. Nothing here runs on the server.
 */
import type { ComponentType } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';

/** What `<LivenessCheck>` needs from `@aws-amplify/ui-react-liveness`. */
export interface DetectorModule {
  /** Signs the stream with the given `config.credentialProvider`. */
  FaceLivenessDetectorCore: ComponentType<FaceLivenessDetectorCoreProps>;
  /** Signs the stream with Amplify Auth (a Cognito identity pool configured in the app). */
  FaceLivenessDetector: ComponentType<
    Omit<FaceLivenessDetectorCoreProps, 'config'> & {
      config?: Omit<NonNullable<FaceLivenessDetectorCoreProps['config']>, 'credentialProvider' | 'endpointOverride'>;
    }
  >;
}

export type DetectorLoader = () => Promise<DetectorModule>;

let pending: Promise<DetectorModule> | undefined;

/** Loads the detector once per page; a failed load is forgotten so that "Try again" loads afresh. */
export const loadDetector: DetectorLoader = () => {
  pending ??= import('./detectorModule').then(
    (module) => module as unknown as DetectorModule,
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
};
