import { useEffect, useState } from 'react';

/** What the demo server tells the page (GET /demo-api/config). */
export interface DemoConfig {
  mode: 'emulator' | 'aws';
  region: string;
  threshold: number;
  /** Path of the emulator's stream on this origin, in emulator mode. */
  emulatorPath: string | null;
  /** Where the detector's self-hosted assets are served (see selfHostedAssets). */
  assetsBase: string;
  scenarios: string[];
}

export function useDemoConfig(): { config?: DemoConfig; error?: string } {
  const [state, setState] = useState<{ config?: DemoConfig; error?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    fetch('/demo-api/config', { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((config: DemoConfig) => setState({ config }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ error: error instanceof Error ? error.message : String(error) });
      });
    return () => controller.abort();
  }, []);
  return state;
}
