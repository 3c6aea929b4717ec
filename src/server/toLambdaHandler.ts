/**
 * Runs a Fetch API handler on AWS Lambda behind API Gateway HTTP APIs (payload 2.0) or a function URL:
 * `export const handler = toLambdaHandler(livenessHandler)`.
 */
import { internalErrorResponse, toFetchRequest } from './fetchRequest';
import type { LivenessHandler } from './types';

/** The parts of an API Gateway v2 / function URL event that are read. */
export interface LambdaHttpEvent {
  rawPath: string;
  rawQueryString?: string;
  headers?: Record<string, string | undefined>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
  requestContext: { domainName?: string; http: { method: string } };
}

/** What `toLambdaHandler` passes to `authorize` as `platform`. */
export interface LambdaPlatform<Event extends LambdaHttpEvent = LambdaHttpEvent> {
  event: Event;
  context: unknown;
}

export interface LambdaHttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded: boolean;
}

function headerPairs(event: LambdaHttpEvent): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) pairs.push([name, value]);
  // Payload 2.0 moves cookies out of the headers.
  if (event.cookies?.length) pairs.push(['cookie', event.cookies.join('; ')]);
  return pairs;
}

async function toResult(response: Response): Promise<LambdaHttpResult> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { statusCode: response.status, headers, body: await response.text(), isBase64Encoded: false };
}

/** Every event gets the handler's JSON answer, a refusal included; the returned function never throws. */
export function toLambdaHandler(
  handler: LivenessHandler,
): (event: LambdaHttpEvent, context?: unknown) => Promise<LambdaHttpResult> {
  return async (event, context) => {
    try {
      const method = event.requestContext?.http?.method ?? 'GET';
      const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
      const host =
        event.requestContext?.domainName ??
        Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'host')?.[1];
      const request = toFetchRequest(handler.basePath, {
        method,
        target: `${event.rawPath}${query}`,
        host,
        secure: true,
        headers: headerPairs(event),
        ...(event.body === undefined
          ? {}
          : { body: event.isBase64Encoded ? new Uint8Array(Buffer.from(event.body, 'base64')) : event.body }),
      });
      if (request instanceof Response) return await toResult(request);
      const platform: LambdaPlatform = { event, context };
      return await toResult(await handler(request, platform));
    } catch {
      return toResult(internalErrorResponse());
    }
  };
}
