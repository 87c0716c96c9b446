/**
 * The lab's wire protocol: events produced by real runs, and the messages
 * exchanged between browser and server over the WebSocket.
 *
 * Every boundary (lab host → server, browser → server, server → browser,
 * a run file opened from disk) parses with these schemas, so a type in this
 * file is a promise that was checked, not a hope.
 */
import { z } from 'zod';

// ---------------------------------------------------------------- limits

/** Longest identifier (actor, cell, channel, run id) accepted anywhere. */
export const MAX_ID_LENGTH = 64;
/** Longest free-text field (labels, reasons, errors). */
export const MAX_TEXT_LENGTH = 500;

const id = z.string().min(1).max(MAX_ID_LENGTH);
const text = z.string().max(MAX_TEXT_LENGTH);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const osId = z.number().int().positive().max(2 ** 31);

// ---------------------------------------------------------------- events

export const actorTypeSchema = z.enum(['process', 'thread']);
export type ActorType = z.infer<typeof actorTypeSchema>;

/** What an actor did to a named cell of an address space. */
function memoryAccess<K extends 'memory.write' | 'memory.read'>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    actor: id,
    /** The address space: the pid of the process that owns the memory. */
    space: osId,
    cell: id,
    value: z.number(),
  });
}

/** One end of a message's trip; `msg` pairs a send with its receive. */
function messageHop<K extends 'message.sent' | 'message.received'>(kind: K) {
  return z.object({
    kind: z.literal(kind),
    actor: id,
    peer: id,
    /** What carried it: ipc, pipe, unix-socket, tcp, postMessage, shared-memory... */
    channel: id,
    bytes: count,
    msg: id,
  });
}

/**
 * The part of an event the producer fills in; the lab host adds `run` and
 * `seq` when it puts the event in order.
 */
const eventBodies = [
  z.object({
    kind: z.literal('actor.started'),
    actor: id,
    type: actorTypeSchema,
    /** Real OS process id. A thread's pid is its process's pid. */
    pid: osId,
    /** Real OS thread id (from /proc/thread-self); a process's main thread has tid === pid. */
    tid: osId,
    /** The process actor that contains this thread, or that started this process. */
    parent: id.optional(),
    label: text,
  }),
  z.object({
    kind: z.literal('actor.exited'),
    actor: id,
    /** Exit code, or null when a signal ended it. */
    code: z.number().int().nullable(),
    /** Signal name such as "SIGSEGV", or null when it exited with a code. */
    signal: z.string().max(16).nullable(),
    /** Why it ended, in words: "finished", "process died", "terminated"... */
    reason: text,
  }),
  memoryAccess('memory.write'),
  memoryAccess('memory.read'),
  messageHop('message.sent'),
  messageHop('message.received'),
  /**
   * The sender learned that a message it sent will never be answered, e.g. a
   * request whose server died (connection reset or refused). `msg` is the
   * send's; it may already have been received (the receiver died mid-work).
   */
  z.object({
    kind: z.literal('message.lost'),
    actor: id,
    msg: id,
    /** What the sender saw, in words or as an error code: "ECONNRESET", "ECONNREFUSED"... */
    reason: text,
  }),
  z.object({
    kind: z.literal('phase'),
    /** A lesson-defined phase name, e.g. "processes", "threads", "measure". */
    name: id,
  }),
  z.object({
    kind: z.literal('actor.heartbeat'),
    actor: id,
    n: count,
  }),
  z.object({
    kind: z.literal('fault.injected'),
    actor: id,
    fault: id,
  }),
  /**
   * The log waited for one of the run's sources (a child's channel, a
   * worker's port, a process of the native program) that had been silent for
   * `silentMs`: nothing after `heardUntil` could be put in order before it
   * spoke again. Said when the wait began; the log stays in t order.
   */
  z.object({
    kind: z.literal('order.waited'),
    source: id,
    heardUntil: count,
    silentMs: count,
  }),
  z.object({
    kind: z.literal('run.finished'),
    /** The lesson's measured figures; its shape is the experiment's result schema. */
    result: z.record(z.string(), z.unknown()),
  }),
  z.object({
    kind: z.literal('run.failed'),
    error: text,
  }),
] as const;

export const eventBodySchema = z.discriminatedUnion('kind', eventBodies);
/** An event as a producer (child, worker, host) describes it, with `t` already taken. */
export type EventBody = z.infer<typeof eventBodySchema>;

const envelope = {
  run: id,
  /** Counts from 0 with no gaps per run. */
  seq: count,
  /** Nanoseconds since the run started, on the monotonic clock where the thing happened. */
  t: count,
};

