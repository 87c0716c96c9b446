import { describe, expect, it } from 'vitest';
import { defaultPacing, extendSchedule } from '../clock/pacing.js';
import { boardAt, holdsBeforeNext, holdsForRun, mergeHolds, readingMs, wordCount } from './readingHolds.js';

const ms = 1_000_000;
const note = (id: string, section: string, text: string) => ({ id, section, text });

describe('reading holds', () => {
  it('counts words, not symbols, and rounds reading time up', () => {
    expect(wordCount('x = 3 — 2× faster → done')).toBe(5);
    expect(readingMs('one two three four five six')).toBe(2000);
    expect(readingMs('one')).toBe(334);
  });

  it('holds the event that replaces a note until the note has been read, from its first appearance', () => {
    const times = [0, 1 * ms, 2 * ms, 3 * ms];
    const notesAt = (index: number) =>
      [
        [],
        [note('a1', 'a', 'x = 1: six words to read here')],
        [note('a1', 'a', 'x = 2: six words to read here'), note('b1', 'b', 'another section is no replacement')],
        [note('a1', 'a', 'x = 2: six words to read here'), note('b1', 'b', 'another section is no replacement'), note('a2', 'a', 'the replacement')],
      ][index] ?? [];
    const holds = holdsForRun(times.length, notesAt);
    expect(holds).toEqual([{ from: 1, until: 3, minMs: 2334 }]);
    const paced = extendSchedule([], times, defaultPacing);
    const held = extendSchedule([], times, defaultPacing, holds);
    // Without the hold the note was up for two gaps of 100 ms (slowed) clamped to 160 ms each.
    expect((paced[3] ?? 0) - (paced[1] ?? 0)).toBe(320);
    expect((held[3] ?? 0) - (held[1] ?? 0)).toBe(2334);
    expect(held.slice(0, 3)).toEqual(paced.slice(0, 3));
  });

  it('asks nothing when the next event keeps every note, or brings two notes at once to an empty section', () => {
    const board = boardAt(undefined, undefined, 4, [note('a1', 'a', 'up')]);
    expect(holdsBeforeNext(board, 5, [note('a1', 'a', 'up, with a new figure')])).toEqual([]);
    expect(holdsBeforeNext(board, 5, [note('b1', 'b', 'first'), note('b2', 'b', 'second')])).toEqual([]);
  });

  it('after a seek, counts a note as up from the event sought (never a shorter hold)', () => {
    const before = boardAt(undefined, undefined, 2, [note('a1', 'a', 'one two three')]);
    const afterSeek = boardAt(before, 2, 9, [note('a1', 'a', 'one two three')]);
    expect(afterSeek.get('a')?.since).toBe(9);
    const continued = boardAt(before, 2, 3, [note('a1', 'a', 'one two three')]);
    expect(continued.get('a')?.since).toBe(2);
  });

  it('keeps one hold per event, the longest, and reports no change when nothing is new', () => {
    const known = new Map([[5, { from: 2, until: 5, minMs: 1000 }]]);
    expect(mergeHolds(known, [{ from: 3, until: 5, minMs: 500 }])).toBeUndefined();
    expect(mergeHolds(known, [{ from: 3, until: 5, minMs: 4000 }])?.get(5)).toEqual({ from: 2, until: 5, minMs: 4000 });
  });
});
