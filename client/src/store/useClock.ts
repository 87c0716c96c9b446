/**
 * Subscribes a component to the presentation clock (not to the store), and
 * only to the piece it selects: a component that selects `index` re-renders
 * when the event changes, not on every animation frame.
 * `select` must return a primitive or a stable reference.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { ClockState } from '../clock/presentationClock.js';
import { useLabStore } from './labStore.js';

export function useClock<T>(select: (state: ClockState) => T): T {
  const clock = useLabStore((state) => state.clock);
  const getSnapshot = useCallback(() => select(clock.getState()), [clock, select]);
  return useSyncExternalStore(clock.subscribe, getSnapshot, getSnapshot);
}

/** Common selectors, defined once so their identity is stable. */
export const selectIndex = (state: ClockState): number => state.index;
export const selectFraction = (state: ClockState): number => state.fraction;
export const selectPlaying = (state: ClockState): boolean => state.playing;
export const selectSpeed = (state: ClockState): ClockState['speed'] => state.speed;
export const selectAtEnd = (state: ClockState): boolean => state.atEnd;
export const selectEventCount = (state: ClockState): number => state.eventCount;
export const selectLoads = (state: ClockState): number => state.loads;
