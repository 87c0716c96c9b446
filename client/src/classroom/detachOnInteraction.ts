/**
 * A follower who reaches for the playback (a click on the playback bar or
 * the event log, the scrub bar, the playback keys, Run) means to explore: detach from the
 * room first, so the presenter's next update does not snap them back.
 * Listens in the capture phase, before the control itself acts.
 */
import { targetOwnsKey } from '../lessonKit/keyTarget.js';
import { isFollowing } from '../store/classroomSlice.js';
import { useLabStore } from '../store/labStore.js';

const PLAYBACK_AREAS = '.playback, .event-log button, [data-testid="run-button"]';
const PLAYBACK_KEYS = new Set([' ', 'ArrowLeft', 'ArrowRight']);


export function detachOnInteraction(): () => void {
  const detach = () => {
    const state = useLabStore.getState();
    if (isFollowing(state) && state.room?.state.run) state.exploreAlone();
  };
  // A click (mouse, or Enter/Space on a focused button) or moving the scrub bar.
  const onUse = (event: Event) => {
    if (event.target instanceof Element && event.target.closest(PLAYBACK_AREAS)) detach();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !PLAYBACK_KEYS.has(event.key)) return;
    // The same test as the playback keys' (keyTarget.ts): a key the focused element uses (typed, or pressing a button, caught by the click) is not one.
    if (!targetOwnsKey(event.target, event.key) && document.querySelector('.playback')) detach();
  };
  document.addEventListener('click', onUse, true);
  document.addEventListener('input', onUse, true);
  document.addEventListener('keydown', onKey, true);
  return () => {
    document.removeEventListener('click', onUse, true);
    document.removeEventListener('input', onUse, true);
    document.removeEventListener('keydown', onKey, true);
  };
}
