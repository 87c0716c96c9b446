/**
 * How shared the machine was while a benchmark ran: the load average, and
 * how much of the machine's CPU time went to processes that are neither the
 * lab server (with every process under it, reaped ones included) nor the
 * benchmark itself. Read from /proc; a figure measured while others used the
 * machine must say so.
 */
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/** Linux reports CPU times in USER_HZ, 100 on every mainstream architecture. */
const TICKS_PER_SECOND = 100;

export function loadAverages(): [number, number, number] {
  const [one, five, fifteen] = readFileSync('/proc/loadavg', 'utf8').split(' ').map(Number);
  return [one ?? 0, five ?? 0, fifteen ?? 0];
}

function machineTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already inside user)
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime stime cutime cstime: fields 14–17 of stat(5), here 11–14 after the state.
    return [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  } catch {
    return 0;
  }
}

/** A process and every live descendant (reaped ones are in their parents' cutime). */
export function descendantsOf(rootPid: number): number[] {
  const found: number[] = [];
  const visit = (pid: number): void => {
    found.push(pid);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      return;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) visit(Number(child));
      } catch {
        // gone
      }
    }
  };
  visit(rootPid);
  return found;
}

export type ShareSnapshot = { at: number; machine: { busy: number; total: number }; labTicks: number; benchMicros: number };

export function shareSnapshot(labRootPid: number | undefined): ShareSnapshot {
  const usage = process.cpuUsage();
  return {
    at: Date.now(),
    machine: machineTicks(),
    labTicks: labRootPid === undefined ? 0 : descendantsOf(labRootPid).reduce((sum, pid) => sum + processTicks(pid), 0),
    benchMicros: usage.user + usage.system,
  };
}

export type MachineShare = {
  /** Share of the whole machine's CPU time (all cores) that was busy, 0–1. */
  busy: number;
  lab: number;
  bench: number;
  /** Busy with anything else: other people's work. */
  others: number;
  seconds: number;
};

export function shareBetween(before: ShareSnapshot, after: ShareSnapshot): MachineShare {
  const total = Math.max(1, after.machine.total - before.machine.total);
  const busy = (after.machine.busy - before.machine.busy) / total;
  const lab = Math.max(0, after.labTicks - before.labTicks) / total;
  const bench = ((after.benchMicros - before.benchMicros) / 1e6) * TICKS_PER_SECOND / total;
  return { busy, lab, bench, others: Math.max(0, busy - lab - bench), seconds: (after.at - before.at) / 1000 };
}

/** Samples the 1-minute load average every few seconds until stopped. */
export function watchLoad(everyMs = 5_000) {
  const samples: number[] = [loadAverages()[0]];
  const timer = setInterval(() => samples.push(loadAverages()[0]), everyMs);
  timer.unref();
  return {
    stop(): { min: number; max: number; mean: number } {
      clearInterval(timer);
      samples.push(loadAverages()[0]);
      return { min: Math.min(...samples), max: Math.max(...samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length };
    },
  };
}

export const percent = (share: number): string => `${(share * 100).toFixed(0)} %`;

/** "the machine was shared: 35 % of its CPU went to other work" or "quiet". */
export function describeShare(share: MachineShare, load: { min: number; max: number; mean: number }): string {
  const cores = availableParallelism();
  const shared = share.others >= 0.1;
  return (
    `load average ${load.min.toFixed(2)}–${load.max.toFixed(2)} (mean ${load.mean.toFixed(2)}) on ${cores} cores; ` +
    `CPU time of the machine: lab ${percent(share.lab)}, benchmark client ${percent(share.bench)}, other work ${percent(share.others)}` +
    (shared ? ' — **measured while the machine was shared with other work**' : '')
  );
}

/**
 * Writes `section` into docs/benchmarks.md between its markers (replacing the
 * last version, or appended), for a benchmark run on its own.
 */
export function publishSection(file: string, name: string, section: string): void {
  const start = `<!-- section:${name} -->`;
  const end = `<!-- /section:${name} -->`;
  const block = `${start}\n${section.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next = from >= 0 && to > from ? `${text.slice(0, from)}${block}${text.slice(to + end.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

/** The section with its markers, for the full bench to append after its table. */
export function markedSection(name: string, section: string): string {
  return `<!-- section:${name} -->\n${section.trim()}\n<!-- /section:${name} -->`;
}

/** Rows as the bench's table, for a benchmark run on its own. */
export function rowsTable(rows: readonly { metric: string; value: string; goal: string; ok: boolean | undefined }[]): string {
  return [
    '| metric | measured | goal | result |',
    '|---|---|---|---|',
    ...rows.map((row) => `| ${row.metric} | ${row.value} | ${row.goal} | ${row.ok === undefined ? 'not measured' : row.ok ? 'PASS' : '**FAIL**'} |`),
  ].join('\n');
}
