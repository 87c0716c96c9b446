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
  | { type: 'stream-close' }
  | { type: 'end' };

const sizeOf = (payload: string | Uint8Array) => (typeof payload === 'string' ? Buffer.byteLength(payload) : payload.byteLength);
let blasted = 0;
let stream: { ends: StreamEnds; address: StreamAddress; reply: Buffer; story: string[]; sinkFrames: number; stop: () => void } | undefined;

async function openStream(address: StreamAddress, frameBytes: number): Promise<void> {
  const ends = await connect(address);
  const reply = Buffer.alloc(frameBytes, 7);
  const state = { ends, address, reply, story: [] as string[], sinkFrames: 0, stop: () => undefined as void };
  state.stop = onFrames(ends.readable, frameBytes, () => {
    if (state.sinkFrames > 0) {
      // Throughput: swallow frames, answer once when the burst is complete.
      state.sinkFrames -= 1;
      if (state.sinkFrames === 0) ends.writable.write(reply);
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
      void openStream(command.address, command.frameBytes);
      return;
    case 'stream-story':
      if (stream) stream.story.push(...command.msgs);
      return;
    case 'stream-sink':
      if (stream) stream.sinkFrames = command.frames;
      process.send?.({ type: 'sink-ready' });
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
