/**
 * Node 20 has no global WebSocket, and the AWS SDK's WebSocket handler (the browser transport the
 * Amplify detector uses) opens `new WebSocket(url)` from the global. While at least one capture
 * runs, a `ws` subclass is the global; it trusts the CA registered for the URL's host:port, so
 * captures to emulators with different certificates can run at once.
 */
import { WebSocket as NodeWebSocket } from 'ws';

const trusted = new Map<string, string[]>();
let users = 0;
let previous: unknown;

class TrustingWebSocket extends NodeWebSocket {
  constructor(address: string | URL, protocols?: string | string[]) {
    const ca = trusted.get(new URL(address).host);
    super(address, protocols, ca ? { ca } : {});
  }
}

/** Runs `fn` with the global WebSocket installed, trusting `certificate` (PEM) for `endpoint`'s host. */
export async function withNodeWebSocket<T>(endpoint: string, certificate: string | undefined, fn: () => Promise<T>) {
  const host = new URL(endpoint).host;
  const global = globalThis as { WebSocket?: unknown };
  if (users === 0) {
    previous = global.WebSocket;
    global.WebSocket = TrustingWebSocket;
  }
  users += 1;
  if (certificate) trusted.set(host, [...(trusted.get(host) ?? []), certificate]);
  try {
    return await fn();
  } finally {
    if (certificate) {
      const left = (trusted.get(host) ?? []).filter((_, i, all) => i !== all.indexOf(certificate));
      if (left.length > 0) trusted.set(host, left);
      else trusted.delete(host);
    }
    users -= 1;
    if (users === 0) global.WebSocket = previous;
  }
}
