import { describe, expect, it } from 'vitest';
import { latestCallout, sortByTime, type LessonCallout } from './callouts.js';

const callout = (id: string, section: string, at: number): LessonCallout => ({ id, section, at, text: id });

describe('lesson callouts', () => {
  it('sorts by time and keeps the making order for equal times', () => {
    const sorted = sortByTime([callout('c', 'a', 30), callout('a', 'a', 10), callout('b1', 'b', 20), callout('b2', 'b', 20)]);
    expect(sorted.map((item) => item.id)).toEqual(['a', 'b1', 'b2', 'c']);
  });

  it('finds the latest of a section', () => {
    const sorted = sortByTime([callout('a', 'x', 10), callout('b', 'y', 20), callout('c', 'x', 30)]);
    expect(latestCallout(sorted, 'x')?.id).toBe('c');
    expect(latestCallout(sorted, 'z')).toBeUndefined();
  });
});
