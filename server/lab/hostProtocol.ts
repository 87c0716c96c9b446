/**
 * Messages between the server and a lab host over the host's IPC channel, and
 * between a lab host and the children and workers it starts. Both directions
 * are parsed with zod: the server trusts no process it launched to speak right.
 */
import { z } from 'zod';
import { eventBodySchema, labEventSchema } from '../../shared/protocol.js';

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

export const actorEventsMessageSchema = z.object({
  type: z.literal('lab.events'),
  events: z.array(timedEventBodySchema).max(10_000),
});
export type ActorEventsMessage = z.infer<typeof actorEventsMessageSchema>;

export { ACTOR_ENV } from './actorEnv.js';
