/**
 * The demo's TLS certificate. The detector always opens `wss:`, so the page, the API and the
 * stream share one HTTPS origin. The self-signed certificate is kept in `.cache/demo-tls`
 * (the emulator's loadOrCreateCertificate, as `face-liveness-emulator --cert-dir`) so the browser's
 * "proceed anyway" decision survives restarts; DEMO_TLS_CERT / DEMO_TLS_KEY use your own
 * (for example from mkcert, which your browser already trusts).
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadOrCreateCertificate } from '../../src/emulator/persistentCertificate';

export interface DemoCertificate {
  cert: string;
  key: string;
  /** Where the certificate file is, to import it into a trust store. */
  certPath: string;
  /** SHA-256 fingerprint, to compare with what the browser shows. */
  fingerprint: string;
  selfSigned: boolean;
}

export async function loadDemoCertificate(cacheDir: string, env: NodeJS.ProcessEnv): Promise<DemoCertificate> {
  if (env.DEMO_TLS_CERT && env.DEMO_TLS_KEY) {
    const cert = readFileSync(env.DEMO_TLS_CERT, 'utf8');
    return {
      cert,
      key: readFileSync(env.DEMO_TLS_KEY, 'utf8'),
      certPath: env.DEMO_TLS_CERT,
      fingerprint: new X509Certificate(cert).fingerprint256,
      selfSigned: false,
    };
  }
  const { cert, key, certPath, fingerprint } = await loadOrCreateCertificate(cacheDir, {
    organization: 'react-face-liveness demo (local only)',
    validDays: 90,
  });
  return { cert, key, certPath, fingerprint, selfSigned: true };
}
