import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { createCertificate } from './certificate';
import { MODEL_CONSTRAINTS } from './constraints';
import { sendJson, sendServiceError, ServiceError } from './errors';
import { LivenessService } from './livenessService';
import { handleLivenessStream } from './livenessStream';
import { ObjectStore } from './objectStore';
import { StsEmulator } from './sts';
import { checkAuthorizationHeader, checkPresignedQuery } from './sigv4';
import type {
  EmulatorOperation,
  EmulatorRecord,
  EmulatorRequestRecord,
  EmulatorSessionSnapshot,
  LivenessEmulatorOptions,
  ScenarioInput,
} from './types';

export const STREAM_PATH = '/start-face-liveness-session-websocket';
const MAX_BODY_BYTES = 1 << 20;

export interface LivenessEmulator {
  /** `https://127.0.0.1:PORT` (no trailing slash): the endpoint for RekognitionClient, S3Client and the detector. */
  readonly url: string;
  /** `url` + pathPrefix: what to give the detector as `config.endpointOverride`. */
  readonly endpoint: string;
  readonly port: number;
  /** The self-signed certificate (PEM) and its key: trust `certificate` to talk TLS to the emulator. */
  readonly certificate: string;
  readonly privateKey: string;
  /** Scenario for every session without its own (`undefined` restores the default, 'live'). */
  setScenario(scenario: ScenarioInput | undefined): void;
  /** Scenarios for the next sessions created, one per CreateFaceLivenessSession, in order. */
  queueScenario(...scenarios: ScenarioInput[]): void;
  /** Snapshots of every session, in creation order. */
  sessions(): EmulatorSessionSnapshot[];
  session(sessionId: string): EmulatorSessionSnapshot | undefined;
  /** Every request answered (HTTP and WebSocket upgrades), optionally filtered. */
  requests(filter?: { operation?: EmulatorOperation; sessionId?: string }): EmulatorRequestRecord[];
  /** Requests and session events interleaved, in order. */
  records(): EmulatorRecord[];
  /** The WebM a session's client streamed (until the session expires). */
  video(sessionId: string): Buffer | undefined;
  /** Bytes of an object the emulator wrote for an OutputConfig session. */
  getObject(bucket: string, key: string): Buffer | undefined;
  /** Keys (`bucket/key`) of every stored object. */
  objectKeys(): string[];
  /** Forget all sessions, records and scenarios. */
  reset(): void;
  /** How many model constraints are enforced. */
  readonly constraintCount: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new ServiceError('SerializationException', 'Request body too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const OPERATIONS: Record<string, EmulatorOperation> = {
  'RekognitionService.CreateFaceLivenessSession': 'CreateFaceLivenessSession',
  'RekognitionService.GetFaceLivenessSessionResults': 'GetFaceLivenessSessionResults',
};

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, HEAD, POST, OPTIONS',
  'access-control-allow-headers': '*',
  'access-control-expose-headers': 'x-amzn-errortype, x-amzn-requestid',
};

/** The request path exactly as sent (percent-encoding kept), without the query. */
const rawPath = (req: IncomingMessage) => (req.url ?? '/').split('?')[0]!;

