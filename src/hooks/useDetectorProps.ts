import { useMemo } from 'react';
import { fromDetectorError, type DetectorErrorReport } from '../core/detectorErrors';
import type { FlowState } from '../core/flow';
import type { FlowStore } from '../core/flowStore';
import type { StreamCredentials } from '../core/types';

/** Props for `FaceLivenessDetectorCore` (or `FaceLivenessDetector` when `credentialProvider` is absent). */
export interface DetectorSessionProps {
  sessionId: string;
  region: string;
  onAnalysisComplete: () => Promise<void>;
  onError: (report: DetectorErrorReport) => void;
  onUserCancel: () => void;
  credentialProvider?: () => Promise<StreamCredentials>;
  /** The session's streaming endpoint (`CreatedSession.streamingEndpoint`), for `config.endpointOverride`. */
  streamingEndpoint?: string;
}

/**
 * What to hand to the detector while `capturing` is the flow state (else undefined): the session,
 * callbacks bound to its attempt, and the props as they are now (a changed `region` or
 * `credentialProvider` reaches the detector in the same render).
 */
export function useDetectorProps(
  store: FlowStore,
  capturing: FlowState | undefined,
  props: { region: string | undefined; credentialProvider: (() => Promise<StreamCredentials>) | undefined },
): DetectorSessionProps | undefined {
  const session = capturing?.session;
  const attempt = capturing?.attempt ?? 0;
  const { region, credentialProvider } = props;
  return useMemo((): DetectorSessionProps | undefined => {
    if (!session) return undefined;
    const credentials = session.credentials;
    const provider = credentials ? async () => credentials : credentialProvider;
    return {
      sessionId: session.sessionId,
      region: session.region ?? region ?? 'us-east-1',
      onAnalysisComplete: async () => {
        store.dispatch({ type: 'ANALYSIS_COMPLETE', attempt });
      },
      onError: (report) => store.dispatch({ type: 'DETECTOR_ERROR', attempt, error: fromDetectorError(report) }),
      onUserCancel: () => store.dispatch({ type: 'USER_CANCEL', attempt }),
      ...(provider ? { credentialProvider: provider } : {}),
      ...(session.streamingEndpoint ? { streamingEndpoint: session.streamingEndpoint } : {}),
    };
  }, [session, attempt, region, credentialProvider, store]);
}
