import { describe, expect, it } from 'vitest';
import { engineRefusal } from './nativeEngine.js';

describe('engine refusal', () => {
  const missing = () => ({ available: false as const, reason: 'no C compiler (cc) found' });
  const built = () => ({ available: true as const });

  it('refuses engine "native" with the reason when the program was not built', () => {
    expect(engineRefusal({ processes: 3, engine: 'native' }, missing)).toBe(
      '"engine": "native" is not available on this server: no C compiler (cc) found; use "engine": "node"',
    );
  });

  it('lets native runs through when it was built, and never asks about other engines', () => {
    expect(engineRefusal({ engine: 'native' }, built)).toBeUndefined();
    const never = () => {
      throw new Error('asked');
    };
    expect(engineRefusal({ engine: 'node' }, never)).toBeUndefined();
    expect(engineRefusal({ processes: 3 }, never)).toBeUndefined();
  });
});
