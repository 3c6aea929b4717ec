/**
 * The demo's TLS certificate. The detector always opens `wss:`, so the page, the API and the
 * stream share one HTTPS origin. The self-signed certificate is kept in `.cache/demo-tls` so the
 * browser's "proceed anyway" decision survives restarts; DEMO_TLS_CERT / DEMO_TLS_KEY use your own
 * (for example from mkcert, which your browser already trusts).
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createCertificate } from '../../src/emulator/certificate';

export interface DemoCertificate {
  cert: string;
  key: string;
  /** Where the certificate file is, to import it into a trust store. */
  certPath: string;
  /** SHA-256 fingerprint, to compare with what the browser shows. */
  fingerprint: string;
  selfSigned: boolean;
}

const DAY = 24 * 3600_000;

function fingerprintOf(cert: string): string {
  return new X509Certificate(cert).fingerprint256;
}

function readCached(certPath: string, keyPath: string): DemoCertificate | undefined {
  if (!existsSync(certPath) || !existsSync(keyPath)) return undefined;
  const cert = readFileSync(certPath, 'utf8');
  // Reuse it while it has more than a day left.
  if (new Date(new X509Certificate(cert).validTo).getTime() - Date.now() <= DAY) return undefined;
  return { cert, key: readFileSync(keyPath, 'utf8'), certPath, fingerprint: fingerprintOf(cert), selfSigned: true };
}

export async function loadDemoCertificate(cacheDir: string, env: NodeJS.ProcessEnv): Promise<DemoCertificate> {
  if (env.DEMO_TLS_CERT && env.DEMO_TLS_KEY) {
    const cert = readFileSync(env.DEMO_TLS_CERT, 'utf8');
    return {
      cert,
      key: readFileSync(env.DEMO_TLS_KEY, 'utf8'),
      certPath: env.DEMO_TLS_CERT,
      fingerprint: fingerprintOf(cert),
      selfSigned: false,
    };
  }
  const certPath = path.join(cacheDir, 'localhost.crt');
  const keyPath = path.join(cacheDir, 'localhost.key');
  const cached = readCached(certPath, keyPath);
  if (cached) return cached;
  // Written aside and moved in whole, so that two demos starting at once never mix a key and a certificate.
  // Longer-lived than the emulator's own, so the browser's exception survives restarts.
  const { cert, key } = await createCertificate({
    organization: 'react-face-liveness demo (local only)',
    validDays: 90,
  });
  const staging = `${cacheDir}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, 'localhost.key'), key, { mode: 0o600 });
  writeFileSync(path.join(staging, 'localhost.crt'), cert);
  rmSync(cacheDir, { recursive: true, force: true });
  try {
    renameSync(staging, cacheDir);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  return readCached(certPath, keyPath) ?? { cert, key, certPath, fingerprint: fingerprintOf(cert), selfSigned: true };
}
