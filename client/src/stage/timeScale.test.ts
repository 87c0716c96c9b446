import { describe, expect, it } from 'vitest';
import { timeToX } from './timeScale.js';

describe('timeToX', () => {
  it('maps the window onto the strip and clamps outside it', () => {
    const window = { from: 1_000, to: 3_000 };
    expect(timeToX(window, 1_000, 10, 200)).toBe(10);
    expect(timeToX(window, 2_000, 10, 200)).toBe(110);
    expect(timeToX(window, 3_000, 10, 200)).toBe(210);
    expect(timeToX(window, 0, 10, 200)).toBe(10);
    expect(timeToX(window, 9_000, 10, 200)).toBe(210);
  });

  it('survives an empty window', () => {
    expect(timeToX({ from: 5, to: 5 }, 5, 0, 100)).toBe(0);
  });
});
