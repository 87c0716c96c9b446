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
  /** Private memory per unit, kB, one sample per repeat (median over the repeat's units for processes). */
  privateKb: z.array(z.number()),
  pssKb: z.array(z.number()),
  rssKb: z.array(z.number()),
});

export const creationResultSchema = z.object({
  units: z.number(),
  repeatsRequested: z.number(),
  repeatsDone: z.number(),
  /** With more than one repeat, the first (the story, whose units are instrumented actors) is not in the samples. */
  storyRepeatExcluded: z.boolean(),
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
  cores: z.number(),
  nodeNotes: z.array(z.string()),
});
export type CreationResult = z.infer<typeof creationResultSchema>;
