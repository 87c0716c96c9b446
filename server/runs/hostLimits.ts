/**
 * Resource limits of every process of a run (rlimits are inherited across
 * fork and exec, and shared by a process's threads), set by util-linux's
 * prlimit just before it execs the lab host, so a student's parameters cannot
 * exhaust the machine:
 *
 * - data (RLIMIT_DATA, `ulimit -d`): each process's private writable memory
 *   (heap, anonymous mappings, thread stacks; since Linux 4.7). Not the
 *   address space (RLIMIT_AS): V8 reserves far more address space than it
 *   uses. Measured here (Node 20.20, x86-64): Node alone starts under a 2 GiB
 *   RLIMIT_AS, but each worker thread reserves about 620 MiB more (a process
 *   with 8 idle workers has VmSize 5.7 GiB at 106 MiB RSS), so under 4 GiB
 *   the 6th worker aborts ("Fatal process OOM in Failed to reserve virtual
 *   memory for CodeRange"), and only at 8 GiB do the 8 workers of the
 *   parallelism lesson start: a bound that bounds nothing. Under a 2 GiB
 *   RLIMIT_DATA, 8 workers each filling 16 MB start and finish; 256 MiB is
 *   too little for them (a worker dies "JS heap out of memory"). A runaway
 *   Node process with no heap limit under 2 GiB RLIMIT_DATA is stopped at a
 *   peak RSS of about 2030 MiB (heap out of memory, SIGABRT), so the crash
 *   lesson's OOM fault, already capped by its 32 MiB V8 heap (peak RSS 71
 *   MiB, dead in 0.7 s), could not take more than that even without it.
 * - open files (RLIMIT_NOFILE, `ulimit -n`).
 * - CPU time (RLIMIT_CPU, `ulimit -t`): a backstop far above any run's
 *   wall-clock limit times the cores; the wall-clock limit ends runs first.
 * - processes (RLIMIT_NPROC, `ulimit -u`): counted per real user, over
 *   every task (thread) of all that user's processes, and not enforced at
 *   all for root (setrlimit(2): CAP_SYS_ADMIN or CAP_SYS_RESOURCE exempt).
 *   Measured here as root: under `prlimit --nproc=5` a shell forks 10
 *   children and Node starts 20 workers; the same limit after `setpriv
 *   --reuid=65534` gives "Cannot fork". So it binds only when the hosts run
 *   as an ordinary user: the server's, or the one labHostProcess's `runAs`
 *   drops to (every lesson runs so, FIFOs and the native engine included).
 *   Being per user, the limit is then one pool shared by all runs in flight
 *   (a run of 16 Node processes has about 200 tasks). As root, the lesson's
 *   own bounds (at most 8 processes or threads a side, 16 creation units,
 *   checked by zod) and the run's process group are what hold.
 * - core dumps off (RLIMIT_CORE 0).
 */
export type HostLimits = {
  dataMb: number;
  openFiles: number;
  cpuSeconds: number;
  processes: number;
};

/** Defaults for a run whose wall-clock limit is at most `longestRunSeconds`, on `cores` cores. */
export function defaultHostLimits(longestRunSeconds: number, cores: number): HostLimits {
  return {
    // The host's heap is 256 MiB and a lesson's processes far less; 2 GiB each leaves room and still bounds a runaway.
    dataMb: 2048,
    openFiles: 4096,
    cpuSeconds: Math.ceil(longestRunSeconds * Math.max(1, cores)) + 60,
    // Tasks of one user over all runs in flight (see above): ~20 runs at their largest; only binds for a non-root user.
    processes: 4096,
  };
}

/**
 * The command prefix that sets them and then executes the host (same pid):
 * util-linux's prlimit, which calls prlimit(2)/setrlimit and execs the
 * command. (A shell's `ulimit` cannot do it portably: dash names the process
 * limit -p, bash -u.) Without prlimit, only core dumps are turned off (by the
 * shell, which both know) and the run says nothing false: the limits are
 * simply not there, as README's Safety section says.
 */
export function limitsPrefix(prlimitPath: string | undefined, limits: HostLimits): { prefix: string[]; shellLine: string } {
  if (!prlimitPath) return { prefix: [], shellLine: 'ulimit -c 0 && exec "$0" "$@"' };
  const whole = (value: number, name: string): number => {
    if (!Number.isInteger(value) || value < 1) throw new Error(`host limit ${name} must be a whole number of at least 1 (got ${value})`);
    return value;
  };
  return {
    prefix: [
      prlimitPath,
      '--core=0',
      `--data=${whole(limits.dataMb, 'dataMb') * 1024 * 1024}`,
      `--nofile=${whole(limits.openFiles, 'openFiles')}`,
      `--cpu=${whole(limits.cpuSeconds, 'cpuSeconds')}`,
      `--nproc=${whole(limits.processes, 'processes')}`,
      '--',
    ],
    shellLine: 'exec "$0" "$@"',
  };
}
