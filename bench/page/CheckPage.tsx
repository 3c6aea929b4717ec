/** `<LivenessCheck>` as an app uses it: the session and the detector load in parallel on start. */
import { LivenessCheck, createFetchBackend } from '../../src';
import { onFrameWhen, report } from './report';
import { credentialProvider, detectorConfig } from './detectorConfig';

const backend = createFetchBackend({ baseUrl: '/api/liveness' });

export function CheckPage() {
  return (
    <LivenessCheck
      backend={backend}
      region="us-east-1"
      autoStart
      threshold={80}
      credentialProvider={credentialProvider}
      detector={{ config: detectorConfig }}
      onComplete={(results) => report('complete', { sessionId: results.sessionId, status: results.status })}
      onError={(error) => report('error', { code: error.code, message: error.message })}
    />
  );
}

export function watchCheck(): void {
  onFrameWhen(
    () => document.querySelector('.rfl-result[data-state="succeeded"]') !== null,
    () => report('result-on-screen'),
  );
}
