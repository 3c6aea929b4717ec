/**
 * react-face-liveness/server: the Face Liveness backend as a Fetch API handler, with adapters for
 * Node's http, Express, Next.js route handlers and AWS Lambda. Node and edge runtimes only.
 */
export { createLivenessHandler, SESSION_HANDLE_HEADER } from './createLivenessHandler';
export { livenessErrorLine, logLivenessError } from './logError';
/** ClientRequestToken as the service accepts it: the one pattern the browser and the server share. */
export { CLIENT_REQUEST_TOKEN_PATTERN } from '../core/token';
export { toNodeHandler, type NodeHandlerOptions, type NodePlatform, type NodeRequestHandler } from './toNodeHandler';
export { toLambdaHandler, type LambdaHttpEvent, type LambdaHttpResult, type LambdaPlatform } from './toLambdaHandler';
export {
  livenessContentSecurityPolicy,
  livenessCspDirectives,
  streamingOrigin,
  type LivenessCspOptions,
} from './contentSecurityPolicy';
export {
  createStsStreamCredentials,
  roleSessionName,
  STREAM_SESSION_POLICY,
  type StsStreamCredentialsOptions,
} from './createStsStreamCredentials';
export { createMemoryAttemptStore, type MemoryAttemptStoreOptions } from './createMemoryAttemptStore';
export {
  createRedisAttemptStore,
  type RedisAttemptStoreOptions,
  type RedisScriptClient,
} from './createRedisAttemptStore';
export {
  applyAttemptEvent,
  type AttemptEvent,
  type AttemptOutcome,
  type AttemptPolicy,
  type AttemptRecord,
  type AttemptStore,
  type AttemptUpdate,
} from './attemptLimiter';
export type { MovementOnlyPolicy } from './challengePolicy';
export type {
  CallerContext,
  ErrorContext,
  FailedCheckLimit,
  ImagePresigner,
  LivenessHandler,
  LivenessHandlerOptions,
  S3ObjectLocation,
  StreamCredentialsOutput,
} from './types';
