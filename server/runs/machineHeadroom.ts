/**
 * Whether the machine has room for one more run: free memory (MemAvailable
 * from /proc/meminfo, the kernel's estimate of memory available for new work
 * without swapping) and free disk on the data directory (statfs: blocks
 * available to unprivileged users). Below the lab's reserve, new runs are
 * refused with a sentence that gives the figures, and /api/health says so.
 * Read at most once a second, so a flood of requests does not turn into a
 * flood of reads.
 */
import { readFileSync, statfsSync } from 'node:fs';

export type HeadroomReading = { memAvailableBytes: number | undefined; diskFreeBytes: number | undefined };
export type HeadroomReserve = { minFreeMemoryMb: number; minFreeDiskMb: number };

const MiB = 1024 * 1024;

/** The refusal for a reading, in words, or undefined when there is room (pure). A figure that could not be read refuses nothing. */
export function headroomRefusal(reading: HeadroomReading, reserve: HeadroomReserve): string | undefined {
  const { memAvailableBytes, diskFreeBytes } = reading;
  if (memAvailableBytes !== undefined && memAvailableBytes < reserve.minFreeMemoryMb * MiB) {
    return `the machine has ${Math.floor(memAvailableBytes / MiB)} MiB of memory available, below the ${reserve.minFreeMemoryMb} MiB the lab keeps in reserve; no new run starts until runs end and memory is free again`;
  }
  if (diskFreeBytes !== undefined && diskFreeBytes < reserve.minFreeDiskMb * MiB) {
    return `the lab's data directory has ${Math.floor(diskFreeBytes / MiB)} MiB of disk free, below the ${reserve.minFreeDiskMb} MiB it keeps in reserve; no new run starts until space is freed`;
  }
  return undefined;
}

/** MemAvailable in bytes from the text of /proc/meminfo, or undefined (pure). */
export function parseMemAvailable(meminfo: string): number | undefined {
  const match = /^MemAvailable:\s+(\d+) kB$/m.exec(meminfo);
  return match ? Number(match[1]) * 1024 : undefined;
}

export function readHeadroom(dataDir: string): HeadroomReading {
  let memAvailableBytes: number | undefined;
  let diskFreeBytes: number | undefined;
  try {
    memAvailableBytes = parseMemAvailable(readFileSync('/proc/meminfo', 'utf8'));
  } catch {
    memAvailableBytes = undefined;
  }
  try {
    const stats = statfsSync(dataDir);
    diskFreeBytes = Number(stats.bavail) * Number(stats.bsize);
  } catch {
    diskFreeBytes = undefined;
  }
  return { memAvailableBytes, diskFreeBytes };
}

export function createHeadroomCheck(
  dataDir: string,
  reserve: HeadroomReserve,
  read: (dataDir: string) => HeadroomReading = readHeadroom,
  now: () => number = Date.now,
) {
  let cached: { at: number; reading: HeadroomReading } | undefined;
  const current = (): HeadroomReading => {
    if (!cached || now() - cached.at >= 1000) cached = { at: now(), reading: read(dataDir) };
    return cached.reading;
  };
  return {
    refusal: (): string | undefined => headroomRefusal(current(), reserve),
    /** For /api/health: the figures, the reserve, and whether a run would be admitted now. */
    report() {
      const reading = current();
      const refusal = headroomRefusal(reading, reserve);
      return {
        ok: refusal === undefined,
        ...(refusal ? { reason: refusal } : {}),
        freeMemoryMb: reading.memAvailableBytes === undefined ? null : Math.floor(reading.memAvailableBytes / MiB),
        freeDiskMb: reading.diskFreeBytes === undefined ? null : Math.floor(reading.diskFreeBytes / MiB),
        ...reserve,
      };
    },
  };
}
