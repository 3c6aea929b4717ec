/**
 * Starts `npm run demo` as a child process (`node scripts/demo.mjs`, what the npm script runs) on a
 * free port in emulator mode, and waits for the URL it prints.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DemoProcess {
  url: string;
  port: number;
  /** The certificate the demo serves (PEM), to trust in Node clients. */
  certificate: string;
  output(): string;
  stop(): Promise<number | null>;
}

/** Environment without AWS settings, so the demo picks the emulator whatever the machine has set. */
function emulatorEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('AWS_')) env[key] = value;
  return { ...env, DEMO_MODE: 'emulator', DEMO_PORT: '0', DEMO_HOST: '127.0.0.1' };
}

export async function startDemoProcess(timeoutMs = 60_000): Promise<DemoProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(repo, 'scripts/demo.mjs')], {
    cwd: repo,
    env: emulatorEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the demo printed no URL in ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /Open\s+(https:\/\/localhost:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the demo exited with ${code}:\n${output}`));
    });
  });
  const certPath =
    /self-signed certificate (\S+)/.exec(output)?.[1] ?? path.join(repo, '.cache/demo-tls/localhost.crt');
  return {
    url,
    port: Number(new URL(url).port),
    certificate: readFileSync(certPath, 'utf8'),
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
