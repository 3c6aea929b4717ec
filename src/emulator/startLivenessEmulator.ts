import { createSecureServer, type Http2SecureServer } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import { createCertificate } from './certificate';
import { secretsOf } from './credentials';
import { createHttpStream } from './httpStream';
import { MODEL_CONSTRAINTS } from './constraints';
import { emulatorHandle, type LivenessEmulator } from './emulatorHandle';
import { createRequestHandler } from './httpRoutes';
import { createJsonApi } from './jsonApi';
import { LivenessService } from './livenessService';
import { ObjectStore } from './objectStore';
import { normalisePrefix } from './requestParts';
import { createStreamUpgrade } from './streamUpgrade';
import { StsEmulator } from './sts';
import type { LivenessEmulatorOptions } from './types';

export { STREAM_PATH } from './streamUpgrade';

/** The region credentials must be scoped to unless `region` says otherwise. */
export const DEFAULT_REGION = 'us-east-1';
export type { LivenessEmulator } from './emulatorHandle';

function certificateFor(options: LivenessEmulatorOptions, host: string) {
  if (options.tls) return Promise.resolve({ cert: options.tls.cert, key: options.tls.key });
  const hosts = [host, ...(options.certificateHosts ?? [])].filter((h) => h !== '0.0.0.0' && h !== '::');
  return createCertificate({ extraHosts: hosts });
}

function listen(server: Http2SecureServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Keeps the server's open sockets, so `close` does not wait for keep-alive clients. */
function trackSockets(server: Http2SecureServer): Set<Socket> {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  });
  return open;
}

/**
 * Starts the local stand-in for Rekognition Face Liveness: HTTPS (awsJson1_1 operations and
 * path-style S3 GETs) and WSS (the StartFaceLivenessSession stream) on one port.
 */
export async function startLivenessEmulator(options: LivenessEmulatorOptions = {}): Promise<LivenessEmulator> {
  const host = options.host ?? '127.0.0.1';
  const prefix = normalisePrefix(options.pathPrefix);
  const certificate = await certificateFor(options, host);
  const objects = new ObjectStore();
  const service = new LivenessService({
    now: options.now ?? Date.now,
    sessionLifetimeMs: options.sessionLifetimeMs ?? 180_000,
    ffmpegPath: options.ffmpegPath ?? process.env.FFMPEG_PATH ?? 'ffmpeg',
    objects,
    scenario: options.scenario,
    seed: options.seed ?? 1,
    onRecord: options.onRecord,
  });
  const signing = {
    secrets: secretsOf(options.verifySignatures),
    region: options.region ?? DEFAULT_REGION,
    clock: options.signingClock ?? Date.now,
  };
  const sts = new StsEmulator({ now: service.now, signing, record: (r) => service.log.request(r) });
  const sessionInformation = { challengeConfig: options.challengeConfig, ovalParameters: options.ovalParameters };

  const streams = { service, signing, verify: sts.verify, prefix, sessionInformation };
  const onRequest = createRequestHandler({
    service,
    objects,
    signing,
    sts,
    prefix,
    handleJson: createJsonApi(service, sts.verify),
    handleStreamPost: createHttpStream(streams),
  });
  // HTTP/2 (ALPN h2) for the Node streaming client, HTTP/1.1 for everything else, one port.
  const server = createSecureServer(
    { cert: certificate.cert, key: certificate.key, allowHTTP1: true },
    onRequest as unknown as Parameters<typeof createSecureServer>[1],
  );
  const { wss, onUpgrade } = createStreamUpgrade(streams);
  server.on('upgrade', onUpgrade);
  const openSockets = trackSockets(server);

  const port = await listen(server, options.port ?? 0, host);
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `https://${urlHost}:${port}`;

  return emulatorHandle(service, objects, {
    url,
    endpoint: `${url}${prefix}`,
    port,
    certificate: certificate.cert,
    privateKey: certificate.key,
    constraintCount: MODEL_CONSTRAINTS.length,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.all(service.all().map((s) => s.analysis));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of openSockets) socket.destroy();
      });
    },
  });
}
