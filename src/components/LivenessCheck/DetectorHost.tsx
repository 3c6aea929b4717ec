import { useRef } from 'react';
import type { FaceLivenessDetectorCoreProps } from '@aws-amplify/ui-react-liveness';
import { detectorConfig } from '../../core/detectorConfig';
import type { DetectorSessionProps } from '../../hooks/useLivenessSession';
import type { DetectorModule } from './loadDetector';
import { useConnectingWatchdog } from './useConnectingWatchdog';

/** Detector settings passed through to Amplify's `config` (the credential provider is ours to set). */
export type LivenessDetectorConfig = Omit<NonNullable<FaceLivenessDetectorCoreProps['config']>, 'credentialProvider'>;

/** Amplify's own props for its detector, grouped under `<LivenessCheck detector={…}>`. */
export interface LivenessDetectorOptions {
  /** Amplify's `config`, less `credentialProvider` (ours to set). */
  config?: LivenessDetectorConfig;
  /** Amplify's `displayText`: the detector's own strings. */
  displayText?: FaceLivenessDetectorCoreProps['displayText'];
  /** Amplify's `components`: overrides of the detector's parts. */
  components?: FaceLivenessDetectorCoreProps['components'];
  /** Amplify's `disableStartScreen`. @default true (our start screen comes first) */
  disableStartScreen?: boolean;
}

export interface DetectorHostProps {
  detector: DetectorModule;
  session: DetectorSessionProps;
  options: LivenessDetectorOptions | undefined;
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
  const { detector, session, options = {}, connectTimeoutMs, onStall } = props;
  const { config, displayText, components, disableStartScreen = true } = options;
  const container = useRef<HTMLDivElement>(null);
  useConnectingWatchdog(container, connectTimeoutMs, onStall);
  const { credentialProvider, streamingEndpoint, ...sessionProps } = session;
  const common = {
    ...sessionProps,
    disableStartScreen,
    ...(displayText ? { displayText } : {}),
    ...(components ? { components } : {}),
  };
  return (
    <div ref={container} className="rfl-check-detector" dir={props.dir}>
      {credentialProvider ? (
        <detector.FaceLivenessDetectorCore
          {...common}
          config={{ ...detectorConfig(config, streamingEndpoint), credentialProvider }}
        />
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
