/**
 * The faults, done for real. Each is what the name says: an uncaught
 * exception, a fatal signal, an abort, a heap exhausted. None is simulated.
 */
export type ProcessFault = 'exception' | 'sigsegv' | 'sigabrt' | 'oom';
export type ThreadFault = 'sigsegv' | 'exception' | 'corruption';

/** Heap limit given to a process whose fault is 'oom', MiB: small, so it runs out fast. */
export const OOM_HEAP_MB = 32;

export function commitProcessFault(fault: ProcessFault): void {
  switch (fault) {
    case 'exception':
      // Thrown from a timer callback so nothing can catch it: uncaught, exit code 1.
      setTimeout(() => {
        throw new Error('deliberate uncaught exception');
      });
      return;
    case 'sigsegv':
      process.kill(process.pid, 'SIGSEGV');
      return;
    case 'sigabrt':
      process.abort();
      return;
    case 'oom': {
      const hoard: number[][] = [];
      for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
    }
    default: {
      const unreachable: never = fault;
      throw new Error(`unknown fault ${String(unreachable)}`);
    }
  }
}
