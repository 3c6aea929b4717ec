/**
 * Builds test/node/redisInstance.ts once (a Vite SSR build: our TypeScript bundled, packages left
 * to node_modules) and runs copies of it as separate Node processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(repo, 'node_modules/.cache/rfl-redis-instance');

export async function buildInstance(): Promise<string> {
  await build({
    configFile: false,
    root: repo,
    logLevel: 'warn',
    build: {
      ssr: path.join(repo, 'test/node/redisInstance.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'redisInstance.mjs' } },
    },
  });
  return path.join(outDir, 'redisInstance.mjs');
}

export interface Instances {
  origins: string[];
  /** What each process printed besides `listening …` (bench figures). */
  outputs: string[];
  stop(): Promise<void>;
}

export async function startInstances(script: string, count: number, env: Record<string, string>): Promise<Instances> {
  const children: ChildProcess[] = [];
  const outputs: string[] = [];
  const started = Array.from({ length: count }, (_, index) => {
    const child = spawn(process.execPath, [script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    outputs[index] = '';
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`instance ${index} did not start:\n${outputs[index]}`)), 60_000);
      const read = (chunk: Buffer) => {
        outputs[index] += chunk.toString();
        const match = /^listening (\S+)$/m.exec(outputs[index]!);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.once('exit', (code) => reject(new Error(`instance ${index} exited with ${code}:\n${outputs[index]}`)));
    });
  });
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    return { origins: await Promise.all(started), outputs, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
