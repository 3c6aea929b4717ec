import { useCallback, useEffect, useImperativeHandle, useRef, type FocusEvent, type Ref } from 'react';

/**
 * Keeps keyboard and screen-reader users on the check as its screens replace each other: when
 * the element that had focus inside the check is gone (the button that was pressed, the detector
 * that closed), focus moves to the new screen's heading. Focus that is still in place, or that
 * the user moved elsewhere on the page, is left alone; nothing is focused before the user has
 * focused something in the check (an autoStart page does not steal focus).
 */
export function useFocusFollowsView(forwarded: Ref<HTMLDivElement>) {
  const root = useRef<HTMLDivElement>(null);
  const lastFocused = useRef<Element | null>(null);
  useImperativeHandle(forwarded, () => root.current!, []);

  const onFocus = useCallback((event: FocusEvent<HTMLDivElement>) => {
    lastFocused.current = event.target;
  }, []);
  const onBlur = useCallback((event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    // Focus that moves to another part of the page is the user's choice: stop following.
    if (next instanceof Node && !root.current?.contains(next)) lastFocused.current = null;
  }, []);

  // After every commit: cheap, and a view can swap its content without a change of status.
  useEffect(() => {
    const container = root.current;
    const last = lastFocused.current;
    if (!container || !last || last.isConnected) return;
    const active = container.ownerDocument.activeElement;
    if (active && active !== container.ownerDocument.body && !container.contains(active)) return;
    const heading = container.querySelector<HTMLElement>('h2[tabindex="-1"]');
    if (heading) heading.focus();
  });

  return { ref: root, onFocus, onBlur };
}
