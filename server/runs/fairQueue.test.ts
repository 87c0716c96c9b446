import { describe, expect, it } from 'vitest';
import { createFairQueue } from './fairQueue.js';
import { estimateWaits } from './waitEstimate.js';

const takeAll = <T>(queue: ReturnType<typeof createFairQueue<T>>): T[] => {
  const taken: T[] = [];
  for (let guard = 0; guard < 100; guard += 1) {
    const next = queue.takeNext(() => true);
    if (!next) break;
    taken.push(next.item);
  }
  return taken;
};

describe('fair queue', () => {
  it('serves the presenter first, then students round-robin by who was served least recently', () => {
    const queue = createFairQueue<string>();
    const student = (owner: string) => ({ owner, presenter: false, need: 1 });
    queue.push('a1', student('a'));
    expect(queue.takeNext(() => true)?.item).toBe('a1');
    // a queues again at once, before b and c arrive: it still waits for them, who have had no turn.
    queue.push('a2', student('a'));
    queue.push('b1', student('b'));
    queue.push('c1', student('c'));
    queue.push('p1', { owner: 'presenter', presenter: true, need: 2 });
    expect(queue.ordered().map((entry) => entry.item)).toEqual(['p1', 'b1', 'c1', 'a2']);
    expect(takeAll(queue)).toEqual(['p1', 'b1', 'c1', 'a2']);
  });

  it('never lets a run jump ahead of the first one when the first does not fit', () => {
    const queue = createFairQueue<string>();
    queue.push('big', { owner: 'a', presenter: false, need: 2 });
    queue.push('small', { owner: 'b', presenter: false, need: 1 });
    expect(queue.takeNext((entry) => entry.need <= 1)).toBeUndefined();
    expect(queue.size).toBe(2);
  });

  it('a student who always queues gets one turn per round, not more', () => {
    const queue = createFairQueue<string>();
    const served: string[] = [];
    for (const owner of ['greedy', 'x', 'y']) queue.push(`${owner}0`, { owner, presenter: false, need: 1 });
    for (let round = 1; round <= 6; round += 1) {
      const next = queue.takeNext(() => true);
      if (!next) break;
      served.push(next.owner);
      // Everyone queues again right after their run starts (one queued each, as the quota allows).
      queue.push(`${next.owner}${round}`, { owner: next.owner, presenter: false, need: 1 });
    }
    expect(served).toEqual(['greedy', 'x', 'y', 'greedy', 'x', 'y']);
  });

  it('removes a stopped run and counts per owner', () => {
    const queue = createFairQueue<string>();
    queue.push('a1', { owner: 'a', presenter: false, need: 1 });
    expect(queue.countOf('a')).toBe(1);
    expect(queue.remove('a1')).toBe(true);
    expect(queue.remove('a1')).toBe(false);
    expect(queue.size).toBe(0);
  });
});

describe('estimateWaits', () => {
  it('plays the queue forward on the free cores, in order', () => {
    // 2 cores: one run holds core 0 for 1 s more; queued: 1-core (starts now on core 1), 2-core (waits for both), 1-core (after it).
    const waits = estimateWaits([{ cores: 1, remainingMs: 1000 }], [
      { need: 1, expectedMs: 3000 },
      { need: 2, expectedMs: 2000 },
      { need: 1, expectedMs: 1000 },
    ], 2);
    expect(waits).toEqual([0, 3000, 5000]);
  });
});
