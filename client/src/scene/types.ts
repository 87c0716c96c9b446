/**
 * The scene: what the stage draws, derived only from events.
 * Plain immutable data (no classes) so a snapshot can be kept, compared and
 * reused while scrubbing without copying.
 */
import type { ActorType, LabEvent } from '../../../shared/protocol.js';

export type ActorExit = {
  code: number | null;
  signal: string | null;
  reason: string;
  /** Real time of the exit, ns since the run started. */
  t: number;
};

export type ActorState = {
  id: string;
  type: ActorType;
  pid: number;
  tid: number;
  /** The process that contains this thread, or that started this process. */
  parent: string | undefined;
  /** The server's label, in English; lessons localize it by actor id. */
  label: string;
  startedAt: number;
  /** Undefined while alive. */
  exit: ActorExit | undefined;
  heartbeats: number;
  /** Faults injected into this actor, in order. */
  faults: readonly string[];
};

export type CellState = {
  name: string;
  value: number;
  /** The actor that wrote last, and when (ns). */
  lastWriter: string;
  lastWriteAt: number;
  writeCount: number;
  /** Every distinct actor that ever wrote here, in first-write order. */
  writers: readonly string[];
  /** The actor that read last, and when (ns); undefined if never read. */
  lastReader: string | undefined;
  lastReadAt: number | undefined;
};

/** The memory of one process, named by its pid. */
export type AddressSpace = {
  pid: number;
  /** The process actor whose memory this is; undefined if a write arrived before its start. */
  owner: string | undefined;
  cells: Readonly<Record<string, CellState>>;
};

export type MessageInFlight = {
  msg: string;
  from: string;
  to: string;
  channel: string;
  bytes: number;
  sentAt: number;
};

export type TerminalState =
  | { state: 'running' }
  | { state: 'finished'; result: Readonly<Record<string, unknown>>; t: number }
  | { state: 'failed'; error: string; t: number };

export type Scene = {
  /** Actors by id, and their ids in start order (for stable drawing). */
  actors: Readonly<Record<string, ActorState>>;
  actorOrder: readonly string[];
  /** Address spaces keyed by pid. */
  spaces: Readonly<Record<number, AddressSpace>>;
  /** Messages sent and not yet received, keyed by msg id. */
  messages: Readonly<Record<string, MessageInFlight>>;
  phase: string | undefined;
  /** The event applied last: the stage animates it (who touched which cell, which packet moved). */
  lastEvent: LabEvent | undefined;
  /** How many events were applied. */
  eventCount: number;
  terminal: TerminalState;
  /**
   * Events that contradict the protocol's promises (unknown actor, second
   * exit, receive without send). Recorded, not hidden, so a bug in a producer
   * shows up in the UI instead of being papered over.
   */
  anomalies: readonly string[];
};

export const emptyScene: Scene = {
  actors: {},
  actorOrder: [],
  spaces: {},
  messages: {},
  phase: undefined,
  lastEvent: undefined,
  eventCount: 0,
  terminal: { state: 'running' },
  anomalies: [],
};
