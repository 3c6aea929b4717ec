/**
 * The detector's `config` for one session: the app's own settings, and the session's streaming
 * endpoint as `endpointOverride` when the app did not set one. The server is the one place that
 * knows where streams go (its handler's `endpoint`); the browser only derives it here.
 */
export function detectorConfig<Config extends object>(
  config: Config | undefined,
  streamingEndpoint: string | undefined,
): (Config & { endpointOverride?: string }) | undefined {
  const own = (config as { endpointOverride?: unknown } | undefined)?.endpointOverride;
  if (!streamingEndpoint || own) return config;
  return { ...config, endpointOverride: streamingEndpoint } as Config & { endpointOverride: string };
}
