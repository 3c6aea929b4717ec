/**
 * face-liveness-emulator (package bin): runs the Face Liveness emulator until SIGINT/SIGTERM.
 * Flags and environment: see runEmulatorCli.ts or `face-liveness-emulator --help`.
 */
import { runEmulatorCli } from './runEmulatorCli';

runEmulatorCli({ argv: process.argv.slice(2), env: process.env, write: (text) => process.stdout.write(text) })
  .then((emulator) => {
    if (!emulator) return;
    const stop = async (signal: string) => {
      process.stdout.write(`\n${signal}: stopping\n`);
      await emulator.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  })
  .catch((e: unknown) => {
    process.stderr.write(`face-liveness-emulator: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
