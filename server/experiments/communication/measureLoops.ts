/**
 * The measuring loops: round trips one after another (latency, every sample
 * kept), and one-way bursts (throughput). No events are emitted inside them.
 * Each loop stops early at its time cap and says so.
 */
import type { Socket } from 'node:net';
import type { Conversation } from './conversation.js';
import { awaitTurnChange, ECHO, readInPlace, setMode, setTurn, SINK, type Mailbox } from './mailbox.js';
import { onFrames } from './streams.js';

/** Untimed round trips first: JIT, buffers and the peer's code paths warm up... */
const WARMUP_ROUNDS = 50;
/** ...for at most this share of the loop's time cap (big messages are slow). */
const WARMUP_SHARE = 0.2;

function warmupOver(rounds: number, capMs: number): (done: number) => boolean {
  const started = performance.now();
  return (done) => done >= Math.min(WARMUP_ROUNDS, rounds) || performance.now() - started > capMs * WARMUP_SHARE;
}

export type LatencyRun = { samplesUs: number[]; cutForTime: boolean };
export type ThroughputRun = { bytes: number; messages: number; seconds: number; cutForTime: boolean };

/**
 * Times `rounds` round trips into a preallocated Float64Array (no allocation
 * in the loop to disturb it), stopping at `capMs`. Sync and async forms are
 * separate so the shared-memory loop never yields to the event loop.
 */
function latencyRecorder(rounds: number, capMs: number) {
  const samples = new Float64Array(rounds);
  let count = 0;
  let started = 0;
  return {
    begin: () => void (started = performance.now()),
    /** Records one sample; false when the loop must stop. */
    record(beforeMs: number): boolean {
      const now = performance.now();
      samples[count] = (now - beforeMs) * 1000;
      count += 1;
      return count < rounds && now - started <= capMs;
    },
    done: (): LatencyRun => ({ samplesUs: Array.from(samples.subarray(0, count)), cutForTime: count < rounds }),
  };
}

async function timeRounds(rounds: number, capMs: number, once: () => Promise<void>): Promise<LatencyRun> {
  const warmedUp = warmupOver(rounds, capMs);
  for (let warm = 0; !warmedUp(warm); warm += 1) await once();
  const recorder = latencyRecorder(rounds, capMs);
  recorder.begin();
  for (;;) {
    const before = performance.now();
    await once();
    if (!recorder.record(before)) return recorder.done();
  }
}

export function messageLatency(peer: Conversation, payload: unknown, rounds: number, capMs: number): Promise<LatencyRun> {
  return timeRounds(rounds, capMs, async () => {
    peer.send({ type: 'ping', story: null, payload });
    await peer.next('pong');
  });
}

/** Fire-and-forget messages; the peer counts the bytes it got and acknowledges the end. */
export async function messageThroughput(peer: Conversation, payload: unknown, messages: number, capMs: number): Promise<ThroughputRun> {
  const started = performance.now();
  let sent = 0;
  while (sent < messages && performance.now() - started < capMs) {
    // Send in slices so a time cap can be noticed between them.
    for (let slice = 0; slice < 64 && sent < messages; slice += 1, sent += 1) peer.send({ type: 'blast', payload });
    await new Promise((resolve) => setImmediate(resolve));
  }
  peer.send({ type: 'blast-end' });
  const ack = await peer.next<{ bytes: number }>('blast-ack');
  return { bytes: ack.bytes, messages: sent, seconds: (performance.now() - started) / 1000, cutForTime: sent < messages };
}

/** One frame out, one frame back, over a byte stream. */
export function streamLatency(readable: Socket, writable: Socket, frame: Buffer, rounds: number, capMs: number): Promise<LatencyRun> {
  let arrived: () => void = () => undefined;
  const stop = onFrames(readable, frame.length, () => arrived());
  return timeRounds(rounds, capMs, () => {
    const back = new Promise<void>((resolve) => (arrived = resolve));
    writable.write(frame);
    return back;
  }).finally(stop);
}

/** Frames written as fast as the kernel takes them; the peer answers one frame when it has them all. */
export async function streamThroughput(peer: Conversation, readable: Socket, writable: Socket, frame: Buffer, frames: number, capMs: number): Promise<ThroughputRun> {
  peer.send({ type: 'stream-sink', frames });
  await peer.next('sink-ready');
  let acked: () => void = () => undefined;
  const ack = new Promise<void>((resolve) => (acked = resolve));
  const stop = onFrames(readable, frame.length, () => acked());
  const started = performance.now();
  let written = 0;
  for (; written < frames && performance.now() - started < capMs; written += 1) {
    if (!writable.write(frame)) await new Promise((resolve) => writable.once('drain', resolve));
  }
  // Cut for time: tell the peer how many frames to expect after all.
  if (written < frames) peer.send({ type: 'stream-sink-total', frames: written });
  await ack;
  stop();
  return { bytes: written * frame.length, messages: written, seconds: (performance.now() - started) / 1000, cutForTime: written < frames };
}

/** One round trip through shared memory: write the request in place, wait for the reply and read it in place. */
export function mailboxRoundTrip(mailbox: Mailbox, payload: Uint8Array, spin: boolean): number {
  mailbox.bytes.set(payload);
  const request = Atomics.load(mailbox.flags, 0) + 1;
  setTurn(mailbox.flags, request);
  awaitTurnChange(mailbox.flags, request, spin);
  return readInPlace(mailbox.bytes);
}

/** Round trips through shared memory: the host writes the mailbox, the peer thread answers in place. */
export function mailboxLatency(mailbox: Mailbox, payload: Uint8Array, rounds: number, spin: boolean, capMs: number): LatencyRun {
  const warmedUp = warmupOver(rounds, capMs);
  for (let warm = 0; !warmedUp(warm); warm += 1) mailboxRoundTrip(mailbox, payload, spin);
  const recorder = latencyRecorder(rounds, capMs);
  recorder.begin();
  for (;;) {
    const before = performance.now();
    mailboxRoundTrip(mailbox, payload, spin);
    if (!recorder.record(before)) return recorder.done();
  }
}

/** One-way: messages handed over one after another through the single slot; the reader only reads, then frees the slot. */
export function mailboxThroughput(mailbox: Mailbox, payload: Uint8Array, messages: number, spin: boolean, capMs: number): ThroughputRun {
  setMode(mailbox.flags, SINK);
  const started = performance.now();
  let sent = 0;
  for (; sent < messages && performance.now() - started < capMs; sent += 1) {
    mailbox.bytes.set(payload);
    const request = Atomics.load(mailbox.flags, 0) + 1;
    setTurn(mailbox.flags, request);
    awaitTurnChange(mailbox.flags, request, spin);
  }
  const seconds = (performance.now() - started) / 1000;
  setMode(mailbox.flags, ECHO);
  return { bytes: sent * payload.byteLength, messages: sent, seconds, cutForTime: sent < messages };
}
