/**
 * The race lesson's measuring process: N worker threads share one counter.
 * Round after round, each variant (plain, atomic, lock) and repeat, it resets
 * the counter, releases the threads together, and reads the counter back.
 */
import { raceVariants } from '../../../shared/results/race.js';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { startThreadActor } from '../../lab/supervisor.js';
import { SLOT, slotCount } from './sharedLayout.js';
import { mayStartRound, ROUND_CAP_MS, shareOf } from './timeBudget.js';
import { waitForAtLeast } from './waitFor.js';

const runtime = startActorRuntime();
const [threadCount, increments, repeats] = process.argv.slice(2).map(Number) as [number, number, number];
const shared = new Int32Array(new SharedArrayBuffer(slotCount(threadCount) * Int32Array.BYTES_PER_ELEMENT));

const workers = Array.from({ length: threadCount }, (_, index) =>
  startThreadActor(runtime, {
    actor: `thread-${index + 1}`,
    label: `thread ${index + 1}`,
    parent: runtime.actor,
    entry: new URL('./raceWorker.js', import.meta.url),
    startNs: runtime.startNs,
    workerData: { shared: shared.buffer, index, increments },
  }),
);
await waitForAtLeast(shared, SLOT.ready, threadCount);

type Round = { repeat: number; expected: number; final: number; lost: number; wallMs: number; cutForTime: boolean };
const variants: { variant: (typeof raceVariants)[number]; rounds: Round[]; skippedForTime: number }[] = [];
let round = 0;
let totalSpentMs = 0;

for (const [variantIndex, variant] of raceVariants.entries()) {
  runtime.emit({ kind: 'phase', name: `threads-${variant}` });
  const rounds: Round[] = [];
  const shareMs = shareOf(raceVariants.length - variantIndex, totalSpentMs);
  let spentMs = 0;
  let longestRoundMs = 0;
  for (let repeat = 1; repeat <= repeats; repeat += 1) {
    // Every variant gets at least one round; later ones only while its share of time allows.
    if (!mayStartRound({ repeat, spentMs, longestRoundMs, shareMs })) break;
    for (const slot of [SLOT.counter, SLOT.lock, SLOT.done, SLOT.abort]) Atomics.store(shared, slot, 0);
    Atomics.store(shared, SLOT.variant, variantIndex);
    round += 1;
    const roundStart = performance.now();
    Atomics.store(shared, SLOT.round, round);
    Atomics.notify(shared, SLOT.round);
    const cap = setTimeout(() => Atomics.store(shared, SLOT.abort, 1), ROUND_CAP_MS);
    await waitForAtLeast(shared, SLOT.done, threadCount);
    clearTimeout(cap);
    const wallMs = performance.now() - roundStart;
    spentMs += wallMs;
    longestRoundMs = Math.max(longestRoundMs, wallMs);
    const final = Atomics.load(shared, SLOT.counter);
    let expected = 0;
    for (let index = 0; index < threadCount; index += 1) expected += Atomics.load(shared, SLOT.perWorker + index);
    runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'counter', value: final });
    rounds.push({ repeat, expected, final, lost: expected - final, wallMs, cutForTime: Atomics.load(shared, SLOT.abort) === 1 });
  }
  totalSpentMs += spentMs;
  // Repeats asked for but not run are reported, never silently dropped.
  variants.push({ variant, rounds, skippedForTime: repeats - rounds.length });
}

Atomics.store(shared, SLOT.quit, 1);
Atomics.add(shared, SLOT.round, 1);
Atomics.notify(shared, SLOT.round);
await Promise.all(workers.map((worker) => worker.exited));
await runtime.flush();
process.send?.({ type: 'rounds', variants }, undefined, undefined, () => process.exit(0));
