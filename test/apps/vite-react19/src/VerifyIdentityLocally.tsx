// 3. The browser: no setting. The detector streams where the session says (the SDK turns it into
//    wss://); without `endpoint` on the server, sessions carry none and the detector goes to AWS.
'use client';
import 'react-face-liveness/styles.css';
import { LivenessCheck, createFetchBackend, selfHostedAssets } from 'react-face-liveness';

const config = selfHostedAssets('/liveness-assets');
// The CSP is built on the server, from the same value:
// livenessContentSecurityPolicy({ region: 'us-east-1', endpointOverride: process.env.LIVENESS_ENDPOINT })

export function VerifyIdentityLocally() {
  return <LivenessCheck backend={createFetchBackend({ baseUrl: '/api/liveness' })} detector={{ config }} />;
}
