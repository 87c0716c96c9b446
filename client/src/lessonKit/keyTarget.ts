/**
 * The app's one answer, for every keyboard shortcut (playback keys, a
 * lesson's own keys, the presenter's keys, a follower's detaching), to "does
 * the focused element use this key itself?". A text field uses every key; a
 * slider its arrows; a button, a checkbox or a link Space and Enter. There
 * were four such checks, each a little different, so a key could step the
 * playback while the check that detaches a follower thought it was typed.
 */

/** What is read of the focused element: enough to run in tests without a DOM. */
type KeyTargetLike = { tagName: string; isContentEditable?: boolean; type?: string; hasAttribute?(name: string): boolean };

function isElementLike(target: unknown): target is KeyTargetLike {
  return typeof target === 'object' && target !== null && typeof (target as { tagName?: unknown }).tagName === 'string';
}

const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const PRESS_KEYS = new Set([' ', 'Enter']);
const PRESSED_INPUTS = new Set(['button', 'submit', 'reset', 'image', 'file', 'color', 'checkbox']);

export function targetOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!isElementLike(target)) return false;
  const tag = target.tagName.toUpperCase();
  if (target.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target.type ?? 'text').toLowerCase();
    if (type === 'range') return SLIDER_KEYS.has(key);
    // A radio group moves its choice with the arrows.
    if (type === 'radio') return PRESS_KEYS.has(key) || key.startsWith('Arrow');
    if (PRESSED_INPUTS.has(type)) return PRESS_KEYS.has(key);
    return true;
  }
  if (tag === 'BUTTON' || tag === 'SUMMARY' || (tag === 'A' && target.hasAttribute?.('href'))) return PRESS_KEYS.has(key);
  return false;
}
