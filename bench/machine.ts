/** The machine a bench ran on, for BENCHMARKS.md. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CHROMIUM_PATH } from '../test/chromium';

function firstMatch(file: string, pattern: RegExp): string | undefined {
  try {
    return pattern.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
  } catch {
    return undefined;
  }
}

function chromiumVersion(): string {
  try {
    // Debian's wrapper script prints shell noise on stderr; the version is on stdout.
    return execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The 1-minute load average when the bench started (scripts/bench.mjs reads it before building):
 * other work on the machine slows the figures.
 */
const loadAtStart = Number(process.env.RFL_BENCH_LOAD_AT_START ?? os.loadavg()[0]);

export function describeMachine(): [string, string][] {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return [
    ['CPUs (nproc)', String(os.availableParallelism())],
    ['CPU model', firstMatch('/proc/cpuinfo', /^model name\s*:\s*(.+)$/m) ?? os.cpus()[0]?.model ?? 'unknown'],
    ['memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', firstMatch('/etc/os-release', /^PRETTY_NAME="?([^"\n]+)"?$/m) ?? `${os.type()} ${os.release()}`],
    ['Node.js', process.version],
    ['Chromium', chromiumVersion()],
    ['load average (1 min) at start', `${loadAtStart.toFixed(2)} on ${os.availableParallelism()} CPUs`],
    ['commit', commit],
    ['date', new Date().toISOString().replace(/\.\d+Z$/, 'Z')],
  ];
}
