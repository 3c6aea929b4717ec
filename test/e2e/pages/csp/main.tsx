/**
 * `<LivenessCheck>` as an app with a strict Content-Security-Policy ships it: built by Vite with
 * react-face-liveness/vite (self-hosted WASM and face model), `selfHostedAssets`, the server
 * handler on the same origin, the stream to `endpoint` (the emulator). Reports to window.__e2e.
 * Starts at once, or on the Start button with `?start=button`.
 */
import { createRoot } from 'react-dom/client';
import '../../../../src/styles/tokens.css';
import '../../../../src/styles/components.css';
import { createFetchBackend, LivenessCheck, selfHostedAssets } from '../../../../src/index';
import { e2eReporter } from '../e2eBridge';

const params = new URLSearchParams(window.location.search);
const report = e2eReporter();
const backend = createFetchBackend({ baseUrl: '/api/liveness' });
const config = { ...selfHostedAssets('/liveness-assets'), endpointOverride: params.get('endpoint') ?? undefined };

createRoot(document.getElementById('root')!).render(
  <LivenessCheck
    backend={backend}
    detector={{ config }}
    threshold={80}
    // The reviewer's view: the test checks that the images decode under img-src blob:.
    audience="reviewer"
    // `?start=button`: the start screen waits for a click (what loads before it is under test).
    autoStart={params.get('start') !== 'button'}
    onComplete={(results) =>
      report('complete', {
        status: results.status,
        images: results.auditImages.length + (results.referenceImage ? 1 : 0),
      })
    }
    onError={(error) => report('error', { code: error.code, message: error.message })}
  />,
);
