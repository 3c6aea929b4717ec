import { useCallback, useEffect, useRef } from 'react';
import { useLatest } from '../../hooks/useLatest';
import type { LivenessDetectorConfig } from './DetectorHost';
import type { DetectorLoader, DetectorModule } from './loadDetector';
import { prefetchDetectorAssets, savesData, whenIdle } from './prefetchDetector';

/**
 * The detector, its WASM and its face model fetched ahead of Start by `prefetch` (on idle, on
 * intent). `load` is what Start calls: the
 * prefetched module when there is one (pending or loaded), else a fresh load; a prefetch that
 * failed is dropped, so Start loads again instead of failing on a stale error.
 */
export function useDetectorPrefetch(loader: DetectorLoader, config: LivenessDetectorConfig | undefined) {
  const prefetched = useRef<Promise<DetectorModule> | undefined>(undefined);
  const latestConfig = useLatest(config);

  const prefetch = useCallback(() => {
    if (!prefetched.current) {
      const pending = loader();
      prefetched.current = pending;
      pending.catch(() => {
        if (prefetched.current === pending) prefetched.current = undefined;
      });
    }
    prefetchDetectorAssets(latestConfig.current);
  }, [loader, latestConfig]);

  const load = useCallback(() => {
    const pending = prefetched.current ?? loader();
    // Taken once: a retry after a failed start loads afresh.
    prefetched.current = undefined;
    // Once the code is here: the detector needs its WASM and model only after the stream's first
    // answer, and until then they would take connections from the session request and the code
    // (a browser opens six per HTTP/1.1 origin).
    pending.then(
      () => prefetchDetectorAssets(latestConfig.current),
      () => undefined,
    );
    return pending;
  }, [loader, latestConfig]);

  return { prefetch, load };
}

/** Runs `prefetch` once the browser is idle after a paint, while `enabled` (and not on Save-Data). */
export function useIdlePrefetch(prefetch: () => void, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || savesData()) return;
    return whenIdle(prefetch);
  }, [enabled, prefetch]);
}
