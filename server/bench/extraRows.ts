/**
 * Fidelity: what a lesson shows against a bare reference loop measured in the
 * same bench run, outside the lab. Lab and reference alternate (A B A B) so
 * drifting machine load hits both; each ratio is the median over the rounds.
 *
 * Like for like: the lab pins each run to the cores its lesson is given
 * (creation 1, communication 2: server/runs/corePlan.ts; alone, the lowest
 * ones), so each half of the reference runs under `taskset -c` on the same cores.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { communicationExperiment, creationExperiment } from '../../shared/experiments.js';
import { chooseCores, coreRanges, coresNeeded } from '../runs/corePlan.js';
import { findExecutable } from '../runs/labHostProcess.js';
import { median } from '../../shared/stats.js';
import type { CommunicationResult } from '../../shared/results/communication.js';
import type { CreationResult } from '../../shared/results/creation.js';
import type { LabServer } from '../testing/labServer.js';
import { runOverWebSocket } from '../testing/labServer.js';

export type BenchRow = { metric: string; value: string; goal: string; ok: boolean | undefined };

// Five rounds: with three, one noisy round of a ~50 µs loop moved a ratio across the bar on an idle machine.
const ROUNDS = Number(process.env.BENCH_FIDELITY_ROUNDS ?? 5);
const loops = fileURLToPath(new URL('./reference/loops.js', import.meta.url));
const pairs: [label: string, reference: string, lab: (creation: CreationResult, communication: CommunicationResult) => number][] = [
  ['thread time-to-ready', 'threadReadyUs', (creation) => creation.verdict.threadReadyMedianUs],
  ['process time-to-ready', 'processReadyUs', (creation) => creation.verdict.processReadyMedianUs],
  ['postMessage round trip', 'postMessageUs', (_, communication) => channel(communication, 'postMessage')],
  ['SharedArrayBuffer wait/notify round trip', 'sabWaitUs', (_, communication) => channel(communication, 'sab-wait')],
  ['IPC (json) round trip', 'ipcJsonUs', (_, communication) => channel(communication, 'ipc-json')],
  ['IPC (advanced) round trip', 'ipcAdvancedUs', (_, communication) => channel(communication, 'ipc-advanced')],
  ['pipe (FIFO) round trip', 'pipeUs', (_, communication) => channel(communication, 'pipe')],
  ['Unix socket round trip', 'unixSocketUs', (_, communication) => channel(communication, 'unix-socket')],
  ['TCP loopback round trip', 'tcpUs', (_, communication) => channel(communication, 'tcp')],
];

const taskset = findExecutable('taskset', process.env.PATH ?? '/usr/bin:/bin');
/** The cores the lab gives a run of this lesson when it runs alone: the lowest ones. */
const coresOf = (spec: typeof creationExperiment | typeof communicationExperiment) =>
  chooseCores(new Set(), coresNeeded(spec, availableParallelism()), availableParallelism()) ?? [];
const creationCores = coresOf(creationExperiment);
const communicationCores = coresOf(communicationExperiment);

/** The reference loops for one part, on `cores` (under taskset) when this machine can pin. */
function bareFigures(part: 'creation' | 'communication', cores: number[]): Record<string, number> {
  const args = [loops, '4', '5', '64', '2000', part];
  const output = taskset
    ? execFileSync(taskset, ['-c', cores.join(','), process.execPath, ...args], { encoding: 'utf8' })
    : execFileSync(process.execPath, args, { encoding: 'utf8' });
  return JSON.parse(output) as Record<string, number>;
}

function channel(result: CommunicationResult, name: string): number {
  return result.channels.find((entry) => entry.channel === name)?.latencyMedianUs ?? Number.NaN;
}

export async function extraRows(server: LabServer): Promise<BenchRow[]> {
  const ratios = new Map<string, number[]>();
  const labValues = new Map<string, number[]>();
  const referenceValues = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const creation = (await runOverWebSocket(server, 'creation', { units: 4, repeats: 5 })).info.result as CreationResult;
    const communication = (
      await runOverWebSocket(server, 'communication', {
        messageBytes: 64,
        roundTrips: 2000,
        channels: ['postMessage', 'sab-wait', 'ipc-json', 'ipc-advanced', 'pipe', 'unix-socket', 'tcp'],
      })
    ).info.result as CommunicationResult;
    const bare = { ...bareFigures('creation', creationCores), ...bareFigures('communication', communicationCores) };
    for (const [label, key, lab] of pairs) {
      const labValue = lab(creation, communication);
      const referenceValue = bare[key] ?? Number.NaN;
      ratios.set(label, [...(ratios.get(label) ?? []), labValue / referenceValue]);
      labValues.set(label, [...(labValues.get(label) ?? []), labValue]);
      referenceValues.set(label, [...(referenceValues.get(label) ?? []), referenceValue]);
    }
  }
  return pairs.map(([label, key]) => {
    const cores = key === 'threadReadyUs' || key === 'processReadyUs' ? creationCores : communicationCores;
    const where = taskset ? `both on core${cores.length > 1 ? 's' : ''} ${coreRanges(cores)}` : 'reference not pinned: no taskset';
    const ratio = median(ratios.get(label) ?? []);
    const lab = median(labValues.get(label) ?? []);
    const reference = median(referenceValues.get(label) ?? []);
    const unit = lab > 10_000 ? 'ms' : 'µs';
    const show = (value: number) => (unit === 'ms' ? (value / 1000).toFixed(1) : value.toFixed(1));
    return {
      metric: `fidelity: ${label} (lab / bare reference, ${where}, median of ${ROUNDS})`,
      value: `${show(lab)} / ${show(reference)} ${unit}, ratio ${ratio.toFixed(2)}`,
      goal: '0.8–1.25',
      ok: ratio >= 0.8 && ratio <= 1.25,
    };
  });
}
