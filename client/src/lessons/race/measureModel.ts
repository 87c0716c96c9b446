/**
 * What the race stage shows in measure mode, from the events played so far:
 * the counter the racing process read back after each round (with the
 * variant and repeat, known from the phases), and each separate process's
 * own counter. Pure.
 *
 * (The scene ignores reads of cells nobody wrote, and nobody announces a
 * write of the counter, so this reads the events.)
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import { raceVariants, type RaceVariant } from '../../../../shared/results/race.js';

export type RoundReading = { variant: RaceVariant; repeat: number; value: number; t: number; seq: number };
export type ProcessCount = { value: number; t: number };

export type MeasureModel = {
  /** The variant being measured now (from the latest "threads-<variant>" phase). */
  variant: RaceVariant | undefined;
  rounds: readonly RoundReading[];
  processCounts: Readonly<Record<string, ProcessCount>>;
};

function variantOfPhase(name: string): RaceVariant | undefined {
  const variant = name.startsWith('threads-') ? name.slice('threads-'.length) : '';
  return (raceVariants as readonly string[]).includes(variant) ? (variant as RaceVariant) : undefined;
}

/** The model after events[0..index] (inclusive). */
export function measureModelAt(events: readonly LabEvent[], index: number): MeasureModel {
  let variant: RaceVariant | undefined;
  const rounds: RoundReading[] = [];
  const processCounts: Record<string, ProcessCount> = {};
  const end = Math.min(index, events.length - 1);
  for (let position = 0; position <= end; position += 1) {
    const event = events[position];
    if (event?.kind === 'phase') variant = variantOfPhase(event.name) ?? (event.name === 'processes' ? undefined : variant);
    if (event?.kind !== 'memory.read' || event.cell !== 'counter') continue;
    if (event.actor === 'racers' && variant) {
      const repeat = rounds.filter((round) => round.variant === variant).length + 1;
      rounds.push({ variant, repeat, value: event.value, t: event.t, seq: event.seq });
    } else if (/^proc-\d+$/.test(event.actor)) {
      processCounts[event.actor] = { value: event.value, t: event.t };
    }
  }
  return { variant, rounds, processCounts };
}

/** What every round should reach: threads × increments (a round cut for time reaches less; the result says so). */
export function expectedPerRound(params: Readonly<Record<string, unknown>> | undefined): number | undefined {
  const threads = params?.['threads'];
  const increments = params?.['increments'];
  return typeof threads === 'number' && typeof increments === 'number' ? threads * increments : undefined;
}
