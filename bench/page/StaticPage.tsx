/**
 * Amplify's documented pattern: the detector imported statically (in the initial chunk, with
 * Amplify's whole stylesheet), the session fetched in an effect on mount, and the detector mounted
 * as soon as the session exists. FaceLivenessDetectorCore with a credential provider rather than
 * FaceLivenessDetector (Amplify Auth), so the stream goes to the emulator; documented.html is the
 * quick start as written, counted for its bytes.
 */
import '@aws-amplify/ui-react/styles.css';
import { FaceLivenessDetectorCore } from '@aws-amplify/ui-react-liveness';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { credentialProvider, detectorConfig } from './detectorConfig';
import { watchDetector, report } from './report';

function StaticPage() {
  const [sessionId, setSessionId] = useState<string>();
  useEffect(() => {
    void fetch('/api/liveness/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientRequestToken: crypto.randomUUID() }),
    })
      .then((response) => response.json() as Promise<{ sessionId: string }>)
      .then((body) => setSessionId(body.sessionId));
  }, []);
  if (!sessionId) return <p>Loading…</p>;
  return (
    <FaceLivenessDetectorCore
      sessionId={sessionId}
      region="us-east-1"
      disableStartScreen
      config={{ ...detectorConfig, credentialProvider }}
      onAnalysisComplete={async () => void report('complete')}
      onError={(error) => void report('error', { state: error.state })}
    />
  );
}

const root = createRoot(document.getElementById('root')!);
report('mount');
watchDetector();
root.render(<StaticPage />);