/** A whole event: envelope (run, seq, t) plus one body. */
export const labEventSchema = z.intersection(z.object(envelope), eventBodySchema);
export type LabEvent = EventBody & { run: string; seq: number; t: number };
export type EventKind = LabEvent['kind'];
export type EventOf<K extends EventKind> = Extract<LabEvent, { kind: K }>;

/** A timed event body: what children and workers send to the lab host. */
export type TimedEventBody = EventBody & { t: number };

export function isTerminalEvent(event: LabEvent): event is EventOf<'run.finished'> | EventOf<'run.failed'> {
  return event.kind === 'run.finished' || event.kind === 'run.failed';
}

// ---------------------------------------------------------------- runs

export const runStatusSchema = z.enum(['queued', 'running', 'finished', 'failed', 'stopped']);
export type RunStatus = z.infer<typeof runStatusSchema>;

// ---------------------------------------------------------------- hands-on class

/** A name a student chose to be shown by (hands-on mode): letters, digits, spaces and . _ ' - only. */
export const displayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[\p{L}\p{N} ._'-]+$/u, 'letters, digits, spaces and . _ \' - only');

/**
 * Where a run ran and beside what: a timing is only as true as the machine
 * was quiet. `cores` are the CPUs its whole process group was pinned to.
 */
export const runPlacementSchema = z.object({
  cores: z.array(count).max(1024),
  /** Most other runs in flight at once while this one ran (0: measured alone). */
  alongside: count,
  /** The machine's 1-minute load average when the run started, and when it ended. */
  loadAtStart: z.number().nonnegative(),
  loadAtEnd: z.number().nonnegative().optional(),
  /** False when the lab could not pin it (no taskset on this machine): `cores` were reserved, not enforced. */
  pinned: z.boolean().optional(),
});
export type RunPlacement = z.infer<typeof runPlacementSchema>;

/** Who asked for a run: the presenter, or a student of a hands-on class (by the name they chose, if any). */
export const runOwnerSchema = z.object({ presenter: z.boolean(), name: displayNameSchema.optional() });

/** A queued run's place, for the person who asked for it. */
export const queuePlaceSchema = z.object({
  /** 1 = next to start. */
  position: z.number().int().positive(),
  /** From the runs ahead and their lessons' typical length; an estimate, said as one. */
  estimatedWaitMs: count,
});

export const runInfoSchema = z.object({
  id,
  experiment: id,
  params: z.record(z.string(), z.unknown()),
  status: runStatusSchema,
  result: z.record(z.string(), z.unknown()).optional(),
  error: text.optional(),
  /** Wall-clock ms since epoch, for people; never used for event timing. */
  createdAt: z.number(),
  eventCount: count,
  owner: runOwnerSchema.optional(),
  placement: runPlacementSchema.optional(),
  /** While queued: its place. */
  queue: queuePlaceSchema.optional(),
});
export type RunInfo = z.infer<typeof runInfoSchema>;

export function isEndedStatus(status: RunStatus): boolean {
  return status === 'finished' || status === 'failed' || status === 'stopped';
}

// ---------------------------------------------------------------- classroom

/**
 * What a room shares: which lesson and run are on screen and where the
 * presenter's playhead is. Never pixels: each student's browser replays the
 * same event log to the same point.
 */
export const roomPlayheadSchema = z.object({
  lesson: z.string().max(MAX_ID_LENGTH).nullable(),
  run: z.string().max(MAX_ID_LENGTH).nullable(),
  /** Index of the current event in the run's log. */
  index: count,
  playing: z.boolean(),
  /** Slow-motion multiplier of the presentation clock. */
  speed: z.number().positive().max(64),
});
export type RoomPlayhead = z.infer<typeof roomPlayheadSchema>;

/** What one student may do now in a hands-on class. */
export const handsOnStateSchema = z.object({
  /** Hands-on mode is on for this lab (--hands-on). */
  enabled: z.boolean(),
  /** The presenter has opened hands-on time. */
  open: z.boolean(),
  /** This connection may start a run now (open, a session, within its quota). */
  mayRun: z.boolean(),
  /** Why not, in words, when it may not. */
  reason: text.optional(),
  /** When it may not for now (its rate over time): how long until it may. */
  retryAfterMs: count.optional(),
  /** True for the presenter's own connection (no quota; may open and close hands-on time). */
  presenter: z.boolean().optional(),
  name: displayNameSchema.optional(),
  /** This student's runs in flight and queued, and the limits. */
  quota: z.object({ running: count, queued: count, maxRunning: count, maxQueued: count }).optional(),
});
export type HandsOnState = z.infer<typeof handsOnStateSchema>;

