import { describe, expect, it } from 'vitest';
import { clientMessageSchema, labEventSchema } from './protocol.js';

describe('protocol validation', () => {
  it('accepts a well-formed event and keeps its envelope and body', () => {
    const event = { run: 'r1', seq: 0, t: 12, kind: 'actor.started', actor: 'host', type: 'process', pid: 10, tid: 10, label: 'lab host' };
    expect(labEventSchema.parse(event)).toEqual(event);
  });

  it('refuses events of unknown kind, negative seq, or missing fields', () => {
    expect(labEventSchema.safeParse({ run: 'r', seq: 0, t: 0, kind: 'actor.teleported', actor: 'a' }).success).toBe(false);
    expect(labEventSchema.safeParse({ run: 'r', seq: -1, t: 0, kind: 'phase', name: 'x' }).success).toBe(false);
    expect(labEventSchema.safeParse({ run: 'r', seq: 0, t: 0, kind: 'memory.write', actor: 'a', space: 1, cell: 'x' }).success).toBe(false);
  });

  it('refuses client messages of unknown type and oversized identifiers', () => {
    expect(clientMessageSchema.safeParse({ type: 'run.start', experiment: 'memory' }).success).toBe(true);
    expect(clientMessageSchema.safeParse({ type: 'rm -rf' }).success).toBe(false);
    expect(clientMessageSchema.safeParse({ type: 'subscribe', run: 'x'.repeat(65) }).success).toBe(false);
  });
});
