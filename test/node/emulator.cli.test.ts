import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateFaceLivenessSessionCommand } from '@aws-sdk/client-rekognition';
import { describe, expect, it } from 'vitest';
import { runEmulatorCli } from '../../src/emulator/runEmulatorCli';
import { rekognitionClient } from '../e2e/harness/awsClients';

describe('face-liveness-emulator command', () => {
  it('starts from flags and environment, prints the URL, writes the certificate and logs requests', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'emulator-cli-'));
    const out: string[] = [];
    const emulator = await runEmulatorCli({
      argv: ['--port', '0', '--scenario', 'not-live', '--cert-out', path.join(dir, 'cert.pem')],
      env: { LIVENESS_EMULATOR_PATH_PREFIX: '/emu' },
      write: (text) => out.push(text),
    });
    try {
      expect(out.join('')).toContain(`Face Liveness emulator listening on ${emulator!.url}`);
      expect(out.join('')).toContain(`Detector endpointOverride: ${emulator!.url}/emu`);
      expect(readFileSync(path.join(dir, 'cert.pem'), 'utf8')).toBe(emulator!.certificate);
      const client = rekognitionClient(emulator!);
      const { SessionId } = await client.send(new CreateFaceLivenessSessionCommand({}));
      client.destroy();
      expect(emulator!.session(SessionId!)!.scenario).toEqual({ outcome: 'not-live' });
      expect(out.join('')).toMatch(new RegExp(`200 CreateFaceLivenessSession ${SessionId}`));
    } finally {
      await emulator!.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('verifies signatures with --verify-signatures and --region', async () => {
    const emulator = await runEmulatorCli({
      argv: ['--port', '0', '--quiet', '--verify-signatures', 'default', '--region', 'us-east-1'],
      env: {},
      write: () => {},
    });
    try {
      const good = rekognitionClient(emulator!);
      await good.send(new CreateFaceLivenessSessionCommand({}));
      good.destroy();
      const bad = rekognitionClient(emulator!, {
        credentials: { accessKeyId: 'AKIDLIVENESSEMULATOR', secretAccessKey: 'x' },
        maxAttempts: 1,
      });
      await expect(bad.send(new CreateFaceLivenessSessionCommand({}))).rejects.toMatchObject({
        name: 'InvalidSignatureException',
      });
      bad.destroy();
    } finally {
      await emulator!.close();
    }
  });

  it('prints help, and refuses an unknown scenario', async () => {
    const out: string[] = [];
    expect(await runEmulatorCli({ argv: ['--help'], env: {}, write: (t) => out.push(t) })).toBeUndefined();
    expect(out.join('')).toMatch(/Usage: face-liveness-emulator/);
    await expect(
      runEmulatorCli({ argv: ['--port', '0', '--scenario', 'maybe'], env: {}, write: () => {} }),
    ).rejects.toThrow(/Unknown emulator scenario 'maybe'/);
  });
});
