import { useEffect, useLayoutEffect, useRef } from 'react';

/** `useLayoutEffect` in the browser; `useEffect` on the server, where React 18 warns about the former. */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * A ref that holds the latest `value`, for callbacks that run later (timers, promise handlers)
 * and must see the current props. Updated after render, never during it.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useIsomorphicLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
