/**
 * What the race lesson measures. Measure mode: for each way of incrementing a
 * shared counter, every repeat's lost updates and time (races are not
 * deterministic, so every repeat is reported, zero or not). Step mode: the
 * shared x after a person scheduled two real threads by hand.
 */
import { z } from 'zod';

export const raceVariants = ['plain', 'atomic', 'lock'] as const;
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

export const raceMeasureResultSchema = z.object({
  mode: z.literal('measure'),
  threads: z.number(),
  increments: z.number(),
  pid: z.number(),
  variants: z.array(z.object({ variant: z.enum(raceVariants), rounds: z.array(round) })),
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
