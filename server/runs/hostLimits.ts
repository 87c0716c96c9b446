/**
 * Resource limits of every process of a run (rlimits are inherited across
 * fork and exec, and shared by a process's threads), set by the shell that
 * becomes the lab host, so a student's parameters cannot exhaust the machine:
 *
 * - data (RLIMIT_DATA, `ulimit -d`): each process's private writable memory
 *   (heap, anonymous mappings; since Linux 4.7). Not the address space
 *   (RLIMIT_AS): V8 reserves far more address space than it uses, and Node 20
 *   does not start under `ulimit -v 4194304` here, where it runs 8 workers
 *   under `ulimit -d 2097152`.
 * - open files (RLIMIT_NOFILE, `ulimit -n`).
 * - CPU time (RLIMIT_CPU, `ulimit -t`): a backstop far above any run's
 *   wall-clock limit times the cores; the wall-clock limit ends runs first.
 * - processes (RLIMIT_NPROC, `ulimit -u`): counted per user, for all of
 *   that user's processes, and not enforced at all for root (setrlimit(2):
 *   processes with CAP_SYS_ADMIN or CAP_SYS_RESOURCE are exempt). So it
 *   binds only when the lab runs as an ordinary user, as a hosted lab should;
 *   as root, the lesson's own bounds (at most 8 processes or threads a side,
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
