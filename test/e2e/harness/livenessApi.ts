/**
 * The app's backend for e2e pages: `createLivenessHandler` (the real one) mounted in the page's
 * Vite dev server at /api/liveness through `toNodeHandler`, its RekognitionClient pointed at the
 * emulator. The caller is the `x-e2e-caller` header (a stand-in for an app's login).
 *
 *   let api!: LivenessApi;
 *   const e2e = await startLivenessE2E({ page: 'check', vitePlugins: (emulator) => [(api = livenessApi(emulator)).plugin] });
 *
 * The SDK client makes ONE attempt per call (maxAttempts 1), so a throttled or failed call reaches
 * the browser and the component's own retry plan is what the emulator's record shows.
 */
import { randomBytes } from 'node:crypto';
import type { CreateFaceLivenessSessionRequestSettings } from '@aws-sdk/client-rekognition';
import type { Plugin } from 'vite';
import type { LivenessEmulator } from '../../../src/emulator';
import { createLivenessHandler } from '../../../src/server/createLivenessHandler';
import type { LivenessHandlerOptions } from '../../../src/server/types';
import { toNodeHandler } from '../../../src/server/toNodeHandler';
import { rekognitionClient, TEST_CREDENTIALS } from './awsClients';

export const API_BASE_PATH = '/api/liveness';
export const CALLER_HEADER = 'x-e2e-caller';
/** The server's threshold, given to the page's `<LivenessCheck threshold>` too. */
export const API_THRESHOLD = 80;

export interface LivenessApi {
  plugin: Plugin;
  /** Settings for the sessions created from now on (challenge preference, audit images), and the no-flash policy. */
  setSessionSettings(
    settings: CreateFaceLivenessSessionRequestSettings,
    policy?: Pick<LivenessHandlerOptions, 'movementOnlyChallenge'>,
  ): void;
  /** Called with each session id the handler returns, before the browser receives it. */
  onSessionCreated(listener: ((sessionId: string) => void) | undefined): void;
  close(): void;
}

export function livenessApi(emulator: LivenessEmulator): LivenessApi {
  const client = rekognitionClient(emulator, { maxAttempts: 1 });
  const secret = randomBytes(32);
  let created: ((sessionId: string) => void) | undefined;
  const make = (
    sessionSettings: CreateFaceLivenessSessionRequestSettings,
    policy: Pick<LivenessHandlerOptions, 'movementOnlyChallenge'> = {},
  ) => {
    const handler = createLivenessHandler({
      ...policy,
      secret,
      client,
      authorize: (request) => request.headers.get(CALLER_HEADER),
      basePath: API_BASE_PATH,
      threshold: API_THRESHOLD,
      // The page shows the reviewer's view (score, gauge, images).
      exposeConfidence: true,
      sessionSettings,
      streamCredentials: async () => TEST_CREDENTIALS,
    });
    const observed = async (request: Request, platform?: unknown) => {
      const response = await handler(request, platform);
      if (response.status === 201 && created) {
        created(((await response.clone().json()) as { sessionId: string }).sessionId);
      }
      return response;
    };
    return toNodeHandler(Object.assign(observed, { GET: observed, POST: observed, basePath: handler.basePath }));
  };
  let handle = make({ AuditImagesLimit: 2 });

  return {
    plugin: {
      name: 'liveness-e2e:api',
      configureServer(server) {
        server.middlewares.use((req, res, next) => handle(req, res, next));
      },
    },
    setSessionSettings(settings, policy) {
      handle = make(settings, policy);
    },
    onSessionCreated(listener) {
      created = listener;
    },
    close() {
      client.destroy();
    },
  };
}
