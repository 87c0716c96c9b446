/**
 * Int32 slots of the race lesson's SharedArrayBuffer. One buffer holds the
 * counter the threads fight over and the signals that start and stop rounds.
 */
export const SLOT = {
  /** The shared counter. */
  counter: 0,
  /** The lock word of the "lock" variant: 0 free, 1 held, 2 held with waiters. */
  lock: 1,
  /** Round number; workers wait for it to change, then run the round. */
  round: 2,
  /** Variant of the round: index into raceVariants. */
  variant: 3,
  /** Workers that finished the round. */
  done: 4,
  /** Set to 1 when a round takes too long: workers stop where they are. */
  abort: 5,
  /** Set to 1 to make every worker exit. */
  quit: 6,
  /** Workers that have started and wait for the first round (so round 1 does not time their boot). */
  ready: 7,
  /** Increments each worker really did in the round: slot perWorker + worker index. */
  perWorker: 8,
} as const;

export const slotCount = (workers: number): number => SLOT.perWorker + workers;

/** Step mode: turnstile slot of worker i, which the host sets to let it take one step. */
export const STEP_SLOT = { x: 0, quit: 1, turn: 2 } as const;
