import { describe, expect, it } from 'vitest';
import { matchRoute } from './router.js';

describe('matchRoute', () => {
  it('knows home, lessons and everything else', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/lessons/memory')).toEqual({ name: 'lesson', id: 'memory' });
    expect(matchRoute('/lessons/memory/')).toEqual({ name: 'lesson', id: 'memory' });
    expect(matchRoute('/lessons/../etc')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nope')).toEqual({ name: 'notFound' });
    expect(matchRoute('/runs/mws7xsye3699087d')).toEqual({ name: 'run', id: 'mws7xsye3699087d' });
    expect(matchRoute('/runs/a%2Fb')).toEqual({ name: 'notFound' });
    expect(matchRoute('/learn/')).toEqual({ name: 'learn' });
    expect(matchRoute('/class')).toEqual({ name: 'class' });
  });
});
