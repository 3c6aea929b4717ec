/**
 * The handler's default `onError`: one line on stderr for each failure that is the server's (a 5xx
 * answer, or AWS throttling after the SDK's retries). A caller's own mistakes (4xx) are not logged,
 * so a hostile client cannot flood the log. The line holds the route, the answer, the error's name,
 * code and first message line, and the session id: never credentials, handles, caller ids or bytes.
 */
import { fromAwsError } from './httpError';
import type { ErrorContext } from './types';

const MAX_MESSAGE = 300;

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** `Name [CODE]: first line of the message`, shortened. */
function summary(error: unknown): string {
  const name = field(error, 'name');
  const code = field(error, 'code');
  const message = field(error, 'message');
  const head = `${typeof name === 'string' ? name : typeof error}${typeof code === 'string' ? ` [${code}]` : ''}`;
  const line = typeof message === 'string' ? (message.split('\n', 1)[0] ?? '').slice(0, MAX_MESSAGE) : '';
  return line ? `${head}: ${line}` : head;
}

/** The line `logLivenessError` writes, for an error the handler answers with `status` and `code`. */
export function livenessErrorLine(error: unknown, context: ErrorContext): string | undefined {
  const answer = fromAwsError(error, 0);
  if (answer.status < 500 && answer.code !== 'THROTTLED') return undefined;
  const session = context.sessionId ? ` (session ${context.sessionId})` : '';
  const retry = answer.retryable ? ' retryable' : '';
  return `react-face-liveness: ${context.route} failed → ${answer.status} ${answer.code}${retry}${session}: ${summary(error)}`;
}

/** The default `onError`: `console.error` of `livenessErrorLine`, when there is one. */
export function logLivenessError(error: unknown, context: ErrorContext): void {
  const line = livenessErrorLine(error, context);
  if (line) console.error(line);
}
