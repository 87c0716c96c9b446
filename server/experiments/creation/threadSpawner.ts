/**
 * The process in which the creation lesson starts its worker threads, so
 * the memory a worker adds can be read as the growth of this one process
 * (nothing else happens in it). Commands come from the lab host over IPC.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readMemoryRollup } from '../../lab/procProbe.js';
import { createUnits } from './measureUnits.js';

const runtime = startActorRuntime();

type Command = { type: 'repeat'; units: number; repeat: number; story: boolean };

process.on('message', async (raw) => {
  const command = raw as Command | { type: 'end' };
  if (command.type === 'end') {
    await runtime.flush();
    process.exit(0);
  }
  if (command.type !== 'repeat') return;
  const before = readMemoryRollup(process.pid);
  let during = before;
  const times = await createUnits(
    'thread',
    command.units,
    command.story ? { sink: runtime, parent: runtime.actor, startNs: runtime.startNs, repeat: command.repeat } : undefined,
    () => {
      during = readMemoryRollup(process.pid);
    },
  );
  const perUnit = (field: 'privateKb' | 'rssKb' | 'pssKb') =>
    before && during ? (during[field] - before[field]) / command.units : Number.NaN;
  await runtime.flush();
  process.send?.({
    type: 'repeat-done',
    ...times,
    privateKbPerUnit: perUnit('privateKb'),
    rssKbPerUnit: perUnit('rssKb'),
    pssKbPerUnit: perUnit('pssKb'),
  });
});
process.send?.({ type: 'spawner-ready' });
