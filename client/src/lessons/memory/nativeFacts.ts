/**
 * What the native engine's actors read about their own process, up to the
 * playhead: the address of x (&x) and the minor page-fault count, per address
 * space (pid). These are reads of facts, never written cells, so the scene
 * reducer (which tracks written cells) does not keep them; the stage takes
 * them from the events here. Pure.
 */
import type { LabEvent } from '../../../../shared/protocol.js';

export const ADDRESS_CELL = '&x';
export const FAULTS_CELL = 'minor faults';

export type NativeFacts = {
  /** pid → the address of x read in that process. */
  address: ReadonlyMap<number, number>;
  /** pid → the latest minor page-fault count read in that process. */
  faults: ReadonlyMap<number, number>;
};

export function nativeFactsAt(events: readonly LabEvent[], index: number): NativeFacts {
  const address = new Map<number, number>();
  const faults = new Map<number, number>();
  const end = Math.min(index + 1, events.length);
  for (let position = 0; position < end; position += 1) {
    const event = events[position];
    if (event?.kind !== 'memory.read') continue;
    if (event.cell === ADDRESS_CELL) address.set(event.space, event.value);
    else if (event.cell === FAULTS_CELL) faults.set(event.space, event.value);
  }
  return { address, faults };
}

/** A virtual address as the C program printed it: hex. */
export function hexAddress(value: number): string {
  return `0x${value.toString(16)}`;
}
