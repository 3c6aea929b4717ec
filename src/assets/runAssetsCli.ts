/**
 * The react-face-liveness command.
 *
 *   react-face-liveness assets <dir>   copy the detector's WASM files and face model into <dir>
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyDetectorAssets, DetectorAssetsError } from './detectorAssets';

export const ASSETS_HELP = `Usage: react-face-liveness assets <dir> [--project <root>]

Copies what the Amplify detector otherwise downloads from Amazon's CDN into <dir> (for example
public/liveness-assets): the WASM binaries of the @tensorflow/tfjs-backend-wasm that the installed
@aws-amplify/ui-react-liveness resolves, into <dir>/wasm/, and the MediaPipe face model (Apache-2.0,
with its NOTICE.md) into <dir>/face-model/. Then, in the app:

  import { selfHostedAssets } from 'react-face-liveness';
  <LivenessCheck config={selfHostedAssets('/liveness-assets')} … />

Refuses when the installed TensorFlow.js does not match the version the detector declares.
Run it again after every upgrade of @aws-amplify/ui-react-liveness (e.g. in "postinstall").
`;

export interface AssetsCliIo {
  argv: string[];
  cwd: string;
  write: (text: string) => void;
}

/** Runs the command; resolves to the exit code. */
export async function runAssetsCli({ argv, cwd, write }: AssetsCliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    write(ASSETS_HELP);
    return command === undefined ? 1 : 0;
  }
  if (command !== 'assets') {
    write(`react-face-liveness: unknown command '${command}'.\n\n${ASSETS_HELP}`);
    return 1;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { project: { type: 'string' } } });
  } catch (e) {
    write(`react-face-liveness assets: ${e instanceof Error ? e.message : String(e)}\n\n${ASSETS_HELP}`);
    return 1;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) {
    write(`react-face-liveness assets: name one target folder.\n\n${ASSETS_HELP}`);
    return 1;
  }
  const outDir = path.resolve(cwd, positionals[0]!);
  try {
    const assets = await copyDetectorAssets(outDir, path.resolve(cwd, values.project ?? '.'));
    write(
      `Copied ${assets.files.length} files into ${outDir}: TensorFlow.js WASM ${assets.tfjsVersion} ` +
        `(for @aws-amplify/ui-react-liveness ${assets.livenessVersion}) and the face model.\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof DetectorAssetsError)) throw e;
    write(`react-face-liveness assets: ${e.message}\n`);
    return 1;
  }
}
