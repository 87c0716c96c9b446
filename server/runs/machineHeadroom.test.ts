import { describe, expect, it } from 'vitest';
import { createHeadroomCheck, headroomRefusal, parseMemAvailable } from './machineHeadroom.js';

const MiB = 1024 * 1024;
const reserve = { minFreeMemoryMb: 512, minFreeDiskMb: 256 };

describe('machine headroom', () => {
  it('refuses below either reserve, with the figures in words', () => {
    expect(headroomRefusal({ memAvailableBytes: 4096 * MiB, diskFreeBytes: 9000 * MiB }, reserve)).toBeUndefined();
    expect(headroomRefusal({ memAvailableBytes: 310 * MiB, diskFreeBytes: 9000 * MiB }, reserve)).toContain('310 MiB of memory available, below the 512 MiB');
    expect(headroomRefusal({ memAvailableBytes: 4096 * MiB, diskFreeBytes: 100 * MiB }, reserve)).toContain('100 MiB of disk free, below the 256 MiB');
    // A figure that could not be read refuses nothing.
    expect(headroomRefusal({ memAvailableBytes: undefined, diskFreeBytes: undefined }, reserve)).toBeUndefined();
  });

  it('reads MemAvailable from /proc/meminfo text', () => {
    expect(parseMemAvailable('MemTotal:       24000000 kB\nMemFree:  100 kB\nMemAvailable:    2048 kB\n')).toBe(2048 * 1024);
    expect(parseMemAvailable('MemTotal: 1 kB\n')).toBeUndefined();
  });

  it('reads the machine at most once a second', () => {
    let now = 0;
    let reads = 0;
    const check = createHeadroomCheck('/data', reserve, () => ((reads += 1), { memAvailableBytes: 100 * MiB, diskFreeBytes: 9000 * MiB }), () => now);
    for (let index = 0; index < 100; index += 1) check.refusal();
    expect(reads).toBe(1);
    expect(check.report()).toMatchObject({ ok: false, freeMemoryMb: 100, freeDiskMb: 9000, minFreeMemoryMb: 512 });
    now = 1000;
    check.refusal();
    expect(reads).toBe(2);
  });

  it('reads this machine', () => {
    const report = createHeadroomCheck('/', reserve).report();
    expect(report.freeMemoryMb).toBeGreaterThan(0);
    expect(report.freeDiskMb).toBeGreaterThan(0);
  });
});
