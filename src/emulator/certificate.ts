import { isIP } from 'node:net';
import { generate } from 'selfsigned';

export interface EmulatorCertificate {
  /** PEM of the self-signed certificate: trust it as a CA (`https.Agent({ ca })`). */
  cert: string;
  /** PEM of its private key. */
  key: string;
  fingerprint: string;
}

export interface CertificateOptions {
  /** Hosts besides localhost, 127.0.0.1 and ::1. */
  extraHosts?: readonly string[];
  /** Says in the certificate what it is for. @default 'react-face-liveness emulator (test only)' */
  organization?: string;
  /** @default 30 */
  validDays?: number;
}

/** A self-signed certificate for localhost, 127.0.0.1, ::1 and `extraHosts`. */
export async function createCertificate(options: CertificateOptions = {}): Promise<EmulatorCertificate> {
  const { extraHosts = [], organization = 'react-face-liveness emulator (test only)', validDays = 30 } = options;
  const hosts = [...new Set(['localhost', '127.0.0.1', '::1', ...extraHosts])];
  const notBeforeDate = new Date(Date.now() - 60_000);
  const pems = await generate(
    [
      { name: 'commonName', value: 'localhost' },
      { name: 'organizationName', value: organization },
    ],
    {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notBeforeDate,
      notAfterDate: new Date(notBeforeDate.getTime() + validDays * 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: false },
        { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
        { name: 'extKeyUsage', serverAuth: true },
        {
          name: 'subjectAltName',
          altNames: hosts.map((host) =>
            isIP(host) ? { type: 7 as const, ip: host } : { type: 2 as const, value: host },
          ),
        },
      ],
    },
  );
  return { cert: pems.cert, key: pems.private, fingerprint: pems.fingerprint };
}
