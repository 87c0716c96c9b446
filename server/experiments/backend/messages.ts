/**
 * What the lab host says over IPC to the processes of the backend lesson
 * (servers, load generator, services) and what they answer. Every message
 * that crossed a process boundary is parsed here before it is believed.
 */
import { z } from 'zod';

export const serverReadySchema = z.object({ type: z.literal('server-ready'), port: z.number().int().positive() });
export const endCommand = { type: 'end' } as const;
export const isEnd = (message: unknown): boolean => (message as { type?: unknown } | null)?.type === 'end';

/** One request as the load generator saw it; times are ns on the run's clock. */
export const outcomeSchema = z.object({
  startT: z.number(),
  endT: z.number(),
  ok: z.boolean(),
  /** The actor named in the response's served-by header. */
  servedBy: z.string().optional(),
  /** Why it failed: an error code such as ECONNRESET, or an HTTP status. */
  error: z.string().optional(),
  /** The request that carried the fault. */
  poison: z.boolean().optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

const side = z.enum(['pool', 'cluster']);
export type Side = z.infer<typeof side>;

export const loadCommandSchema = z.discriminatedUnion('type', [
  /**
   * Closed loop: `concurrency` loops, each sending its next request when the last ended (and, with
   * `paceMs`, no sooner than paceMs after the last began), until `count` were sent. The first `story` emit events.
   */
  z.object({ type: z.literal('batch'), side, port: z.number(), target: z.string(), count: z.number(), concurrency: z.number(), story: z.number(), paceMs: z.number().optional() }),
  /**
   * Both sides at once for at least `windowMs`: each of `slots` loops sends a
   * request at most every `paceMs`. At `faultAtMs` one extra request carries
   * the fault. The window goes on until every side was answered by an actor
   * whose name starts with its `backPrefix` (it came back), or `maxWindowMs`.
   * Requests started in [faultAtMs − storyBeforeMs, faultAtMs + storyAfterMs] emit events.
   */
  z.object({
    type: z.literal('fault-window'),
    targets: z.array(z.object({ side, port: z.number(), target: z.string(), backPrefix: z.string() })),
    slots: z.number(),
    paceMs: z.number(),
    windowMs: z.number(),
    maxWindowMs: z.number(),
    faultAtMs: z.number(),
    storyBeforeMs: z.number(),
    storyAfterMs: z.number(),
  }),
  z.object({ type: z.literal('end') }),
]);
export type LoadCommand = z.infer<typeof loadCommandSchema>;

export const loadReportSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('load-ready') }),
  z.object({ type: z.literal('batch-done'), side, wallMs: z.number(), outcomes: z.array(outcomeSchema) }),
  z.object({ type: z.literal('fault-done'), windowMs: z.number(), outcomes: z.record(z.string(), z.array(outcomeSchema)) }),
]);
export type LoadReport = z.infer<typeof loadReportSchema>;

/** Microservices: service A calls service B `count` times over HTTP, and the same work as a function. */
export const hopsCommandSchema = z.object({ type: z.literal('hops'), backPort: z.number(), count: z.number(), story: z.number() });
export type HopsCommand = z.infer<typeof hopsCommandSchema>;
export const hopsReportSchema = z.object({ type: z.literal('hops-done'), hopUs: z.array(z.number()), inProcessUs: z.array(z.number()) });
