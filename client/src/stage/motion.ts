/**
 * Which shapes move on this animation frame, and how far. The presentation
 * clock ticks up to 60 times a second while playing; only what the current
 * event moves may follow it. Everything else (above all the envelopes that
 * wait in flight, which can be hundreds) is drawn once per event. Pure.
 */
import type { ClockState } from '../clock/presentationClock.js';
import type { MessageInFlight } from '../scene/types.js';

/**
 * How far the current event's animation has gone, 0..1: the clock's fraction
 * while playing; 1 (every shape where it ends) when paused, and always with
 * reduced motion, so the stage steps from event to event instead of gliding.
 */
export function motionProgress(fraction: number, playing: boolean, reducedMotion: boolean): number {
  return reducedMotion || !playing ? 1 : fraction;
}

/** Clock selectors (stable identities, for useClock): the motion's progress, with and without reduced motion. */
export const selectMotionProgress = (state: ClockState): number => motionProgress(state.fraction, state.playing, false);
/** Reduced motion: a constant, so a component using it never re-renders for a frame, only for an event. */
export const selectSteppedProgress = (): number => 1;

/** The message with id `msg` if it is in flight (an own key: ids are the producer's strings). */
export function messageInFlight(messages: Readonly<Record<string, MessageInFlight>>, msg: string | undefined): MessageInFlight | undefined {
  return msg !== undefined && Object.hasOwn(messages, msg) ? messages[msg] : undefined;
}

/** The messages in flight that stay still this frame: all but `moving` (the one the current event moves), in the scene's order. */
export function restingMessages(messages: Readonly<Record<string, MessageInFlight>>, moving: string | undefined): MessageInFlight[] {
  const all = Object.values(messages);
  return moving === undefined ? all : all.filter((message) => message.msg !== moving);
}
