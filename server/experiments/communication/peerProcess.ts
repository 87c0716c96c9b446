/**
 * The process side of the communication lesson: a child of the lab host that
 * echoes over child-process IPC (json or advanced serialization, chosen when
 * it was forked) and over byte streams: FIFOs, a Unix socket, TCP.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { connect, onFrames, type StreamAddress, type StreamEnds } from './streams.js';

const runtime = startActorRuntime();
const channel = process.argv[2] === 'advanced' ? 'ipc-advanced' : 'ipc-json';
const peer = runtime.parent ?? 'host';

type Command =
  | { type: 'ping'; story: string | null; payload: string | Uint8Array }
  | { type: 'blast'; payload: string | Uint8Array }
  | { type: 'blast-end' }
  | { type: 'stream'; address: StreamAddress; frameBytes: number }
  | { type: 'stream-story'; msgs: string[] }
  | { type: 'stream-sink'; frames: number }
  | { type: 'stream-sink-total'; frames: number }
  | { type: 'stream-close' }
  | { type: 'end' };

const sizeOf = (payload: string | Uint8Array) => (typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);
let blasted = 0;
/** An open byte stream; while `sink` is set, frames are swallowed and counted (throughput), not echoed. */
type OpenStream = {
  ends: StreamEnds;
  reply: Buffer;
  story: string[];
  sink: { expected: number; received: number } | undefined;
  stop: () => void;
};
let stream: OpenStream | undefined;

/** The burst is complete: answer with one frame, so the host can stop its clock. */
function finishSinkIfComplete(state: OpenStream): void {
  if (state.sink && state.sink.received >= state.sink.expected) {
    state.sink = undefined;
    state.ends.writable.write(state.reply);
  }
}

async function openStream(address: StreamAddress, frameBytes: number): Promise<void> {
  const ends = await connect(address);
  const reply = Buffer.alloc(frameBytes, 7);
  const state: OpenStream = { ends, reply, story: [], sink: undefined, stop: () => undefined };
  state.stop = onFrames(ends.readable, frameBytes, () => {
    if (state.sink) {
      state.sink.received += 1;
      finishSinkIfComplete(state);
      return;
    }
    const story = state.story.shift();
    if (story) {
      runtime.emit({ kind: 'message.received', actor: runtime.actor, peer, channel: address.channel, bytes: frameBytes, msg: story });
      runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer, channel: address.channel, bytes: frameBytes, msg: `${story}-reply` });
    }
    ends.writable.write(reply);
  });
  stream = state;
  process.send?.({ type: 'stream-ready' });
}

process.on('message', (command: Command) => {
  switch (command.type) {
    case 'ping':
      if (command.story) {
        runtime.emit({ kind: 'message.received', actor: runtime.actor, peer, channel, bytes: sizeOf(command.payload), msg: command.story });
        runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer, channel, bytes: sizeOf(command.payload), msg: `${command.story}-reply` });
      }
      process.send?.({ type: 'pong', story: command.story, payload: command.payload });
      return;
    case 'blast':
      blasted += sizeOf(command.payload);
      return;
    case 'blast-end':
      process.send?.({ type: 'blast-ack', bytes: blasted });
      blasted = 0;
      return;
    case 'stream':
      // Opening fails (ENXIO) only if the host no longer holds the channel: it is gone, so go too.
      openStream(command.address, command.frameBytes).catch(() => process.exit(1));
      return;
    case 'stream-story':
      if (stream) stream.story.push(...command.msgs);
      // The frames come on another channel: the host waits for this before writing them.
      process.send?.({ type: 'story-ready' });
      return;
    case 'stream-sink':
      if (stream) stream.sink = { expected: command.frames, received: 0 };
      process.send?.({ type: 'sink-ready' });
      return;
    case 'stream-sink-total':
      // The host stopped early (time cap); this may arrive before or after the last frames.
      if (stream?.sink) {
        stream.sink.expected = command.frames;
        finishSinkIfComplete(stream);
      }
      return;
    case 'end':
      void runtime.flush().then(() => process.exit(0));
      return;
    case 'stream-close':
      stream?.stop();
      stream?.ends.close();
      stream = undefined;
      process.send?.({ type: 'stream-closed' });
      return;
  }
});
process.send?.({ type: 'peer-ready' });
