/**
 * The measure result as chart rows: one row per repeat, one value per variant
 * (lost updates, and nanoseconds per increment). A variant with fewer rounds
 * (the time budget ran out) leaves its value out for the missing repeats
 * rather than drawing a false zero.
 */
import { raceVariants, type RaceMeasureResult, type RaceVariant } from '../../../../shared/results/race.js';

export type RepeatRow = { repeat: number } & Partial<Record<RaceVariant, number>>;

function rows(result: RaceMeasureResult, value: (round: RaceMeasureResult['variants'][number]['rounds'][number]) => number): RepeatRow[] {
  const repeats = Math.max(0, ...result.variants.map((entry) => entry.rounds.length));
  return Array.from({ length: repeats }, (_, index) => {
    const row: RepeatRow = { repeat: index + 1 };
    for (const variant of raceVariants) {
      const round = result.variants.find((entry) => entry.variant === variant)?.rounds.find((item) => item.repeat === index + 1);
      if (round) row[variant] = value(round);
    }
    return row;
  });
}

/** Lost updates per repeat and variant. */
export function lostRows(result: RaceMeasureResult): RepeatRow[] {
  return rows(result, (round) => round.lost);
}

/** Nanoseconds per increment really done, per repeat and variant. */
export function timeRows(result: RaceMeasureResult): RepeatRow[] {
  return rows(result, (round) => (round.wallMs * 1e6) / Math.max(1, round.expected));
}

/**
 * Whether the time budget shortened this run: a round stopped by its time cap
 * (its expected value is then smaller) or repeats a variant never ran.
 */
export function anyCutForTime(result: RaceMeasureResult): boolean {
  if (result.cutForTime) return true;
  return result.variants.some((entry) => (entry.skippedForTime ?? 0) > 0 || entry.rounds.some((round) => round.cutForTime));
}
