/**
 * The creation lesson's native figures, from a real run through the built
 * server: the C program's fork() and pthread_create() were timed in the same
 * run as Node's units, one sample per unit per round, and nothing is left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { creationResultSchema } from '../../../shared/results/creation.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { nativeEngineBuilt } from '../../testing/nativeEngine.js';
import { membersOfGroup } from '../../testing/procWatch.js';

describe.skipIf(!nativeEngineBuilt())('creation lesson: C figures beside Node’s', () => {
  let server: LabServer;
  beforeAll(async () => {
    server = await startLabServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('times fork() and pthread_create() in the same run, per unit and round', async () => {
    const { info, events } = await runOverWebSocket(server, 'creation', { units: 3, repeats: 2 });
    expect(info.status, info.error).toBe('finished');
    const result = creationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    const native = result.native;
    if (!native?.available) throw new Error(`no native figures: ${JSON.stringify(native)}`);
    const rounds = Math.max(1, result.measuredRepeats ?? 1);
    expect(native.forkReadyUs).toHaveLength(3 * rounds);
    expect(native.threadReadyUs).toHaveLength(3 * rounds);
    for (const sample of [...native.forkReadyUs, ...native.threadReadyUs]) expect(sample).toBeGreaterThan(0);
    expect(native.forkTotalMedianUs).toBeGreaterThan(native.forkReadyMedianUs);
    expect(native.threadTotalMedianUs).toBeGreaterThan(native.threadReadyMedianUs);

    // The program was an actor of the run, with a real pid distinct from the host's, and it finished.
    const program = events.find((event): event is EventOf<'actor.started'> => event.kind === 'actor.started' && event.actor === 'native');
    const host = events.find((event): event is EventOf<'actor.started'> => event.kind === 'actor.started' && event.actor === 'host');
    expect(program?.pid).not.toBe(host?.pid);
    expect(events.find((event) => event.kind === 'actor.exited' && event.actor === 'native')).toMatchObject({ code: 0, signal: null });

    let left = membersOfGroup(host?.pid ?? -1);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(host?.pid ?? -1);
    }
    expect(left).toEqual([]);
    const exits = events.filter((event): event is EventOf<'actor.exited'> => event.kind === 'actor.exited').map((event) => event.actor);
    const starts = events.filter((event: LabEvent): event is EventOf<'actor.started'> => event.kind === 'actor.started').map((event) => event.actor);
    expect(exits.sort()).toEqual(starts.sort());
  });
});
