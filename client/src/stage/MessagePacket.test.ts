import { describe, expect, it } from 'vitest';
import { pointAlong } from './MessagePacket.js';

describe('pointAlong', () => {
  const path = [
    { x: 0, y: 10 },
    { x: 0, y: 0 },
    { x: 30, y: 0 },
  ];
  it('walks a polyline by length', () => {
    expect(pointAlong(path, 0)).toEqual({ x: 0, y: 10 });
    expect(pointAlong(path, 0.5)).toEqual({ x: 10, y: 0 });
    expect(pointAlong(path, 1)).toEqual({ x: 30, y: 0 });
  });
});
