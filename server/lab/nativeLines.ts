/**
 * Parses what the native program writes on stdout: one JSON object a line,
 * either an event of the lab's protocol (with its own t) or a report of the
 * figures one actor read from real memory. Nothing is trusted: a line that is
 * not JSON, or not one of those shapes, is dropped and counted, never allowed
 * to crash the host or reach the event log.
 */
import { z } from 'zod';
import { MAX_ID_LENGTH, type TimedEventBody } from '../../shared/protocol.js';
import { timedEventBodySchema } from './hostProtocol.js';

const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const osId = z.number().int().positive().max(2 ** 31);

/** What one actor of the native program read back at the end: its x, where x lives, its page faults. */
export const nativeReportSchema = z.object({
  t: count,
  kind: z.literal('report'),
  actor: z.string().min(1).max(MAX_ID_LENGTH),
  pid: osId,
  tid: osId,
  /** The virtual address of x in this actor's address space, as the program printed it (%p-like hex). */
  address: z.string().regex(/^0x[0-9a-f]{1,16}$/),
  x: z.number().int(),
  /** Children only: minor page faults (/proc/self/stat field 10) around the first write to x, and at the end. */
  minfltBeforeWrite: z.number().int().optional(),
  minfltAfterWrite: z.number().int().optional(),
  minfltAtEnd: z.number().int().optional(),
});
export type NativeReport = z.infer<typeof nativeReportSchema>;

/** One measured round of the creation lesson: per unit, ns from the request to ready (first instruction) and to the end (reaped/joined). */
const nanoseconds = z.array(count).min(1).max(64);
export const creationRoundSchema = z.object({
  t: count,
  kind: z.literal('creation.round'),
  round: z.number().int().positive(),
  forkReadyNs: nanoseconds,
  forkTotalNs: nanoseconds,
  threadReadyNs: nanoseconds,
  threadTotalNs: nanoseconds,
});
export type CreationRound = z.infer<typeof creationRoundSchema>;

/** One channel of the communication lesson: round trips done, median and p99 latency (ns), computed by the program over every sample. */
export const communicationChannelSchema = z.object({
  t: count,
  kind: z.literal('communication.channel'),
  channel: z.enum(['pipe', 'shm-futex']),
  roundTrips: z.number().int().positive(),
  medianNs: count,
  p99Ns: count,
  cutForTime: z.boolean(),
});
export type CommunicationChannelLine = z.infer<typeof communicationChannelSchema>;

/**
 * Which process of the program wrote a line, and where its clock was: each
 * process is one ordered source for the host (see emit.c). `source.open` says
 * a forked child will write lines timed at or after `floor`; `source.close`
 * that a reaped child will write no more; `source.mark` only moves the clock.
 */
const sourceLineSchema = z.discriminatedUnion('kind', [
  z.object({ t: count, src: osId, kind: z.literal('source.open'), child: osId, floor: count }),
  z.object({ t: count, src: osId, kind: z.literal('source.close'), child: osId }),
  z.object({ t: count, src: osId, kind: z.literal('source.mark') }),
]);
export type SourceLine = z.infer<typeof sourceLineSchema>;
const srcSchema = z.object({ src: osId });

type Line =
  | { type: 'event'; event: TimedEventBody }
  | { type: 'report'; report: NativeReport }
  | { type: 'creation.round'; round: CreationRound }
  | { type: 'communication.channel'; channel: CommunicationChannelLine }
  | { type: 'source'; source: SourceLine };
/** A parsed line: what it says, the process that wrote it and its t; or why it was dropped. */
export type NativeLine = (Line & { src: number; t: number }) | { type: 'malformed'; problem: string };

/** Longest line accepted: the program writes each line with one write() of less than PIPE_BUF (4096). */
export const MAX_NATIVE_LINE = 4096;

export function parseNativeLine(line: string): NativeLine {
  if (line.length > MAX_NATIVE_LINE) return { type: 'malformed', problem: `line longer than ${MAX_NATIVE_LINE} characters` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { type: 'malformed', problem: `not JSON: ${line.slice(0, 60)}` };
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  const src = srcSchema.safeParse(value);
  if (!src.success) return { type: 'malformed', problem: `a line without the process that wrote it: ${line.slice(0, 60)}` };
  const from = { src: src.data.src };
  if (kind === 'source.open' || kind === 'source.close' || kind === 'source.mark') {
    const source = sourceLineSchema.safeParse(value);
    return source.success ? { type: 'source', source: source.data, ...from, t: source.data.t } : { type: 'malformed', problem: `a ${kind} line of the wrong shape` };
  }
  if (kind === 'report') {
    const report = nativeReportSchema.safeParse(value);
    return report.success ? { type: 'report', report: report.data, ...from, t: report.data.t } : { type: 'malformed', problem: 'a report line of the wrong shape' };
  }
  if (kind === 'creation.round') {
    const round = creationRoundSchema.safeParse(value);
    return round.success ? { type: 'creation.round', round: round.data, ...from, t: round.data.t } : { type: 'malformed', problem: 'a creation.round line of the wrong shape' };
  }
  if (kind === 'communication.channel') {
    const channel = communicationChannelSchema.safeParse(value);
    return channel.success
      ? { type: 'communication.channel', channel: channel.data, ...from, t: channel.data.t }
      : { type: 'malformed', problem: 'a communication.channel line of the wrong shape' };
  }
  // The run's end is the lab host's to declare, from what it saw; a child cannot claim it.
  if (kind === 'run.finished' || kind === 'run.failed') return { type: 'malformed', problem: `a "${kind}" event from the native program` };
  const event = timedEventBodySchema.safeParse(value);
  return event.success ? { type: 'event', event: event.data as TimedEventBody, ...from, t: event.data.t } : { type: 'malformed', problem: `an event of the wrong shape: ${line.slice(0, 60)}` };
}
