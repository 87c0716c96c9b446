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
  /**
   * Of cpuMsPerUnit, what each unit had spent before its share began: booting
   * its V8 isolate (thread) or a whole Node (process) and loading code.
   * Optional only so runs recorded before it was added still parse.
   */
  bootCpuMsPerUnit: z.array(z.number()).optional(),
  primeCount: z.number(),
});

export const parallelismResultSchema = z.object({
  cores: z.number(),
  /** The job's bound as run: the parameter, or less if the job was made smaller to end in time. */
  primesBelow: z.number(),
  /** The primesBelow parameter. Optional only so runs recorded before it was added still parse. */
  primesBelowRequested: z.number().optional(),
  /** True if primesBelow < primesBelowRequested: the estimated run (from a timed sample share) would not end in time. */
  scaledDownForTime: z.boolean().optional(),
  primeCount: z.number(),
  /** The whole job on one thread, with no worker or child at all. */
  baselineMs: z.number(),
  /** The baseline thread's CPU time (10 ms ticks), next to its wall time. Optional for older runs. */
  baselineCpuMs: z.number().optional(),
  threads: z.array(configuration),
  processes: z.array(configuration),
  /** True if the larger n were not run, to end within the run's time limit. */
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
