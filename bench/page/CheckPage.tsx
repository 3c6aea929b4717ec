/**
 * `<LivenessCheck>` as an app uses it: the session and the detector load in parallel on start.
 * It starts at once, or with `?start=button` on its Start button (reported as `start`), after the
 * start screen's idle prefetch.
 */
import { LivenessCheck, createFetchBackend } from '../../src';
import { onFrameWhen, report } from './report';
import { credentialProvider, detectorConfig, params } from './detectorConfig';

const backend = createFetchBackend({ baseUrl: '/api/liveness' });

export function CheckPage() {
  return (
    <LivenessCheck
      backend={backend}
      region="us-east-1"
      autoStart={params.get('start') !== 'button'}
      threshold={80}
      credentialProvider={credentialProvider}
      detector={{ config: detectorConfig }}
      onComplete={(results) => report('complete', { sessionId: results.sessionId, status: results.status })}
      onError={(error) => report('error', { code: error.code, message: error.message })}
    />
  );
}

export function watchCheck(): void {
  // Before React's own listener (capture, on the document): the moment the user pressed Start.
  const onStart = (event: MouseEvent) => {
    if (!(event.target instanceof Element && event.target.closest('.rfl-check button'))) return;
    document.removeEventListener('click', onStart, { capture: true });
    report('start');
  };
  document.addEventListener('click', onStart, { capture: true });
  onFrameWhen(
    () => document.querySelector('.rfl-result[data-state="succeeded"]') !== null,
    () => report('result-on-screen'),
  );
}
