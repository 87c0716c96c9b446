/**
 * What the crash lesson measures: who died, how (real exit code and signal),
 * and how many heartbeats each survivor sent after the failure.
 */
import { z } from 'zod';

const unitExit = z.object({ code: z.number().nullable(), signal: z.string().nullable(), reason: z.string() });

export const crashResultSchema = z.object({
  processSide: z.object({
    fault: z.string(),
    crashed: z.object({ actor: z.string(), pid: z.number() }).merge(unitExit),
    siblings: z.array(z.object({ actor: z.string(), pid: z.number(), heartbeatsAfterCrash: z.number() }).merge(unitExit)),
    /** With threadFault "corruption": corrupt records the victim saw in its own memory, and its siblings saw in theirs. */
    corruption: z.object({ victimSaw: z.number(), siblingsSaw: z.number() }).optional(),
  }),
  threadSide: z.object({
    fault: z.string(),
    pid: z.number(),
    process: unitExit,
    processSurvived: z.boolean(),
    victim: z.string(),
    threads: z.array(z.object({ actor: z.string(), tid: z.number(), heartbeatsAfterFault: z.number() }).merge(unitExit)),
    /** With "corruption": the most corrupt records any sibling thread detected in the shared block. */
    corruptRecordsSeenBySiblings: z.number(),
  }),
  verdict: z.object({
    processSiblings: z.number(),
    processSiblingsAlive: z.number(),
    threadSiblings: z.number(),
    threadSiblingsAlive: z.number(),
  }),
  nodeNotes: z.array(z.string()),
});
export type CrashResult = z.infer<typeof crashResultSchema>;
