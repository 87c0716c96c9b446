/**
 * Keeps the playhead on the newest event while a run is live, for lessons
 * where a person acts and must see the effect at once (race step mode): the
 * usual slow-motion pacing would show a step up to half a second late.
 * Each new event is still animated over its own slot.
 */
import { useEffect, useRef } from 'react';
import { useLabStore } from '../store/labStore.js';

/**
 * @param eventCount how many events the run's log holds now.
 * @param enabled follow only while true (e.g. step mode and the run is live).
 */
export function useFollowLive(eventCount: number, enabled: boolean): void {
  const clock = useLabStore((state) => state.clock);
  const seen = useRef(eventCount);
  useEffect(() => {
    const grew = eventCount > seen.current;
    seen.current = eventCount;
    if (!enabled || !grew || eventCount === 0) return;
    // The store appends events to the clock before React renders, so the last index exists.
    clock.seek(eventCount - 1);
    if (!clock.getState().playing) clock.play();
  }, [clock, eventCount, enabled]);
}
