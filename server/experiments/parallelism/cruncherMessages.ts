/**
 * What the lab host and the threaded process (cruncherProcess.ts) say to
 * each other over IPC, and what each unit reports when its share is done.
 * Everything that crossed a process or thread boundary is validated.
 */
import { z } from 'zod';

export type CruncherCommand =
  | { type: 'calibrate'; limit: number; shares: number }
  | { type: 'baseline'; limit: number }
  | { type: 'threads'; limit: number; n: number }
  | { type: 'end' };

/** One configuration's run: its wall time, the primes it counted, each unit's CPU time. */
export const jobRunSchema = z.object({
  wallMs: z.number(),
  primeCount: z.number(),
  cpuMsPerUnit: z.array(z.number()),
  /** Of cpuMsPerUnit, what each unit spent before its share began (booting, loading code). */
  bootCpuMsPerUnit: z.array(z.number()),
});
export type JobRun = z.infer<typeof jobRunSchema>;

export const cruncherReportSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cruncher-ready') }),
  z.object({ type: z.literal('calibrated'), sampleMs: z.number() }),
  jobRunSchema.extend({ type: z.literal('job-done') }),
  z.object({ type: z.literal('job-failed'), error: z.string() }),
]);
export type CruncherReport = z.infer<typeof cruncherReportSchema>;

/** A thread's or child's answer: its share's prime count and its own CPU time, read from /proc just before it ends. */
export const shareDoneSchema = z.object({ type: z.literal('done'), count: z.number(), cpuMs: z.number(), bootCpuMs: z.number() });
export type ShareDone = z.infer<typeof shareDoneSchema>;
