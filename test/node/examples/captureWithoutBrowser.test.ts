import { RekognitionClient, CreateFaceLivenessSessionCommand as Create } from '@aws-sdk/client-rekognition';
import { GetFaceLivenessSessionResultsCommand as GetResults } from '@aws-sdk/client-rekognition';
import { expect, test } from 'vitest';
import { simulateCapture, startLivenessEmulator } from '../../../src/emulator';

test('a session completed without a browser reads SUCCEEDED, with images', async () => {
  const emulator = await startLivenessEmulator();
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  const trust = { requestHandler: { httpsAgent: { ca: emulator.certificate } } };
  const client = new RekognitionClient({ endpoint: emulator.url, region: 'us-east-1', credentials, ...trust });
  const { SessionId } = await client.send(new Create({ Settings: { AuditImagesLimit: 2 } }));
  const { endpoint, certificate } = emulator;
  await simulateCapture({ sessionId: SessionId!, credentials, endpoint, certificate });
  const results = await client.send(new GetResults({ SessionId }));
  expect(results.Status).toBe('SUCCEEDED');
  expect(results.AuditImages).toHaveLength(2);
  await emulator.close();
});
