/**
 * The Host check Vite makes for the app, made here for everything the demo serves before Vite
 * (the liveness API, /demo-api, assets, the emulator's socket): a DNS-rebinding page on another
 * name that resolves to this machine gets nothing. Allowed, as Vite allows by default: `localhost`,
 * `*.localhost` and IP literals, with any port.
 */
import { isIP } from 'node:net';

export function isAllowedHost(header: string | undefined): boolean {
  if (header === undefined) return false;
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(header);
  if (!match) return false;
  const name = match[1]!.toLowerCase();
  if (name.startsWith('[')) return isIP(name.slice(1, -1)) === 6;
  return name === 'localhost' || name.endsWith('.localhost') || isIP(name) === 4;
}
