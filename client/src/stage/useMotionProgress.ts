/**
 * The current event's animation progress (0..1), following the clock's
 * frames. Only a component that draws moving shapes should call it: it
 * re-renders on every frame while playing. With reduced motion it is always
 * 1 and the caller re-renders once per event, never per frame.
 */
import { useClock } from '../store/useClock.js';
import { selectMotionProgress, selectSteppedProgress } from './motion.js';
import { useReducedMotion } from './useReducedMotion.js';

export function useMotionProgress(): number {
  const reducedMotion = useReducedMotion();
  return useClock(reducedMotion ? selectSteppedProgress : selectMotionProgress);
}
