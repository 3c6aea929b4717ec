/**
 * The Content-Security-Policy a page with `<LivenessCheck>` needs when the detector's assets are
 * self-hosted (`npx react-face-liveness assets`): nothing from any other origin but the region's
 * streaming endpoint. Verified by test/e2e/csp.test.ts (enforced, zero violations).
 */
export interface LivenessCspOptions {
  /** The region the detector streams to. @default 'us-east-1' */
  region?: string;
  /**
   * The detector's `endpointOverride` (for example the local emulator, `https://127.0.0.1:8443/emu`):
   * the policy then allows its `wss:` origin instead of AWS's.
   */
  endpointOverride?: string;
  /** Origins besides 'self' the assets are served from (a CDN of your own). @default [] */
  assetOrigins?: readonly string[];
}

/** `wss://streaming-rekognition.{region}.amazonaws.com`, or the override's origin (always wss:, as the SDK forces). */
export function streamingOrigin({ region = 'us-east-1', endpointOverride }: LivenessCspOptions = {}): string {
  if (!endpointOverride) return `wss://streaming-rekognition.${region}.amazonaws.com`;
  return `wss://${new URL(endpointOverride).host}`;
}

/** The policy's directives, in order; join them with `; ` (see `livenessContentSecurityPolicy`). */
export function livenessCspDirectives(options: LivenessCspOptions = {}): string[] {
  const assets = ["'self'", ...(options.assetOrigins ?? [])].join(' ');
  return [
    "default-src 'none'",
    // TensorFlow.js compiles its WASM backend: 'wasm-unsafe-eval' allows WebAssembly, not eval().
    `script-src 'self' 'wasm-unsafe-eval'`,
    "style-src 'self'",
    // Result images arrive as bytes and are shown through object URLs.
    `img-src 'self' blob:`,
    // The WASM binary and the face model are fetched; the video goes to the streaming endpoint.
    `connect-src ${assets} ${streamingOrigin(options)}`,
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
}

/** The header value, e.g. `Content-Security-Policy: ${livenessContentSecurityPolicy({ region: 'eu-west-1' })}`. */
export function livenessContentSecurityPolicy(options: LivenessCspOptions = {}): string {
  return livenessCspDirectives(options).join('; ');
}
