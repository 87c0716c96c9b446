/**
 * What the parallelism lesson measures: one CPU-bound job (count the primes
 * below a bound) done alone, then split over 1..N threads and 1..N
 * processes: wall time, speedup, and each unit's CPU time from /proc.
 */
import { z } from 'zod';

const configuration = z.object({
  /** Units the job was split over. */
  n: z.number(),
  wallMs: z.number(),
  /** baselineMs ÷ wallMs. */
  speedup: z.number(),
  /** CPU time (user + system) of each unit, ms, from /proc/<pid>/task/<tid>/stat just before it ended. */
  cpuMsPerUnit: z.array(z.number()),
  primeCount: z.number(),
});

export const parallelismResultSchema = z.object({
  cores: z.number(),
  primesBelow: z.number(),
  primeCount: z.number(),
  /** The whole job on one thread, with no worker or child at all. */
  baselineMs: z.number(),
  threads: z.array(configuration),
  processes: z.array(configuration),
  cutForTime: z.boolean(),
  verdict: z.object({
    cores: z.number(),
    bestThreadSpeedup: z.number(),
    bestThreadN: z.number(),
    bestProcessSpeedup: z.number(),
    bestProcessN: z.number(),
  }),
  nodeNotes: z.array(z.string()),
});
export type ParallelismResult = z.infer<typeof parallelismResultSchema>;
