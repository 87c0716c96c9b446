import { describe, expect, it } from 'vitest';
import { ease, edgePoint, lerp } from './geometry.js';

describe('stage geometry', () => {
  it('interpolates and clamps', () => {
    expect(lerp({ x: 0, y: 0 }, { x: 10, y: 20 }, 0.5)).toEqual({ x: 5, y: 10 });
    expect(lerp({ x: 0, y: 0 }, { x: 10, y: 20 }, 2)).toEqual({ x: 10, y: 20 });
    expect(ease(0)).toBe(0);
    expect(ease(1)).toBe(1);
  });

  it('finds where a line leaves a rectangle', () => {
    const rect = { x: 0, y: 0, width: 100, height: 50 };
    expect(edgePoint(rect, { x: 500, y: 25 })).toEqual({ x: 100, y: 25 });
    expect(edgePoint(rect, { x: 50, y: -100 })).toEqual({ x: 50, y: 0 });
  });
});
