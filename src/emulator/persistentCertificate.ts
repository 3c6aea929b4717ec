/**
 * A self-signed certificate kept in a folder and reused across starts, so that whatever trusts it
 * (a browser's exception, `NODE_EXTRA_CA_CERTS`, the handler's `trustCertificate`) keeps working
 * when the emulator restarts. A new one is made when it is missing, expires within a day, or does
 * not cover a host asked for.
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { createCertificate, type CertificateOptions } from './certificate';

export interface PersistentCertificate {
  cert: string;
  key: string;
  /** The certificate file, to trust (`NODE_EXTRA_CA_CERTS=<certPath>`) or import. */
  certPath: string;
  keyPath: string;
  /** SHA-256 fingerprint, to compare with what a browser shows. */
  fingerprint: string;
  /** Whether this start made it (false: reused from `dir`). */
  created: boolean;
}

const DAY = 24 * 3600_000;
const CERT_FILE = 'localhost.crt';
const KEY_FILE = 'localhost.key';

function covers(certificate: X509Certificate, host: string): boolean {
  return isIP(host) ? certificate.checkIP(host) !== undefined : certificate.checkHost(host) !== undefined;
}

function reusable(dir: string, hosts: readonly string[]): PersistentCertificate | undefined {
  const certPath = path.join(dir, CERT_FILE);
  const keyPath = path.join(dir, KEY_FILE);
  if (!existsSync(certPath) || !existsSync(keyPath)) return undefined;
  const cert = readFileSync(certPath, 'utf8');
  let parsed: X509Certificate;
  try {
    parsed = new X509Certificate(cert);
  } catch {
    return undefined;
  }
  if (new Date(parsed.validTo).getTime() - Date.now() <= DAY) return undefined;
  if (!hosts.every((host) => covers(parsed, host))) return undefined;
  const key = readFileSync(keyPath, 'utf8');
  return { cert, key, certPath, keyPath, fingerprint: parsed.fingerprint256, created: false };
}

/** The certificate in `dir` if it is still good for `extraHosts`, else a new one written there. */
export async function loadOrCreateCertificate(
  dir: string,
  options: CertificateOptions = {},
): Promise<PersistentCertificate> {
  const hosts = ['localhost', '127.0.0.1', ...(options.extraHosts ?? [])];
  const existing = reusable(dir, hosts);
  if (existing) return existing;
  const { cert, key } = await createCertificate({ validDays: 365, ...options });
  // Written aside and moved in whole, so that two starts at once never mix a key and a certificate.
  const staging = `${dir}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  writeFileSync(path.join(staging, KEY_FILE), key, { mode: 0o600 });
  writeFileSync(path.join(staging, CERT_FILE), cert);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  const saved = reusable(dir, hosts);
  if (saved) return { ...saved, created: saved.cert === cert };
  return {
    cert,
    key,
    certPath: path.join(dir, CERT_FILE),
    keyPath: path.join(dir, KEY_FILE),
    fingerprint: new X509Certificate(cert).fingerprint256,
    created: true,
  };
}
