import { describe, expect, it } from 'vitest';
import { matchRoute } from './router.js';

describe('matchRoute', () => {
  it('knows home, lessons and everything else', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/lessons/memory')).toEqual({ name: 'lesson', id: 'memory' });
    expect(matchRoute('/lessons/memory/')).toEqual({ name: 'lesson', id: 'memory' });
    expect(matchRoute('/lessons/../etc')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nope')).toEqual({ name: 'notFound' });
  });
});
