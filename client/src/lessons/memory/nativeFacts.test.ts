import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../../shared/protocol.js';
import { hexAddress, nativeFactsAt } from './nativeFacts.js';

const read = (seq: number, space: number, cell: string, value: number): LabEvent => ({ run: 'r', seq, t: seq, kind: 'memory.read', actor: 'child-1', space, cell, value });

describe('native facts at the playhead', () => {
  const events: LabEvent[] = [
    read(0, 10, '&x', 93829690269696),
    read(1, 10, 'minor faults', 31),
    { run: 'r', seq: 2, t: 2, kind: 'memory.write', actor: 'child-1', space: 10, cell: 'x', value: 1 },
    read(3, 10, 'minor faults', 32),
    read(4, 11, '&x', 93829690269696),
  ];

  it('keeps the latest read of each process up to the playhead only', () => {
    const early = nativeFactsAt(events, 1);
    expect(early.faults.get(10)).toBe(31);
    expect(early.address.has(11)).toBe(false);
    const end = nativeFactsAt(events, 4);
    expect(end.faults.get(10)).toBe(32);
    expect(end.address.get(11)).toBe(93829690269696);
  });

  it('prints an address as hex, as C prints it', () => {
    expect(hexAddress(93829690269696)).toBe('0x55566d5ba000');
  });
});
