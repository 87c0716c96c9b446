/**
 * Fidelity: what a lesson shows against a bare reference loop measured in the
 * same bench run, outside the lab. Lab and reference alternate (A B A B) so
 * drifting machine load hits both; each ratio is the median over the rounds.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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
    const reference = JSON.parse(execFileSync(process.execPath, [loops, '4', '5', '64', '2000'], { encoding: 'utf8' })) as Record<string, number>;
    for (const [label, key, lab] of pairs) {
      const labValue = lab(creation, communication);
      const referenceValue = reference[key] ?? Number.NaN;
      ratios.set(label, [...(ratios.get(label) ?? []), labValue / referenceValue]);
      labValues.set(label, [...(labValues.get(label) ?? []), labValue]);
      referenceValues.set(label, [...(referenceValues.get(label) ?? []), referenceValue]);
    }
  }
  return pairs.map(([label]) => {
    const ratio = median(ratios.get(label) ?? []);
    const lab = median(labValues.get(label) ?? []);
    const reference = median(referenceValues.get(label) ?? []);
    const unit = lab > 10_000 ? 'ms' : 'µs';
    const show = (value: number) => (unit === 'ms' ? (value / 1000).toFixed(1) : value.toFixed(1));
    return {
      metric: `fidelity: ${label} (lab / bare reference, median of ${ROUNDS})`,
      value: `${show(lab)} / ${show(reference)} ${unit}, ratio ${ratio.toFixed(2)}`,
      goal: '0.8–1.25',
      ok: ratio >= 0.8 && ratio <= 1.25,
    };
  });
}
