/**
 * Runs a Fetch API handler on AWS Lambda behind API Gateway HTTP APIs (payload 2.0) or a function URL:
 * `export const handler = toLambdaHandler(livenessHandler)`.
 */
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

export function toLambdaHandler(
  handler: LivenessHandler,
): (event: LambdaHttpEvent, context?: unknown) => Promise<LambdaHttpResult> {
  return async (event, context) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(event.headers ?? {})) if (value !== undefined) headers.set(name, value);
    // Payload 2.0 moves cookies out of the headers.
    if (event.cookies?.length) headers.set('cookie', event.cookies.join('; '));
    const method = event.requestContext.http.method;
    const query = event.rawQueryString ? `?${event.rawQueryString}` : '';
    const url = `https://${event.requestContext.domainName ?? headers.get('host') ?? 'localhost'}${event.rawPath}${query}`;
    const body =
      event.body === undefined || method === 'GET' || method === 'HEAD'
        ? undefined
        : event.isBase64Encoded
          ? Buffer.from(event.body, 'base64')
          : event.body;
    const platform: LambdaPlatform = { event, context };
    const response = await handler(
      new Request(url, { method, headers, ...(body === undefined ? {} : { body }) }),
      platform,
    );
    const out: Record<string, string> = {};
    response.headers.forEach((value, name) => (out[name] = value));
    return { statusCode: response.status, headers: out, body: await response.text(), isBase64Encoded: false };
  };
}
