import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { awaitTurnChange, createMailbox, ECHO, isSink, PEER_FAILED, readInPlace, setMode, setTurn, SINK } from './mailbox.js';

describe('awaitTurnChange', () => {
  it('returns at once when the turn already moved', () => {
    const { flags } = createMailbox(64);
    setTurn(flags, 3);
    expect(awaitTurnChange(flags, 2, false)).toBe(3);
    expect(awaitTurnChange(flags, 2, true)).toBe(3);
  });

  it('goes back to sleep after a wake-up that did not change the turn (a late notify)', () => {
    const { flags, buffer } = createMailbox(64);
    setTurn(flags, 1);
    // Another thread: a notify with no change (as a late one from the previous turn), then the real change.
    const other = new Worker(
      `const { workerData } = require('node:worker_threads');
       const flags = new Int32Array(workerData, 0, 4);
       const pause = new Int32Array(new SharedArrayBuffer(4));
       Atomics.wait(pause, 0, 0, 30);
       Atomics.notify(flags, 0);
       Atomics.wait(pause, 0, 0, 30);
       Atomics.store(flags, 0, 2);
       Atomics.notify(flags, 0);`,
      { eval: true, workerData: buffer },
    );
    expect(awaitTurnChange(flags, 1, false)).toBe(2);
    return other.terminate();
  });

  it('wakes a sleeper with no time limit when the peer reports that it failed, with an error', () => {
    const { flags, buffer } = createMailbox(64);
    setTurn(flags, 1);
    const other = new Worker(
      `const { workerData } = require('node:worker_threads');
       const flags = new Int32Array(workerData, 0, 4);
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30);
       Atomics.store(flags, 0, ${PEER_FAILED});
       Atomics.notify(flags, 0);`,
      { eval: true, workerData: buffer },
    );
    expect(() => awaitTurnChange(flags, 1, false)).toThrow(/peer thread .* failed/);
    return other.terminate();
  });

  it('gives up when nobody answers, sleeping or spinning', () => {
    const { flags } = createMailbox(64);
    expect(() => awaitTurnChange(flags, 0, false, 20)).toThrow(/did not answer/);
    expect(() => awaitTurnChange(flags, 0, true, 20)).toThrow(/did not answer/);
  });
});

describe('the mailbox', () => {
  it('switches between echo and sink mode', () => {
    const { flags } = createMailbox(64);
    expect(isSink(flags)).toBe(false);
    setMode(flags, SINK);
    expect(isSink(flags)).toBe(true);
    setMode(flags, ECHO);
    expect(isSink(flags)).toBe(false);
  });

  it('reads one byte of every cache line of the message', () => {
    const { bytes } = createMailbox(256);
    bytes[0] = 1;
    bytes[64] = 2;
    bytes[65] = 8; // not on a line start: not read
    bytes[192] = 4;
    expect(readInPlace(bytes)).toBe(1 ^ 2 ^ 4);
  });
});
