/** The detector's config on the bench page: WASM and face model from this origin, the emulator's stream. */
export const params = new URLSearchParams(window.location.search);

export const detectorConfig = {
  binaryPath: `${window.location.origin}/__liveness/wasm/`,
  faceModelUrl: `${window.location.origin}/__liveness/face-model/model.json`,
  endpointOverride: params.get('endpoint') ?? undefined,
};

export const credentialProvider = async () => ({ accessKeyId: 'AKIDBENCHBROWSER', secretAccessKey: 'bench-secret' });
