'use client'; // Next.js App Router: <LivenessCheck> is a Client Component (Vite ignores this line)
import 'react-face-liveness/styles.css'; // every screen; the camera's styles load with the camera
import { LivenessCheck, createFetchBackend } from 'react-face-liveness';

export function VerifyIdentity() {
  return (
    <LivenessCheck
      // Talks to createLivenessHandler() from 'react-face-liveness/server' mounted at /api/liveness.
      // A backend keeps no state, so creating it inline (a new one on every render) is fine.
      backend={createFetchBackend({ baseUrl: '/api/liveness' })}
      region="us-east-1"
      audience="end-user"
      // Amplify's own detector props, under Amplify's names (see the props table).
      detector={{ displayText: { hintCenterFaceText: 'Centre your face' } }}
      onComplete={(results) => console.log(results.isLive)}
      onError={(error) => console.warn(error.code)}
    />
  );
}