/**
 * The class's runs of one lesson, aggregated from their recorded results
 * (never typed in): the wall the presenter shows during hands-on time.
 */
export const lessonAggregateSchema = z.object({
  runs: count,
  students: count,
  /** Race lesson: lost updates of the plain increments, one number per run. */
  raceLostUpdates: z.array(count).max(2000).optional(),
  /** Creation lesson: median process ready ÷ median thread ready, one per run. */
  creationRatios: z.array(z.number().nonnegative()).max(2000).optional(),
  /** Parallelism lesson: best speedup of threads, one per run. */
  parallelismSpeedups: z.array(z.number().nonnegative()).max(2000).optional(),
  /** Predictions made before a run and compared with what that run measured. */
  predictions: z.object({ matched: count, total: count }).optional(),
});
export const classSummarySchema = z.object({
  runs: count,
  students: count,
  lessons: z.record(z.string().max(MAX_ID_LENGTH), lessonAggregateSchema),
});
export type ClassSummary = z.infer<typeof classSummarySchema>;

// ---------------------------------------------------------------- browser → server

/** Optional id a client attaches to a request so it can match the reply. */
const requestId = z.string().max(MAX_ID_LENGTH).optional();

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('run.start'),
    requestId,
    experiment: z.string().max(MAX_ID_LENGTH),
    params: z.record(z.string(), z.unknown()).optional(),
  }),
  z.object({ type: z.literal('run.stop'), requestId, run: id }),
  /** An interactive step from the person running the lesson (e.g. "let thread 1 move"). */
  z.object({ type: z.literal('run.input'), requestId, run: id, input: id }),
  z.object({ type: z.literal('subscribe'), requestId, run: id }),
  z.object({ type: z.literal('unsubscribe'), requestId, run: id }),
  /** The presenter tells the room what to show; only a connection that may control can send it. */
  z.object({ type: z.literal('room.update'), requestId, state: roomPlayheadSchema }),
  /** A student starts or stops following the presenter (detach to explore alone). */
  z.object({ type: z.literal('room.follow'), requestId, following: z.boolean() }),
  /** The presenter opens or closes hands-on time (only a connection that may control). */
  z.object({ type: z.literal('handsOn.set'), requestId, open: z.boolean() }),
  /** A student chooses the name shown with their runs. */
  z.object({ type: z.literal('student.name'), requestId, name: displayNameSchema }),
  /**
   * The option a student predicted for one of their own runs. The server
   * compares it with what that run's recorded result measured (shared/predictions.ts):
   * the class wall counts matches it computed, never a "matched" a client typed in.
   */
  z.object({ type: z.literal('prediction.made'), requestId, run: id, choice: id }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

// ---------------------------------------------------------------- server → browser

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('welcome'),
    serverPid: osId,
    cores: count,
    /** True when this connection may start and stop runs. */
    canControl: z.boolean(),
  }),
  z.object({ type: z.literal('run.accepted'), requestId, run: runInfoSchema }),
  z.object({ type: z.literal('run.status'), run: runInfoSchema }),
  /** A batch of a run's events, in seq order, continuing from the last batch. */
  z.object({
    type: z.literal('events'),
    run: id,
    events: z.array(labEventSchema),
    /** Server's CLOCK_MONOTONIC (ns, decimal) when it sent the batch: lets tools on the same machine measure delivery latency. */
    serverSentNs: z.string().regex(/^\d+$/).optional(),
  }),
  z.object({
    type: z.literal('error'),
    requestId,
    error: text,
    /** For a refusal that will pass later (a quota): when to try again. */
    retryAfterMs: count.optional(),
  }),
  /** What this connection may do in a hands-on class; sent on connect and whenever it changes. */
  z.object({ type: z.literal('handsOn.state'), state: handsOnStateSchema }),
  /** The class's runs, aggregated (to the presenter live, to a student after their own run). */
  z.object({ type: z.literal('class.summary'), summary: classSummarySchema }),
  /** The room's state, sent on connect and whenever the presenter changes it. */
  z.object({
    type: z.literal('room.state'),
    state: roomPlayheadSchema,
    /** Connections following the presenter now. */
    followers: count,
    classroom: z.boolean(),
  }),
  /**
   * How many follow the presenter now, to connections that show it (the
   * presenter's screen): coalesced, at most a few a second, and only when it changed.
   */
  z.object({ type: z.literal('room.followers'), followers: count }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Turns a zod error into one sentence a person can act on. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      return `${where}${issue.message}`;
    })
    .join('; ');
}
