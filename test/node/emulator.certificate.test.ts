/**
 * "Run your app against the local service": the emulator keeps one certificate across restarts
 * (--cert-dir) or serves yours (--cert/--key), and the server handler trusts it with one option —
 * TLS verification stays on (no NODE_TLS_REJECT_UNAUTHORIZED).
 */
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCertificate } from '../../src/emulator/certificate';
import { loadOrCreateCertificate } from '../../src/emulator/persistentCertificate';
import { runEmulatorCli } from '../../src/emulator/runEmulatorCli';
import type { LivenessEmulator } from '../../src/emulator';
import { createLivenessHandler } from '../../src/server';

const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rfl-cert-'));
  dirs.push(dir);
  return dir;
};
// The handler builds its own client from the environment, as in an app.
beforeEach(() => {
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDCERTTEST');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'cert-test-secret');
});
afterEach(() => {
  vi.unstubAllEnvs();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(argv: string[]): Promise<{ emulator: LivenessEmulator; output: string }> {
  const out: string[] = [];
  const emulator = (await runEmulatorCli({ argv: ['--quiet', ...argv], env: {}, write: (t) => out.push(t) }))!;
  return { emulator, output: out.join('') };
}

function createSession(handler: ReturnType<typeof createLivenessHandler>, token: string) {
  return handler(
    new Request('http://app.test/api/liveness/sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientRequestToken: token }),
    }),
  );
}

describe('a stable emulator certificate', () => {
  it('--cert-dir: restarted twice, the emulator serves the same certificate, and the handler trusts it each time', async () => {
    expect(process.env.NODE_TLS_REJECT_UNAUTHORIZED).toBeUndefined();
    const certDir = path.join(temp(), 'tls');
    const first = await start(['--port', '0', '--cert-dir', certDir]);
    const port = first.emulator.port;
    const certificate = first.emulator.certificate;
    const certPath = path.join(certDir, 'localhost.crt');
    expect(readFileSync(certPath, 'utf8')).toBe(certificate);
    expect(first.output).toContain(`TLS: self-signed certificate ${certPath} (new), SHA-256 `);

    // One handler for all three starts, trusting the file as a user would configure it once.
    const errors: unknown[] = [];
    const handler = createLivenessHandler({
      secret: 'certificate-test-secret-0123456789abcdef',
      authorize: () => 'caller-1',
      endpoint: first.emulator.url,
      region: 'us-east-1',
      trustCertificate: readFileSync(certPath),
      // The SDK's default retries absorb the kept-alive socket the restart reset.
      onError: (e) => errors.push(e),
    });
    const fingerprints: string[] = [];
    let emulator = first.emulator;
    for (const round of [1, 2, 3]) {
      if (round > 1) {
        await emulator.close();
        const again = await start(['--port', String(port), '--cert-dir', certDir]);
        expect(again.output).toContain('(reused)');
        emulator = again.emulator;
      }
      fingerprints.push(new X509Certificate(emulator.certificate).fingerprint256);
      const response = await createSession(handler, `round-${round}`);
      expect(errors).toEqual([]);
      expect(response.status).toBe(201);
      expect(emulator.sessions()).toHaveLength(1);
    }
    await emulator.close();
    expect(new Set(fingerprints).size).toBe(1);
  });

  it('without trustCertificate the same handler refuses the self-signed certificate (verification is on)', async () => {
    const { emulator } = await start(['--port', '0', '--cert-dir', path.join(temp(), 'tls')]);
    const errors: Array<{ code?: string }> = [];
    const handler = createLivenessHandler({
      secret: 'certificate-test-secret-0123456789abcdef',
      authorize: () => 'caller-1',
      endpoint: emulator.url,
      region: 'us-east-1',
      maxAttempts: 1,
      onError: (e) => errors.push(e as { code?: string }),
    });
    const response = await createSession(handler, 'untrusted');
    await emulator.close();
    expect(response.status).toBeGreaterThanOrEqual(500);
    expect(errors[0]?.code).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    expect(emulator.sessions()).toEqual([]);
  });

  it('--cert/--key: serves the given certificate', async () => {
    const dir = temp();
    const mine = await createCertificate({ organization: 'my mkcert stand-in' });
    writeFileSync(path.join(dir, 'c.pem'), mine.cert);
    writeFileSync(path.join(dir, 'k.pem'), mine.key);
    const { emulator, output } = await start([
      '--port',
      '0',
      '--cert',
      path.join(dir, 'c.pem'),
      '--key',
      path.join(dir, 'k.pem'),
    ]);
    await emulator.close();
    expect(emulator.certificate).toBe(mine.cert);
    expect(output).toContain(`TLS: ${path.join(dir, 'c.pem')}`);
    await expect(start(['--port', '0', '--cert', path.join(dir, 'c.pem')])).rejects.toThrow(
      '--cert and --key go together.',
    );
  });

  it('makes a new certificate when the kept one does not cover a host asked for', async () => {
    const dir = path.join(temp(), 'tls');
    const a = await loadOrCreateCertificate(dir);
    const b = await loadOrCreateCertificate(dir);
    const c = await loadOrCreateCertificate(dir, { extraHosts: ['liveness.test'] });
    expect([a.created, b.created, c.created]).toEqual([true, false, true]);
    expect(b.cert).toBe(a.cert);
    expect(c.cert).not.toBe(a.cert);
    expect(new X509Certificate(c.cert).checkHost('liveness.test')).toBe('liveness.test');
    expect((await loadOrCreateCertificate(dir, { extraHosts: ['liveness.test'] })).cert).toBe(c.cert);
  });
});
