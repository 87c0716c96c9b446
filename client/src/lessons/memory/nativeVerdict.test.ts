import { describe, expect, it } from 'vitest';
import { copyOnWriteFaults } from './nativeVerdict.js';

describe('copy-on-write verdict from page faults', () => {
  it('reports the cost of the first write when every child faulted once and never again', () => {
    const child = { minfltBeforeWrite: 31, minfltAfterWrite: 32, minfltAtEnd: 32 };
    expect(copyOnWriteFaults([child, child, { minfltBeforeWrite: 40, minfltAfterWrite: 41, minfltAtEnd: 41 }])).toBe(1);
  });

  it('says nothing was seen when a first write did not fault, or a later write did', () => {
    expect(copyOnWriteFaults([{ minfltBeforeWrite: 31, minfltAfterWrite: 31, minfltAtEnd: 31 }])).toBeUndefined();
    expect(copyOnWriteFaults([{ minfltBeforeWrite: 31, minfltAfterWrite: 32, minfltAtEnd: 34 }])).toBeUndefined();
    expect(copyOnWriteFaults([])).toBeUndefined();
  });
});
