/**
 * Where events go on their way to the run's log: the lab host's bus, or, in a
 * child process, its actor runtime (which passes them on to the host). Both
 * take the same calls, so a supervisor works the same in either.
 */
import type { EventBody, TimedEventBody } from '../../shared/protocol.js';
import type { ActorEventsMessage } from './hostProtocol.js';

/** One ordered stream of events: a child's channel, a worker's port, one process of the native program. */
export type SourceHandle = {
  /** An event this source timed; a source's events come in non-decreasing t. */
  accept(event: TimedEventBody): void;
  /** Nothing below `t` will come from this source any more. */
  mark(t: number): void;
  /** A whole message as an actor runtime sends it (events, mark, its own sources). */
  relay(message: ActorEventsMessage): void;
  /** A source this one started; its events are all timed at or after `floor`. */
  openSource(id: string, floor: number): SourceHandle;
  /** This source (and every source it opened) sends nothing more. */
  close(): void;
};

export type EventSink = {
  /** An event that happened just now, in the caller's own stream. */
  emit(event: EventBody): void;
  /** Registers a source about to be started (floor: now); call it before the fork or `new Worker`. */
  openSource(id: string): SourceHandle;
};
