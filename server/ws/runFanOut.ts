/**
 * Delivers a live run's events and status to everyone who follows it.
 *
 * A hall of spectators follows the same run, so each frame is serialized and
 * encoded to bytes once and the same Buffer is written to every socket:
 * `ws` turns a string into bytes again for every send, so 500 spectators
 * meant 500 encodings of the same (up to 2,000-event) frame. A batch
 * larger than one frame goes out chunk by chunk, so the first chunk is on
 * the wire while the next is still being serialized.
 */
import type { LabEvent, RunInfo, ServerMessage } from '../../shared/protocol.js';
import { runInfo, subscribe, type RunRecord } from '../runs/runRecord.js';

/** Somewhere to write a text frame (a connection). */
export type Follower = { deliver(frame: Buffer): void };

export type RunFanOut = {
  /** Sends `follower` the run so far, then every later batch and status; returns how to stop. */
  follow(run: RunRecord, follower: Follower): () => void;
  /** Runs with at least one follower (for tests and diagnostics). */
  channelCount(): number;
};

type Channel = {
  followers: Set<Follower>;
  stop: () => void;
  /** The log so far as frames, shared by followers who join in the same turn of the event loop. */
  backlog: { length: number; frames: Buffer[] } | undefined;
};

export const encodeMessage = (message: ServerMessage): Buffer => Buffer.from(JSON.stringify(message));

/** A batch as frames of at most `chunkSize` events, all stamped with the moment the server began sending the batch. */
export function* eventFrames(run: string, events: readonly LabEvent[], chunkSize: number): Generator<Buffer> {
  const serverSentNs = process.hrtime.bigint().toString();
  for (let start = 0; start < events.length; start += chunkSize) {
    yield encodeMessage({ type: 'events', run, events: events.slice(start, start + chunkSize), serverSentNs });
  }
}

export function createRunFanOut(options: { chunkSize: number }): RunFanOut {
  const channels = new Map<string, Channel>();

  const deliverAll = (followers: Iterable<Follower>, frame: Buffer): void => {
    for (const follower of followers) follower.deliver(frame);
  };

  function open(run: RunRecord, first: Follower): Channel {
    const channel: Channel = { followers: new Set([first]), stop: () => undefined, backlog: undefined };
    channels.set(run.id, channel);
    // subscribe() hands over the log so far at once, then each batch: all of it goes to every follower.
    channel.stop = subscribe(run, {
      onEvents: (events) => {
        channel.backlog = undefined;
        for (const frame of eventFrames(run.id, events, options.chunkSize)) deliverAll(channel.followers, frame);
      },
      onStatus: (info: RunInfo) => deliverAll(channel.followers, encodeMessage({ type: 'run.status', run: info })),
    });
    return channel;
  }

  function join(run: RunRecord, channel: Channel, follower: Follower): void {
    if (run.events.length > 0) {
      if (channel.backlog?.length !== run.events.length) {
        channel.backlog = { length: run.events.length, frames: [...eventFrames(run.id, run.events, options.chunkSize)] };
        // Only for joiners of this turn: a later one must not get an old send stamp.
        setImmediate(() => (channel.backlog = undefined));
      }
      for (const frame of channel.backlog.frames) follower.deliver(frame);
    }
    follower.deliver(encodeMessage({ type: 'run.status', run: runInfo(run) }));
    channel.followers.add(follower);
  }

  return {
    follow(run, follower) {
      const existing = channels.get(run.id);
      const channel = existing ?? open(run, follower);
      if (existing) join(run, existing, follower);
      return () => {
        if (!channel.followers.delete(follower) || channel.followers.size > 0) return;
        channel.stop();
        if (channels.get(run.id) === channel) channels.delete(run.id);
      };
    },
    channelCount: () => channels.size,
  };
}
