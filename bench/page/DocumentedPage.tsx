/**
 * Amplify's quick start as its documentation writes it (documented.html), built only to count
 * what it costs: `Amplify.configure` with a Cognito identity pool (the detector takes its stream
 * credentials from Amplify Auth), `FaceLivenessDetector`, and `ThemeProvider` and `Loader` from
 * `@aws-amplify/ui-react` around it. It does not run here (no Cognito); the static page, with
 * `FaceLivenessDetectorCore` and a credential provider, is the one the timings run.
 */
import '@aws-amplify/ui-react/styles.css';
import { Loader, ThemeProvider } from '@aws-amplify/ui-react';
import { FaceLivenessDetector } from '@aws-amplify/ui-react-liveness';
import { Amplify } from 'aws-amplify';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

Amplify.configure({
  Auth: { Cognito: { identityPoolId: 'us-east-1:00000000-0000-0000-0000-000000000000', allowGuestAccess: true } },
});

function DocumentedPage() {
  const [sessionId, setSessionId] = useState<string>();
  useEffect(() => {
    void fetch('/api/liveness/sessions', { method: 'POST' })
      .then((response) => response.json() as Promise<{ sessionId: string }>)
      .then((body) => setSessionId(body.sessionId));
  }, []);
  return (
    <ThemeProvider>
      {sessionId === undefined ? (
        <Loader />
      ) : (
        <FaceLivenessDetector
          sessionId={sessionId}
          region="us-east-1"
          onAnalysisComplete={async () => undefined}
          onError={(error) => console.error(error)}
        />
      )}
    </ThemeProvider>
  );
}

createRoot(document.getElementById('root')!).render(<DocumentedPage />);
