/**
 * Single-key shortcuts for a lesson's own actions (e.g. "1" and "2" step the
 * race lesson's threads). Ignored while the person types in a form field, so
 * entering "12" in a parameter box never steps a thread; modified keys
 * (Ctrl, Alt, Meta) are left to the browser.
 */
import { useEffect, useRef } from 'react';
import { targetOwnsKey } from './keyTarget.js';


/**
 * @param bindings key (KeyboardEvent.key, e.g. "1") → action; an action returning false did not handle the key.
 * @param enabled listen only while true.
 */
export function useKeyShortcuts(bindings: Readonly<Record<string, () => boolean | void>>, enabled = true): void {
  // The latest bindings, without re-adding the listener on every render.
  const current = useRef(bindings);
  current.current = bindings;
  useEffect(() => {
    if (!enabled) return undefined;
    function onKey(event: KeyboardEvent): void {
      if (event.altKey || event.ctrlKey || event.metaKey || event.repeat || targetOwnsKey(event.target, event.key)) return;
      const action = Object.hasOwn(current.current, event.key) ? current.current[event.key] : undefined;
      if (action && action() !== false) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
