/** react-face-liveness (package bin): `react-face-liveness assets <dir>`. See runAssetsCli.ts. */
import { runAssetsCli } from './runAssetsCli';

runAssetsCli({ argv: process.argv.slice(2), cwd: process.cwd(), write: (text) => process.stdout.write(text) }).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`react-face-liveness: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
