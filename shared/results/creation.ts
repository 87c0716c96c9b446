/**
 * What the creation lesson measures, per unit: time from the request to the
 * first message (ready), time from "end now" to the exit, and memory from
 * /proc (private and PSS, not only RSS: see the lesson text for why).
 */
import { z } from 'zod';

const side = z.object({
  /** Every sample, microseconds, one per unit per repeat. */
  readyUs: z.array(z.number()),
  exitUs: z.array(z.number()),
  readyMedianUs: z.number(),
  readyP99Us: z.number(),
  exitMedianUs: z.number(),
  /** Optional only so runs recorded before it was added still parse. */
  exitP99Us: z.number().optional(),
  /**
   * Memory per unit, kB, one sample per measured repeat. Processes: the median
   * over the repeat's children of each child's own smaps_rollup. Threads: the
   * growth of the process that holds them (all N alive and idle) ÷ N.
   */
  privateKb: z.array(z.number()),
  pssKb: z.array(z.number()),
  rssKb: z.array(z.number()),
});

/**
 * The same costs without a language runtime: a C program's fork() and
 * pthread_create(), measured in the same run (server/native/creation.c), or
 * why it could not be (no C compiler when the lab was installed).
 */
export const nativeCreationSchema = z.union([
  z.object({
    available: z.literal(true),
    /** µs from just before fork() to the child's first instruction; and to waitpid() returning. */
    forkReadyUs: z.array(z.number()),
    forkReadyMedianUs: z.number(),
    forkReadyP99Us: z.number(),
    forkTotalMedianUs: z.number(),
    /** µs from just before pthread_create() to the thread's first instruction; and to pthread_join() returning. */
    threadReadyUs: z.array(z.number()),
    threadReadyMedianUs: z.number(),
    threadReadyP99Us: z.number(),
    threadTotalMedianUs: z.number(),
  }),
  z.object({ available: z.literal(false), reason: z.string() }),
]);
export type NativeCreation = z.infer<typeof nativeCreationSchema>;

export const creationResultSchema = z.object({
  units: z.number(),
  /** Measured repeats asked for (the `repeats` parameter). */
  repeatsRequested: z.number(),
  /**
   * Measured repeats done: the samples arrays have units × measuredRepeats
   * entries (or units entries, the story's, if this is 0: see storyRepeatExcluded).
   * Optional only so older recorded runs still parse.
   */
  measuredRepeats: z.number().optional(),
  /** Rounds run, the story round included (measuredRepeats + 1). */
  repeatsDone: z.number(),
  /**
   * The story round (its units are instrumented actors, and it pays
   * first-time costs) runs before the measured repeats and is not in the
   * samples: true. False only if not one measured repeat fitted in the time
   * (a heavily loaded machine): then the samples are the story round's.
   */
  storyRepeatExcluded: z.boolean(),
  /** True if fewer repeats than asked were measured, to end within the run's time limit. */
  cutForTime: z.boolean(),
  threads: side,
  processes: side,
  verdict: z.object({
    threadReadyMedianUs: z.number(),
    processReadyMedianUs: z.number(),
    /** How many times longer a process took to be ready than a thread. */
    ratio: z.number(),
    threadPrivateKb: z.number(),
    processPrivateKb: z.number(),
    processRssKb: z.number(),
  }),
  /** Medians over the measured repeats, kB per unit. Optional only so older recorded runs still parse. */
  memory: z
    .object({
      processPrivateKb: z.number(),
      processPssKb: z.number(),
      /** Counts every shared library page in full in every process: why RSS misleads. */
      processRssKb: z.number(),
      workerPrivateKbPerUnit: z.number(),
      workerPssKbPerUnit: z.number(),
      workerRssKbPerUnit: z.number(),
    })
    .optional(),
  cores: z.number(),
  nodeNotes: z.array(z.string()),
  /** The native engine's figures beside Node's. Optional: older runs have none. */
  native: nativeCreationSchema.optional(),
});
export type CreationResult = z.infer<typeof creationResultSchema>;
