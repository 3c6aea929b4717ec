import { useRef } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import type { DetectorSessionProps } from '../../hooks/useLivenessSession';
import type { DetectorModule } from './loadDetector';
import { useConnectingWatchdog } from './useConnectingWatchdog';

/** Detector settings passed through to Amplify's `config` (the credential provider is ours to set). */
export type LivenessDetectorConfig = Omit<NonNullable<FaceLivenessDetectorCoreProps['config']>, 'credentialProvider'>;

export interface DetectorHostProps {
  detector: DetectorModule;
  session: DetectorSessionProps;
  config: LivenessDetectorConfig | undefined;
  disableStartScreen: boolean;
  displayText: FaceLivenessDetectorCoreProps['displayText'];
  components: FaceLivenessDetectorCoreProps['components'];
  /** The locale's direction, so the detector's toasts and buttons follow it. */
  dir?: 'ltr' | 'rtl' | undefined;
  connectTimeoutMs: number;
  onStall: () => void;
}

/**
 * Mounts Amplify's detector for one session. `<LivenessCheck>` gives it a new `key` per attempt:
 * the detector's own state cannot be reset, so each attempt gets a fresh instance.
 */
export function DetectorHost(props: DetectorHostProps) {
  const { detector, session, config, connectTimeoutMs, onStall } = props;
  const container = useRef<HTMLDivElement>(null);
  useConnectingWatchdog(container, connectTimeoutMs, onStall);
  const { credentialProvider, ...sessionProps } = session;
  const common = {
    ...sessionProps,
    disableStartScreen: props.disableStartScreen,
    ...(props.displayText ? { displayText: props.displayText } : {}),
    ...(props.components ? { components: props.components } : {}),
  };
  return (
    <div ref={container} className="rfl-check-detector" dir={props.dir}>
      {credentialProvider ? (
        <detector.FaceLivenessDetectorCore {...common} config={{ ...config, credentialProvider }} />
      ) : (
        <detector.FaceLivenessDetector {...common} config={withoutEndpoint(config)} />
      )}
    </div>
  );
}

/** Amplify Auth signs for the real service only: `endpointOverride` needs a credential provider. */
function withoutEndpoint(config: LivenessDetectorConfig | undefined) {
  if (!config) return undefined;
  const { endpointOverride: _unused, ...rest } = config;
  return rest;
}
