/**
 * The process in which the creation lesson starts its worker threads, so
 * the memory a worker adds can be read as the growth of this one process
 * (nothing else happens in it). Commands come from the lab host over IPC.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readMemoryRollup } from '../../lab/procProbe.js';
import { createUnits } from './measureUnits.js';
import type { SpawnerCommand, SpawnerReport } from './spawnerMessages.js';

const runtime = startActorRuntime();

async function runRound(units: number, story: boolean): Promise<SpawnerReport> {
  const before = readMemoryRollup(process.pid);
  let during = before;
  const times = await createUnits(
    'thread',
    units,
    story ? { sink: runtime, parent: runtime.actor, startNs: runtime.startNs } : undefined,
    () => {
      during = readMemoryRollup(process.pid);
    },
  );
  // Growth of this process while all N workers are alive and idle, per worker.
  const perUnit = (field: 'privateKb' | 'rssKb' | 'pssKb') =>
    before && during ? (during[field] - before[field]) / units : Number.NaN;
  return {
    type: 'round-done',
    ...times,
    privateKbPerUnit: perUnit('privateKb'),
    rssKbPerUnit: perUnit('rssKb'),
    pssKbPerUnit: perUnit('pssKb'),
  };
}

process.on('message', (raw) => {
  const command = raw as SpawnerCommand;
  if (command.type === 'end') {
    void runtime.flush().then(() => process.exit(0));
    return;
  }
  if (command.type !== 'round') return;
  runRound(command.units, command.story)
    .catch((error: unknown): SpawnerReport => ({ type: 'round-failed', error: error instanceof Error ? error.message : String(error) }))
    .then(async (report) => {
      // The story's actor events go first, so they are on the bus before the host moves on.
      await runtime.flush();
      process.send?.(report);
    });
});
process.send?.({ type: 'spawner-ready' } satisfies SpawnerReport);
