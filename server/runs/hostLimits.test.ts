import { describe, expect, it } from 'vitest';
import { defaultHostLimits, limitsPrefix } from './hostLimits.js';

const limits = { dataMb: 2048, openFiles: 4096, cpuSeconds: 1260, processes: 4096 };

describe('host limits', () => {
  it('sets data, open files, CPU time and processes, core dumps off, with prlimit in front of the host', () => {
    expect(limitsPrefix('/usr/bin/prlimit', limits)).toEqual({
      prefix: ['/usr/bin/prlimit', '--core=0', '--data=2147483648', '--nofile=4096', '--cpu=1260', '--nproc=4096', '--'],
      shellLine: 'exec "$0" "$@"',
    });
  });
  it('without prlimit, turns core dumps off in the shell and sets nothing it cannot', () => {
    expect(limitsPrefix(undefined, limits)).toEqual({ prefix: [], shellLine: 'ulimit -c 0 && exec "$0" "$@"' });
  });
  it('gives CPU time far above the longest run on every core', () => {
    expect(defaultHostLimits(600, 2).cpuSeconds).toBe(1260);
  });
  it('refuses a limit that is not a whole positive number', () => {
    expect(() => limitsPrefix('/p', { ...limits, dataMb: 0 })).toThrow(/dataMb/);
    expect(() => limitsPrefix('/p', { ...limits, openFiles: 1.5 })).toThrow(/openFiles/);
  });
});
