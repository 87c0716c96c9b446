/**
 * The shared-memory channel: one SharedArrayBuffer both threads see. Slot 0
 * is a turn counter: odd = a request is waiting, even = the reply is there,
 * QUIT = stop. The bytes after MAILBOX_OFFSET are the message. Nothing is
 * copied between heaps: the reader reads the very bytes written. Each round
 * trip costs exactly two wake-ups, one each way.
 */
export const QUIT = -1;
export const MAILBOX_OFFSET = 64;

export type Mailbox = { flags: Int32Array; bytes: Uint8Array; buffer: SharedArrayBuffer };

export function createMailbox(messageBytes: number): Mailbox {
  const buffer = new SharedArrayBuffer(MAILBOX_OFFSET + messageBytes);
  return openMailbox(buffer, messageBytes);
}

export function openMailbox(buffer: SharedArrayBuffer, messageBytes: number): Mailbox {
  return { buffer, flags: new Int32Array(buffer, 0, 4), bytes: new Uint8Array(buffer, MAILBOX_OFFSET, messageBytes) };
}

/** Waits until the turn counter leaves `current`: sleeping in the kernel (futex) or spinning on the CPU. */
export function awaitTurnChange(flags: Int32Array, current: number, spin: boolean): number {
  if (spin) {
    let seen = Atomics.load(flags, 0);
    while (seen === current) seen = Atomics.load(flags, 0);
    return seen;
  }
  Atomics.wait(flags, 0, current);
  return Atomics.load(flags, 0);
}

export function setTurn(flags: Int32Array, value: number): void {
  Atomics.store(flags, 0, value);
  Atomics.notify(flags, 0);
}
