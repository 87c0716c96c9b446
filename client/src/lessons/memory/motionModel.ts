/**
 * Where the memory stage draws a message's envelope along its route
 * (0 = at the sender, 1 = at the receiver): it glides to the middle when
 * sent, waits there while in flight, and finishes the trip when received.
 * Only the current event's envelope moves; the waiting ones are still. Pure.
 */
import type { LabEvent } from '../../../../shared/protocol.js';

/** A waiting envelope rests halfway. */
export const IN_FLIGHT_PROGRESS = 0.5;

/** The envelope of a message sent by the current event, `progress` (0..1) into its animation. */
export function sentProgress(progress: number): number {
  return IN_FLIGHT_PROGRESS * progress;
}

/** The envelope of a message received by the current event. */
export function arrivingProgress(progress: number): number {
  return IN_FLIGHT_PROGRESS + (1 - IN_FLIGHT_PROGRESS) * progress;
}

/** The message the current event sends, which glides instead of resting; undefined for any other event. */
export function justSentMessage(event: LabEvent | undefined): string | undefined {
  return event?.kind === 'message.sent' ? event.msg : undefined;
}
