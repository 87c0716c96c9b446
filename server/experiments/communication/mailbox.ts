/**
 * The shared-memory channel: one SharedArrayBuffer both threads see. Slot 0
 * is a turn counter: odd = a request is waiting, even = the reply is there,
 * QUIT = stop. The bytes after MAILBOX_OFFSET are the message. Nothing is
 * copied between heaps: the reader reads the very bytes written. Each round
 * trip costs exactly two wake-ups, one each way. Slot 1 is the mode: ECHO
 * (the reader writes a reply as long as the request over it) or SINK (it
 * only reads, for one-way throughput).
 */
export const QUIT = -1;
/** Set by the peer thread when it fails, so the host does not wait for a reply that will never come. */
export const PEER_FAILED = -2;
export const ECHO = 0;
export const SINK = 1;
export const MAILBOX_OFFSET = 64;

export type Mailbox = { flags: Int32Array; bytes: Uint8Array; buffer: SharedArrayBuffer };

export function createMailbox(messageBytes: number): Mailbox {
  const buffer = new SharedArrayBuffer(MAILBOX_OFFSET + messageBytes);
  return openMailbox(buffer, messageBytes);
}

export function openMailbox(buffer: SharedArrayBuffer, messageBytes: number): Mailbox {
  return { buffer, flags: new Int32Array(buffer, 0, 4), bytes: new Uint8Array(buffer, MAILBOX_OFFSET, messageBytes) };
}

/** How long a spinning thread waits for the other side before it gives up with an error. */
export const GIVE_UP_MS = 10_000;

/**
 * Waits until the turn counter leaves `current`: sleeping in the kernel
 * (futex) or spinning on the CPU. A wake-up alone proves nothing: the other
 * thread's notify for the previous turn can land after we went back to
 * sleep for this one, so the value is checked again after every wake-up.
 *
 * A sleeper waits without a timeout unless given `giveUpMs`: in V8 a timed
 * Atomics.wait costs about 7 µs more per round trip (20.7 against 27.5 µs
 * between two threads here, 2026-12-02), and this wait is what the lesson
 * measures. Nobody is left waiting for ever: the peer thread ends its turn
 * with PEER_FAILED if it throws (peerThread.ts), the host sets QUIT whatever
 * happens (channels.ts), and the run's time limit kills the whole lab host
 * as the last resort. A spinner checks the clock now and then anyway, since
 * that costs nothing it measures, and gives up after GIVE_UP_MS.
 */
export function awaitTurnChange(flags: Int32Array, current: number, spin: boolean, giveUpMs?: number): number {
  let seen = Atomics.load(flags, 0);
  if (seen !== current) return seen;
  const limitMs = giveUpMs ?? (spin ? GIVE_UP_MS : undefined);
  const deadline = limitMs === undefined ? Number.POSITIVE_INFINITY : performance.now() + limitMs;
  for (let checks = 1; seen === current; checks += 1) {
    if (!spin) {
      if (limitMs === undefined) Atomics.wait(flags, 0, current);
      else Atomics.wait(flags, 0, current, Math.max(1, deadline - performance.now()));
    }
    seen = Atomics.load(flags, 0);
    // Reading the clock costs more than a spin check, so a spinner looks at it now and then.
    if (seen === current && limitMs !== undefined && (!spin || checks % 4096 === 0) && performance.now() > deadline) {
      throw new Error(`the other side of the shared-memory mailbox did not answer within ${limitMs} ms`);
    }
  }
  if (seen === PEER_FAILED) throw new Error('the peer thread of the shared-memory mailbox failed');
  return seen;
}

/**
 * Reads the message in place as a reader that uses it would: one byte of
 * every 64-byte cache line, so every line travels to this core, without a
 * slow byte-by-byte JavaScript loop over a megabyte.
 */
export function readInPlace(bytes: Uint8Array): number {
  let checksum = 0;
  for (let index = 0; index < bytes.length; index += 64) checksum ^= bytes[index] as number;
  return checksum;
}

export function setMode(flags: Int32Array, mode: typeof ECHO | typeof SINK): void {
  Atomics.store(flags, 1, mode);
}

export function isSink(flags: Int32Array): boolean {
  return Atomics.load(flags, 1) === SINK;
}

export function setTurn(flags: Int32Array, value: number): void {
  Atomics.store(flags, 0, value);
  Atomics.notify(flags, 0);
}
