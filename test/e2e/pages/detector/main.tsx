/**
 * The real Amplify FaceLivenessDetectorCore, configured entirely from the query string and from
 * files the harness serves locally (WASM, face model); it reports to window.__e2e.
 */
import { FaceLivenessDetectorCore } from '@aws-amplify/ui-react-liveness';
import '@aws-amplify/ui-react/styles.css';
import { createRoot } from 'react-dom/client';
import { e2eReporter, e2eDetectorConfig } from '../e2eBridge';

const params = new URLSearchParams(window.location.search);
const report = e2eReporter();

createRoot(document.getElementById('root')!).render(
  <FaceLivenessDetectorCore
    sessionId={params.get('sessionId') ?? ''}
    region={params.get('region') ?? 'us-east-1'}
    disableStartScreen
    onAnalysisComplete={async () => report('analysisComplete')}
    onError={(e) =>
      report('error', { state: e.state, message: e.error instanceof Error ? e.error.message : String(e.error) })
    }
    onUserCancel={() => report('userCancel')}
    config={e2eDetectorConfig(params)}
  />,
);
