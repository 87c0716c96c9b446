/**
 * What the race lesson measures. Measure mode: for each way of incrementing a
 * shared counter, every repeat's lost updates and time (races are not
 * deterministic, so every repeat is reported, zero or not). Step mode: the
 * shared x after a person scheduled two real threads by hand.
 */
import { z } from 'zod';

export const raceVariants = ['plain', 'atomic', 'lock'] as const;

/** In step mode each thread does at most this many increments by hand: enough to lose one, few enough to click through. */
export const STEP_INCREMENTS_MAX = 3;
export type RaceVariant = (typeof raceVariants)[number];

const round = z.object({
  repeat: z.number(),
  /** Increments the threads really did (less than threads × increments if the round was cut for time). */
  expected: z.number(),
  final: z.number(),
  lost: z.number(),
  wallMs: z.number(),
  cutForTime: z.boolean(),
});

/** Median and p99 of one variant's rounds. */
const variantSummary = z.object({
  lostMedian: z.number(),
  lostP99: z.number(),
  wallMsMedian: z.number(),
  wallMsP99: z.number(),
  /** Wall time per increment really done, so rounds cut for time still compare. */
  nsPerIncrementMedian: z.number(),
});

// Fields marked "optional" below were added after runs had been recorded
// (client fixtures, saved run files); the server always fills them.
export const raceMeasureResultSchema = z.object({
  mode: z.literal('measure'),
  threads: z.number(),
  increments: z.number(),
  /** Repeats asked for; a variant may have run fewer (see skippedForTime). */
  repeats: z.number().optional(),
  pid: z.number(),
  variants: z.array(
    z.object({
      variant: z.enum(raceVariants),
      rounds: z.array(round),
      /** Repeats this variant did not run because its share of the time was used up. */
      skippedForTime: z.number().optional(),
      summary: variantSummary.optional(),
    }),
  ),
  /** True if any round was stopped by its time cap or any repeat was skipped for time. */
  cutForTime: z.boolean().optional(),
  /** The same work in separate processes: each counter is private, so each ends at exactly `increments`. */
  processes: z.array(z.object({ actor: z.string(), pid: z.number(), final: z.number(), wallMs: z.number() })),
  verdict: z.object({
    plainLostMedian: z.number(),
    plainLostMax: z.number(),
    plainRoundsWithLoss: z.number(),
    plainRounds: z.number(),
    atomicLostMax: z.number(),
    lockLostMax: z.number(),
    atomicSlowdown: z.number(),
    lockSlowdown: z.number(),
  }),
  cores: z.number(),
  nodeNotes: z.array(z.string()),
});

export const raceStepResultSchema = z.object({
  mode: z.literal('step'),
  pid: z.number(),
  /** Increments each thread was to do (the "increments" param, capped at 3 in step mode). */
  incrementsPerThread: z.number().optional(),
  /** True if the person pressed "finish" (the remaining steps then ran one thread after the other). */
  finishedByRequest: z.boolean().optional(),
  x: z.number(),
  expected: z.number(),
  lost: z.number(),
  steps: z.number(),
  nodeNotes: z.array(z.string()),
});

export const raceResultSchema = z.discriminatedUnion('mode', [raceMeasureResultSchema, raceStepResultSchema]);
export type RaceMeasureResult = z.infer<typeof raceMeasureResultSchema>;
export type RaceStepResult = z.infer<typeof raceStepResultSchema>;
export type RaceResult = z.infer<typeof raceResultSchema>;
