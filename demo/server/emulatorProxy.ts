/**
 * Forwards the detector's WebSocket upgrade (`wss://<demo>/emu/start-face-liveness-session-websocket?…`)
 * to the embedded emulator, so that the browser trusts one certificate and one origin. The request
 * is passed on byte for byte (the presigned URL signs the Host header as the browser sent it).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { connect } from 'node:tls';

export const EMULATOR_PREFIX = '/emu';

export function proxyUpgradeToEmulator(
  req: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  target: { port: number; ca: string },
): void {
  const upstream = connect({ host: '127.0.0.1', port: target.port, ca: target.ca, servername: 'localhost' }, () => {
    const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
    for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (head.length > 0) upstream.write(head);
    upstream.pipe(socket);
    socket.pipe(upstream);
  });
  const close = () => {
    upstream.destroy();
    socket.destroy();
  };
  upstream.on('error', close);
  socket.on('error', close);
  socket.on('close', () => upstream.destroy());
  upstream.on('close', () => socket.destroy());
}
