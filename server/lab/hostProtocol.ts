/**
 * Messages between the server and a lab host over the host's IPC channel, and
 * between a lab host and the children and workers it starts. Both directions
 * are parsed with zod: the server trusts no process it launched to speak right.
 */
import { z } from 'zod';
import { eventBodySchema, labEventSchema, type TimedEventBody } from '../../shared/protocol.js';

export const serverToHostSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    runId: z.string().min(1).max(64),
    experiment: z.string().min(1).max(64),
    params: z.record(z.string(), z.unknown()),
  }),
  /** Relayed from a person driving an interactive lesson. */
  z.object({ type: z.literal('input'), input: z.string().min(1).max(64) }),
]);
export type ServerToHost = z.infer<typeof serverToHostSchema>;

export const hostToServerSchema = z.discriminatedUnion('type', [
  /** The host booted and waits for a run. */
  z.object({ type: z.literal('ready'), pid: z.number().int().positive() }),
  /** The run's clock started: t = 0 is this CLOCK_MONOTONIC reading (ns, decimal string). */
  z.object({ type: z.literal('started'), startNs: z.string().regex(/^\d+$/) }),
  z.object({ type: z.literal('events'), events: z.array(labEventSchema).max(10_000) }),
]);
export type HostToServer = z.infer<typeof hostToServerSchema>;

/** Events a child or worker sends to whoever started it; `t` is taken where it happened. */
export const timedEventBodySchema = z.intersection(
  z.object({ t: z.number().int().nonnegative() }),
  eventBodySchema,
);

/**
 * What an actor runtime sends to whoever started it, in one message:
 * - `events`: its own events, in the order they were timed;
 * - `mark`: nothing of its own below this t will follow (the time it sent);
 * - `sources`: in the order they happened, sources it started (`floor`: all
 *   their events are timed after it), what they sent it (`message`, nested the
 *   same way), and their end (`closed`);
 * - `end`: it will send nothing more (its exit is its supervisor's to say).
 * See server/lab/orderedMerge.ts for why these make the order a guarantee.
 */
export type ActorEventsMessage = {
  type: 'lab.events';
  events: TimedEventBody[];
  mark?: number | undefined;
  sources?: SourceEntry[] | undefined;
  end?: true | undefined;
};
export type SourceEntry = { id: string; floor?: number | undefined; message?: ActorEventsMessage | undefined; closed?: true | undefined };

const sourceIdSchema = z.string().min(1).max(64).regex(/^[^/]+$/);
const tSchema = z.number().int().nonnegative();

export const actorEventsMessageSchema: z.ZodType<ActorEventsMessage> = z.lazy(() =>
  z.object({
    type: z.literal('lab.events'),
    events: z.array(timedEventBodySchema).max(10_000) as unknown as z.ZodType<TimedEventBody[]>,
    mark: tSchema.optional(),
    sources: z
      .array(
        z.object({
          id: sourceIdSchema,
          floor: tSchema.optional(),
          message: actorEventsMessageSchema.optional(),
          closed: z.literal(true).optional(),
        }),
      )
      .max(10_000)
      .optional(),
    end: z.literal(true).optional(),
  }),
);

export { ACTOR_ENV } from './actorEnv.js';
