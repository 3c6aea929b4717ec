/**
 * The plain integration of AWS's samples: create the session first, then load and mount the
 * detector (here with the same lazy import, so both pages fetch the same detector chunk).
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { credentialProvider, detectorConfig } from './detectorConfig';
import { report } from './report';

const FaceLivenessDetectorCore = lazy(() =>
  import('@aws-amplify/ui-react-liveness').then((module) => ({ default: module.FaceLivenessDetectorCore })),
);

export function PlainPage() {
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
    <Suspense fallback={<p>Loading…</p>}>
      <FaceLivenessDetectorCore
        sessionId={sessionId}
        region="us-east-1"
        disableStartScreen
        config={{ ...detectorConfig, credentialProvider }}
        onAnalysisComplete={async () => void report('complete')}
        onError={(error) => void report('error', { state: error.state })}
      />
    </Suspense>
  );
}