function normalisePrefix(prefix: string | undefined): string {
  if (!prefix) return '';
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Starts the local stand-in for Rekognition Face Liveness: HTTPS (awsJson1_1 operations and
 * path-style S3 GETs) and WSS (the StartFaceLivenessSession stream) on one port.
 */
export async function startLivenessEmulator(options: LivenessEmulatorOptions = {}): Promise<LivenessEmulator> {
  const host = options.host ?? '127.0.0.1';
  const prefix = normalisePrefix(options.pathPrefix);
  const certificate = options.tls
    ? { cert: options.tls.cert, key: options.tls.key }
    : await createCertificate({
        extraHosts: [host, ...(options.certificateHosts ?? [])].filter((h) => h !== '0.0.0.0' && h !== '::'),
      });
  const objects = new ObjectStore();
  const service = new LivenessService({
    now: options.now ?? Date.now,
    sessionLifetimeMs: options.sessionLifetimeMs ?? 180_000,
    ffmpegPath: options.ffmpegPath ?? process.env.FFMPEG_PATH ?? 'ffmpeg',
    objects,
    scenario: options.scenario,
    onRecord: options.onRecord,
  });
  const signing = { secrets: options.verifySignatures, region: options.region };
  const sts = new StsEmulator({ now: service.now, signing, record: (r) => service.recordRequest(r) });
  const sessionInformation = { challengeConfig: options.challengeConfig, ovalParameters: options.ovalParameters };

  async function handleJson(req: IncomingMessage, res: ServerResponse, operation: EmulatorOperation, url: URL) {
    const pathname = url.pathname;
    const record: Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'> = {
      operation,
      method: req.method ?? 'POST',
      path: pathname,
      httpStatus: 200,
    };
    try {
      const identity = checkAuthorizationHeader(
        req.headers.authorization,
        req.headers['x-amz-date'] as string | undefined,
      );
      record.accessKeyId = identity.accessKeyId;
      record.region = identity.region;
      const text = await readBody(req);
      sts.verifySignature(
        identity,
        { method: 'POST', rawPath: rawPath(req), query: url.searchParams, headers: req.headers, body: text },
        signing,
        `rekognition:${operation}`,
      );
      let input: unknown;
      try {
        input = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        throw new ServiceError('SerializationException', 'Could not parse the request body as JSON.');
      }
      const fields = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
      if (typeof fields.ClientRequestToken === 'string') record.clientRequestToken = fields.ClientRequestToken;
      if (typeof fields.SessionId === 'string') record.sessionId = fields.SessionId;
      if (operation === 'CreateFaceLivenessSession') {
        const output = service.createSession(input);
        record.sessionId = output.SessionId;
        sendJson(res, 200, output);
      } else if (operation === 'GetFaceLivenessSessionResults') {
        sendJson(res, 200, await service.getResults(input));
      } else {
        throw new ServiceError(
          'UnknownOperationException',
          `Unknown operation ${String(req.headers['x-amz-target'])}.`,
        );
      }
    } catch (e) {
      const error =
        e instanceof ServiceError
          ? e
          : new ServiceError('InternalServerError', e instanceof Error ? e.message : String(e));
      record.httpStatus = error.status;
      record.errorType = error.type;
      sendServiceError(res, error);
    } finally {
      service.recordRequest(record);
    }
  }

  function onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'https://emulator.invalid');
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (sts.accepts(req)) return void sts.handle(req, res);
    const target = req.headers['x-amz-target'];
    if (req.method === 'POST' && typeof target === 'string') {
      void handleJson(req, res, OPERATIONS[target] ?? 'Unknown', url);
      return;
    }
    if ((req.method === 'GET' || req.method === 'HEAD') && url.pathname.split('/').filter(Boolean).length >= 2) {
      const pathname =
        prefix && url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : url.pathname;
      const { status, errorType, identity } = objects.serve(req, res, pathname, url.searchParams, (id) =>
        sts.verifySignature(
          id,
          {
            method: req.method ?? 'GET',
            rawPath: rawPath(req),
            query: url.searchParams,
            headers: req.headers,
            s3: true,
          },
          signing,
          's3:GetObject',
        ),
      );
      service.recordRequest({
        operation: 'S3GetObject',
        method: req.method,
        path: url.pathname,
        httpStatus: status,
        errorType,
        accessKeyId: identity?.accessKeyId,
        region: identity?.region,
      });
      return;
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === `${prefix}/` || url.pathname === prefix)) {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('react-face-liveness emulator: Rekognition Face Liveness stand-in (test only)\n');
      return;
    }
    const error = new ServiceError(
      'UnknownOperationException',
      `No operation for ${req.method ?? ''} ${url.pathname}.`,
    );
    service.recordRequest({
      operation: 'Unknown',
      method: req.method ?? '',
      path: url.pathname,
      httpStatus: error.status,
      errorType: error.type,
    });
    sendServiceError(res, error);
  }

  const server: Server = createServer({ cert: certificate.cert, key: certificate.key }, onRequest);
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: 16 << 20 });

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'https://emulator.invalid');
    const isStream = url.pathname === STREAM_PATH || url.pathname === `${prefix}${STREAM_PATH}`;
    const record: Omit<EmulatorRequestRecord, 'type' | 'seq' | 'at'> = {
      operation: isStream ? 'StartFaceLivenessSession' : 'Unknown',
      method: 'GET',
      path: url.pathname,
      httpStatus: 101,
      sessionId: url.searchParams.get('session-id') ?? undefined,
    };
    const reject = (status: number, error: ServiceError) => {
      record.httpStatus = status;
      record.errorType = error.type;
      service.recordRequest(record);
      const body = JSON.stringify({ __type: error.type, Message: error.message });
      socket.end(
        `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Forbidden'}\r\ncontent-type: application/json\r\nx-amzn-errortype: ${error.type}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
      );
    };
    if (!isStream) {
      reject(404, new ServiceError('UnknownOperationException', `No stream at ${url.pathname}.`));
      return;
    }
    let refusal: ServiceError | undefined;
    try {
      const identity = checkPresignedQuery(url.searchParams);
      record.accessKeyId = identity.accessKeyId;
      record.region = identity.region;
      try {
        sts.verifySignature(
          identity,
          { method: 'GET', rawPath: rawPath(req), query: url.searchParams, headers: req.headers },
          signing,
          'rekognition:StartFaceLivenessSession',
        );
      } catch (e) {
        // A signature or region problem comes as an exception on the stream (what the detector's
        // "Invalid region" handling expects), not as a refused upgrade.
        refusal = e as ServiceError;
        record.errorType = refusal.type;
      }
    } catch (e) {
      reject(403, e as ServiceError);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      service.recordRequest(record);
      handleLivenessStream(ws, { service, query: url.searchParams, sessionInformation, refusal });
    });
  });

  const openSockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    openSockets.add(socket);
    socket.on('close', () => openSockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  const url = `https://${urlHost}:${port}`;

  return {
    url,
    endpoint: `${url}${prefix}`,
    port,
    certificate: certificate.cert,
    privateKey: certificate.key,
    constraintCount: MODEL_CONSTRAINTS.length,
    setScenario: (scenario) => service.setScenario(scenario),
    queueScenario: (...scenarios) => service.queueScenario(...scenarios),
    sessions: () => service.all().map((s) => service.snapshot(s)),
    session: (id) => {
      const s = service.find(id);
      return s ? service.snapshot(s) : undefined;
    },
    requests: (filter) => service.requests(filter),
    records: () => service.records(),
    video: (id) => {
      const s = service.find(id);
      return s ? service.video(s) : undefined;
    },
    getObject: (bucket, key) => objects.get(bucket, key),
    objectKeys: () => objects.keys(),
    reset: () => service.reset(),
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await Promise.all(service.all().map((s) => s.analysis));
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of openSockets) socket.destroy();
      });
    },
  };
}
