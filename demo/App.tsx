import { useMemo, useState } from 'react';
import { createFetchBackend, LivenessCheck, selfHostedAssets, type LivenessResults } from '../src/index';
import { ReviewerPanel } from './ReviewerPanel';
import { ScenarioPicker } from './ScenarioPicker';
import { useDemoConfig, type DemoConfig } from './useDemoConfig';

/** The demo's backend: this origin's `react-face-liveness/server` handler; the caller is a cookie. */
const backend = createFetchBackend({ baseUrl: '/api/liveness' });

function detectorConfig(config: DemoConfig) {
  const origin = window.location.origin;
  return {
    ...selfHostedAssets(config.assetsBase),
    ...(config.emulatorPath ? { endpointOverride: `${origin}${config.emulatorPath}` } : {}),
  };
}

export function App() {
  const { config, error } = useDemoConfig();
  const [results, setResults] = useState<LivenessResults>();
  const detector = useMemo(() => (config ? detectorConfig(config) : undefined), [config]);

  return (
    <div className="demo">
      <header className="demo-header">
        <h1>react-face-liveness</h1>
        {config ? (
          <p className="demo-mode" data-demo-mode={config.mode}>
            {config.mode === 'emulator'
              ? 'Local emulator — no AWS account, nothing leaves this machine'
              : `Amazon Rekognition, ${config.region}`}
          </p>
        ) : null}
        {config && config.scenarios.length > 0 ? <ScenarioPicker scenarios={config.scenarios} /> : null}
      </header>
      {error ? <p role="alert">The demo server did not answer: {error}</p> : null}
      {config && detector ? (
        <main className="demo-panes">
          <section className="demo-pane" aria-labelledby="demo-user-heading" data-demo="end-user">
            <h2 id="demo-user-heading">End-user view</h2>
            <LivenessCheck
              backend={backend}
              region={config.region}
              detector={{ config: detector }}
              audience="end-user"
              threshold={config.threshold}
              onComplete={setResults}
            />
          </section>
          <ReviewerPanel results={results} threshold={config.threshold} />
        </main>
      ) : (
        !error && <p role="status">Loading…</p>
      )}
    </div>
  );
}
