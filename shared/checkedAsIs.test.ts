import { describe, expect, it } from 'vitest';
import { checkedAsIs } from './checkedAsIs.js';
import { labEventSchema, serverMessageSchema } from './protocol.js';

const frame = {
  type: 'events',
  run: 'run-1',
  serverSentNs: '123',
  events: [
    { run: 'run-1', seq: 0, t: 0, kind: 'actor.started', actor: 'p0', type: 'process', pid: 10, tid: 10, label: 'process 0' },
    { run: 'run-1', seq: 1, t: 5, kind: 'memory.write', actor: 'p0', space: 10, cell: 'x', value: 1 },
    { run: 'run-1', seq: 2, t: 9, kind: 'message.sent', actor: 'p0', peer: 'p1', channel: 'ipc', bytes: 64, msg: 'm1' },
    { run: 'run-1', seq: 3, t: 12, kind: 'run.finished', result: { x: 1 } },
  ],
};

describe('checkedAsIs', () => {
  it('returns the very object it was given when the schema accepts it', () => {
    const raw = JSON.parse(JSON.stringify(frame)) as unknown;
    const checked = checkedAsIs(serverMessageSchema, raw);
    expect(checked.success).toBe(true);
    expect(checked.success && checked.data).toBe(raw);
  });

  it('gives what zod would have given: the protocol schemas do not transform values', () => {
    const raw = JSON.parse(JSON.stringify(frame)) as unknown;
    const checked = checkedAsIs(serverMessageSchema, raw);
    expect(checked.success && checked.data).toEqual(serverMessageSchema.parse(raw));
  });

  it("refuses what zod refuses, with zod's error", () => {
    const checked = checkedAsIs(labEventSchema, { run: 'run-1', seq: -1, t: 0, kind: 'memory.write' });
    expect(checked.success).toBe(false);
    expect(!checked.success && checked.error.issues.length).toBeGreaterThan(0);
  });
});
