import type { IncomingMessage } from 'node:http';

/** The request path exactly as sent (percent-encoding kept), without the query. */
export const rawPath = (req: Pick<IncomingMessage, 'url'>) => (req.url ?? '/').split('?')[0]!;

/** The request's URL (the host is irrelevant: only path and query are read). */
export const requestUrl = (req: Pick<IncomingMessage, 'url'>) => new URL(req.url ?? '/', 'https://emulator.invalid');

/** `'emu/'` → `'/emu'`; `''` and `undefined` → `''`. */
export function normalisePrefix(prefix: string | undefined): string {
  if (!prefix) return '';
  const trimmed = prefix.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
