/**
 * Shared by the e2e pages: how a page reports to the test (window.__e2e) and the detector config
 * that keeps everything on this machine (WASM, face model, emulator endpoint, dummy credentials).
 */
export interface E2eEvent {
  type: string;
  at: number;
  detail?: Record<string, unknown>;
}

declare global {
  interface Window {
    __e2e?: { events: E2eEvent[] };
  }
}

export function e2eReporter() {
  const state = (window.__e2e ??= { events: [] });
  return (type: string, detail?: Record<string, unknown>) => {
    state.events.push({ type, at: Date.now(), detail });
  };
}

/** The dummy credentials the detector page signs with (the detector test has the emulator verify them). */
export const E2E_BROWSER_CREDENTIALS = { accessKeyId: 'AKIDE2EBROWSER', secretAccessKey: 'e2e-browser-secret' };

/** `config` for FaceLivenessDetectorCore: `endpoint` comes from the query string. */
export function e2eDetectorConfig(params: URLSearchParams) {
  const origin = window.location.origin;
  return {
    binaryPath: `${origin}/__liveness/wasm/`,
    faceModelUrl: `${origin}/__liveness/face-model/model.json`,
    endpointOverride: params.get('endpoint') ?? undefined,
    credentialProvider: async () => ({ ...E2E_BROWSER_CREDENTIALS }),
  };
}
