// 3. The browser: the detector streams to the same URL (the SDK turns it into wss://) and loads the
//    self-hosted assets. With Vite the URL is import.meta.env.VITE_LIVENESS_ENDPOINT.
'use client';
import '@aws-amplify/ui-react/styles.css';
import 'react-face-liveness/styles.css';
import { LivenessCheck, createFetchBackend, selfHostedAssets } from 'react-face-liveness';

const endpointOverride = import.meta.env.VITE_LIVENESS_ENDPOINT; // undefined in production → AWS
const config = { ...selfHostedAssets('/liveness-assets'), endpointOverride };
// and the CSP: livenessContentSecurityPolicy({ region: 'us-east-1', endpointOverride })

export function VerifyIdentityLocally() {
  return <LivenessCheck backend={createFetchBackend({ baseUrl: '/api/liveness' })} detector={{ config }} />;
}
