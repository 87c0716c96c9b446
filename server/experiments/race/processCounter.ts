/**
 * The same increments in a process of its own: the counter lives in this
 * process's memory, so nobody else can touch it and nothing can be lost.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';

const runtime = startActorRuntime();
const increments = Number(process.argv[2] ?? '1');
// Same code as a racing thread's plain increment, on memory nobody shares.
const counter = new Int32Array(1);
const started = performance.now();
for (let step = 0; step < increments; step += 1) counter[0] = (counter[0] as number) + 1;
const wallMs = performance.now() - started;
runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: runtime.pid, cell: 'counter', value: counter[0] as number });
await runtime.flush();
process.send?.({ type: 'final', final: counter[0], wallMs }, undefined, undefined, () => process.exit(0));
