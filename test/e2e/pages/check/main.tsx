/**
 * The real `<LivenessCheck>` as an app would use it: `createFetchBackend` against the server
 * handler that the harness mounts at /api/liveness, the real detector with local WASM and face
 * model, and its stream going to the emulator (`endpoint` in the query string). Reports to
 * window.__e2e: mount, every `data-state`, camera ready, result or error on screen, callbacks.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../../src/styles/tokens.css';
import '../../../../src/styles/components.css';
import { createFetchBackend, LivenessCheck, type LivenessLocale } from '../../../../src/index';
import * as locales from '../../../../src/displayText/locales';
import { e2eDetectorConfig, e2eReporter } from '../e2eBridge';
import { inspectResult } from './inspectResult';
import { observeCheck } from './observeCheck';

const params = new URLSearchParams(window.location.search);
const report = e2eReporter();
/** fetch, timed from the page: when each call started and when its answer arrived (headers). */
const timedFetch: typeof fetch = async (input, init) => {
  const startedAt = Date.now();
  const response = await fetch(input, init);
  const url = new URL(
    typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    window.location.href,
  );
  report('apiFetch', {
    method: init?.method ?? 'GET',
    path: url.pathname,
    status: response.status,
    startedAt,
    answeredAt: Date.now(),
  });
  return response;
};
const backend = createFetchBackend({
  baseUrl: '/api/liveness',
  headers: { 'x-e2e-caller': params.get('caller') ?? 'e2e-caller' },
  fetch: timedFetch,
});
// The stream is signed with the credentials the server hands out, not the bridge's stand-in.
const { credentialProvider: _unused, ...config } = e2eDetectorConfig(params);
const connectTimeoutMs = params.has('connectTimeoutMs') ? Number(params.get('connectTimeoutMs')) : undefined;
const threshold = Number(params.get('threshold') ?? 80);
/** `locale=ar` → arLocale; `noFlash=1` preselects "I'm sensitive to flashing lights". */
const locale = (locales as Record<string, LivenessLocale>)[`${params.get('locale')}Locale`];
const localeProps = { ...(locale ? { locale } : {}), ...(params.get('noFlash') === '1' ? { noFlash: true } : {}) };

function App() {
  useEffect(() => report('mount'), []);
  return (
    <main style={{ maxWidth: 720, margin: '0 auto', padding: 16 }}>
      <LivenessCheck
        backend={backend}
        detector={{ config }}
        threshold={threshold}
        audience={params.get('audience') === 'end-user' ? 'end-user' : 'reviewer'}
        {...localeProps}
        {...(connectTimeoutMs === undefined ? {} : { connectTimeoutMs })}
        onComplete={(results) =>
          report('complete', { status: results.status, confidence: results.confidence, sessionId: results.sessionId })
        }
        onError={(error) => report('error', { code: error.code, message: error.message })}
        onCancel={() => report('cancel')}
      />
    </main>
  );
}

observeCheck(document.body, report);
window.__inspectResult = inspectResult;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
