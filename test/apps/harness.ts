/**
 * Runs an adopter app the way a new user does: the packed tarball plus what the README's install
 * line names, from the registry; the README's assets command or Vite plugin; the README's emulator
 * command; the framework's own build and server; then one check in Chromium with the fake camera.
 *
 * The apps run in a folder OUTSIDE the repository (under the OS temp dir): inside it, Node, bundlers
 * and tsc would find whatever the app forgot to install in the repository's own node_modules.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import type { AdopterApp } from './apps';
import { installedPackages } from './readme';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** One folder per checkout, so two worktrees on one machine never share an app folder. */
export const WORK = path.join(
  os.tmpdir(),
  `rfl-adopter-apps-${createHash('sha256').update(REPO).digest('hex').slice(0, 8)}`,
);
/** pnpm from the registry, at an exact version (npx caches it in the npm cache). */
export const PNPM = 'pnpm@12.23.0';
/** Kept between runs: the package managers' caches make a second install take seconds. */
const KEEP = new Set(['node_modules', 'package-lock.json', 'pnpm-lock.yaml']);

/** The environment of every command: npm's own variables of an enclosing `npm test` removed. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
  const merged = {
    ...env,
    NEXT_TELEMETRY_DISABLED: '1',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...extra,
  };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)) as NodeJS.ProcessEnv;
}

let tarball: string | undefined;

/** `npm pack` of the built package (dist/ from `vite build`), once per run. */
export function packTarball(): string {
  if (tarball) return tarball;
  if (!existsSync(path.join(REPO, 'dist/index.js'))) {
    throw new Error('dist/ is missing: the adopter apps install the packed build; run `npx vite build` first.');
  }
  mkdirSync(WORK, { recursive: true });
  const packed = spawnSync('npm', ['pack', '--silent', '--pack-destination', WORK], {
    cwd: REPO,
    env: cleanEnv(),
    encoding: 'utf8',
  });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  // Named by its content: a package manager that finds the same file name in its lock file keeps
  // the copy it installed before, so a rebuilt package would never reach the app.
  const file = path.join(WORK, packed.stdout.trim().split('\n').pop()!);
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 12);
  tarball = path.join(WORK, `react-face-liveness-${hash}.tgz`);
  renameSync(file, tarball);
  for (const old of readdirSync(WORK)) {
    if (/^react-face-liveness-.*\.tgz$/.test(old) && path.join(WORK, old) !== tarball) rmSync(path.join(WORK, old));
  }
  return tarball;
}

/** The version of `name` the repository develops against (package.json), for the app's exact pin. */
function repoVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.[name] ?? pkg.dependencies?.[name];
  if (!version) throw new Error(`The README's install line names ${name}, which package.json does not pin.`);
  return version;
}

/**
 * Copies test/apps/<name> into its work folder and writes its package.json: the template's own
 * packages plus the README's install line, react-face-liveness from the tarball.
 */
export function prepareApp(app: AdopterApp): string {
  const dir = path.join(WORK, app.name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) if (!KEEP.has(entry)) rmSync(path.join(dir, entry), { recursive: true });
  cpSync(path.join(REPO, 'test/apps', app.name), dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  for (const name of installedPackages()) {
    pkg.dependencies[name] = name === 'react-face-liveness' ? `file:${packTarball()}` : repoVersion(name);
  }
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

export class StepError extends Error {}

/** Where a step's whole output is kept: <WORK>/<app>.<step>.log. */
const logFile = (app: string, step: string) => path.join(WORK, `${app}.${step.replace(/\W+/g, '-')}.log`);

/** Runs one step of an app; on failure the error names the app, the step and the output's end. */
export async function runStep(
  app: string,
  step: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: 'pipe' });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000);
  const code = await new Promise<number | null>((resolve) => {
    child.on('error', (error) => {
      output += String(error);
      resolve(-1);
    });
    child.on('close', resolve);
  });
  clearTimeout(timer);
  const ms = performance.now() - started;
  writeFileSync(logFile(app, step), output);
  if (code !== 0) {
    const tail = output.trim().split('\n').slice(-40).join('\n');
    throw new StepError(`${app}: step '${step}' failed (\`${command} ${args.join(' ')}\`, exit ${code}):\n${tail}`);
  }
  return { ms, output };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface Running {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts a long-running command and resolves with the first URL it prints matching `ready`. */
export function startProcess(
  app: string,
  what: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<Running> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: 'pipe',
    detached: true,
  });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The group: npx and the framework's CLI start children of their own.
    process.kill(-child.pid!, 'SIGTERM');
    const killer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(killer);
    writeFileSync(logFile(app, what), output);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new StepError(`${app}: ${what} printed no URL in ${options.timeoutMs ?? 60_000} ms:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      // A terminal that forces colour (FORCE_COLOR, as in CI) splits the URL with escape codes.
      const match = options.ready.exec(stripVTControlCharacters(output));
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, output: () => output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new StepError(`${app}: ${what} exited (${code}) before it was ready:\n${output}`));
    });
  });
}
