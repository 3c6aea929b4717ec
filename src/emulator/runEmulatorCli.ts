/**
 * The face-liveness-emulator command: parses flags and environment, starts the emulator, logs.
 *
 *   face-liveness-emulator [--port 8443] [--host 127.0.0.1] [--scenario live] [--path-prefix /emu]
 *                          [--lifetime-ms 180000] [--cert-out ./emulator.pem] [--cert-dir .cache/tls] [--quiet]
 *
 * Environment: LIVENESS_EMULATOR_PORT, LIVENESS_EMULATOR_HOST, LIVENESS_EMULATOR_SCENARIO,
 * LIVENESS_EMULATOR_PATH_PREFIX, FFMPEG_PATH.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startLivenessEmulator, type LivenessEmulator } from './startLivenessEmulator';
import { SCENARIO_PRESETS } from './scenarios';
import { loadOrCreateCertificate } from './persistentCertificate';

const HELP = `Usage: face-liveness-emulator [options]

A local stand-in for Amazon Rekognition Face Liveness (test only: self-signed TLS; SigV4 required, verified only with --verify-signatures).
It also answers STS AssumeRole, and accepts the credentials it vends for what their session policy allows.

  --port <n>           port to bind, 0 = any free port   (env LIVENESS_EMULATOR_PORT, default 8443)
  --host <addr>        address to bind                     (env LIVENESS_EMULATOR_HOST, default 127.0.0.1)
  --scenario <name>    scenario for every session          (env LIVENESS_EMULATOR_SCENARIO, default live)
  --path-prefix <p>    also serve the stream under <p>     (env LIVENESS_EMULATOR_PATH_PREFIX)
  --lifetime-ms <n>    session lifetime                    (default 180000)
  --cert-out <file>    write the certificate (PEM) there, to trust it
  --cert <file>        use this certificate (PEM, e.g. from mkcert) instead of a generated one (alias --tls-cert)
  --key <file>         its private key (PEM) (alias --tls-key)
  --cert-dir <dir>     keep the generated certificate in <dir> and reuse it at every start (env LIVENESS_EMULATOR_CERT_DIR)
  --verify-signatures <id:secret,…|default>  verify SigV4 signatures with these keys, or with the
                       documented EMULATOR_CREDENTIALS (env LIVENESS_EMULATOR_CREDENTIALS)
  --region <name>      the region credentials must be scoped to (env LIVENESS_EMULATOR_REGION, default us-east-1)
  --quiet              do not log requests
  --help

Scenarios: ${SCENARIO_PRESETS.join(', ')}
`;

/** `AKID1:secret1,AKID2:secret2` → { AKID1: 'secret1', … }; `default` → true (EMULATOR_CREDENTIALS). */
function parseCredentials(list: string | undefined): Record<string, string> | true | undefined {
  if (!list) return undefined;
  if (list === 'default') return true;
  return Object.fromEntries(
    list.split(',').map((pair) => {
      const i = pair.indexOf(':');
      if (i <= 0) throw new Error(`--verify-signatures expects accessKeyId:secret pairs, got '${pair}'`);
      return [pair.slice(0, i).trim(), pair.slice(i + 1).trim()];
    }),
  );
}

/** --cert/--key (or --tls-cert/--tls-key), else --cert-dir's kept certificate, else none (a new one per start). */
async function cliCertificate(
  values: Record<string, string | boolean | undefined>,
  env: Record<string, string | undefined>,
  host: string,
): Promise<{ pem: { cert: string; key: string }; note: string } | undefined> {
  const certFile = (values.cert ?? values['tls-cert']) as string | undefined;
  const keyFile = (values.key ?? values['tls-key']) as string | undefined;
  if (certFile || keyFile) {
    if (!certFile || !keyFile) throw new Error('--cert and --key go together.');
    return {
      pem: { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8') },
      note: `TLS: ${certFile}\n`,
    };
  }
  const dir = (values['cert-dir'] as string | undefined) ?? env.LIVENESS_EMULATOR_CERT_DIR;
  if (!dir) return undefined;
  const extraHosts = host === '0.0.0.0' || host === '::' ? [] : [host];
  const kept = await loadOrCreateCertificate(dir, { extraHosts });
  return {
    pem: { cert: kept.cert, key: kept.key },
    note:
      `TLS: self-signed certificate ${kept.certPath} (${kept.created ? 'new' : 'reused'}), SHA-256 ${kept.fingerprint}\n` +
      `     trust it in Node with NODE_EXTRA_CA_CERTS=${kept.certPath} or the handler's trustCertificate.\n`,
  };
}

export interface CliIo {
  argv: string[];
  env: Record<string, string | undefined>;
  write: (text: string) => void;
}

/** Runs the command; resolves to the running emulator, or undefined for --help. */
export async function runEmulatorCli({ argv, env, write }: CliIo): Promise<LivenessEmulator | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      scenario: { type: 'string' },
      'path-prefix': { type: 'string' },
      'lifetime-ms': { type: 'string' },
      'cert-out': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'cert-dir': { type: 'string' },
      'verify-signatures': { type: 'string' },
      region: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    write(HELP);
    return undefined;
  }
  const port = Number(values.port ?? env.LIVENESS_EMULATOR_PORT ?? 8443);
  const host = values.host ?? env.LIVENESS_EMULATOR_HOST ?? '127.0.0.1';
  const tls = await cliCertificate(values, env, host);
  const emulator = await startLivenessEmulator({
    port,
    host,
    scenario: values.scenario ?? env.LIVENESS_EMULATOR_SCENARIO ?? undefined,
    pathPrefix: values['path-prefix'] ?? env.LIVENESS_EMULATOR_PATH_PREFIX,
    sessionLifetimeMs: values['lifetime-ms'] ? Number(values['lifetime-ms']) : undefined,
    verifySignatures: parseCredentials(values['verify-signatures'] ?? env.LIVENESS_EMULATOR_CREDENTIALS),
    region: values.region ?? env.LIVENESS_EMULATOR_REGION,
    tls: tls?.pem,
    onRecord: values.quiet
      ? undefined
      : (r) => {
          if (r.type === 'request') {
            const what = [r.operation, r.sessionId, r.errorType].filter(Boolean).join(' ');
            write(`${new Date(r.at).toISOString()} ${r.httpStatus} ${what}\n`);
          } else if (r.name === 'status') {
            write(`${new Date(r.at).toISOString()}     ${r.sessionId} → ${String(r.detail?.status)}\n`);
          }
        },
  });
  if (values['cert-out']) writeFileSync(values['cert-out'], emulator.certificate);
  write(`Face Liveness emulator listening on ${emulator.url}\n`);
  if (emulator.endpoint !== emulator.url) write(`Detector endpointOverride: ${emulator.endpoint}\n`);
  write(
    tls?.note ??
      `TLS: self-signed certificate for localhost/127.0.0.1 (test only), new at every start; keep one with --cert-dir.\n`,
  );
  return emulator;
}
