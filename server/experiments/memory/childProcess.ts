/**
 * A child process of the memory lesson. It owns its own x: the value arrives
 * as a copy over IPC, and every increment changes only this process's memory.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { exitSchema, initSchema, ipcBytes } from './messages.js';

const runtime = startActorRuntime();
const increments = Number(process.argv[2] ?? '1');
const peer = runtime.parent ?? 'host';

process.on('message', (raw) => {
  // The host lets all children end together, after it has read its own x
  // while every copy still exists.
  if (exitSchema.safeParse(raw).success) process.exit(0);
  const init = initSchema.safeParse(raw);
  if (!init.success) return;
  runtime.emit({ kind: 'message.received', actor: runtime.actor, peer, channel: 'ipc', bytes: ipcBytes(raw), msg: init.data.msg });

  let x = init.data.x;
  runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value: x });
  for (let step = 0; step < increments; step += 1) {
    x = x + 1;
    runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: runtime.pid, cell: 'x', value: x });
  }

  const final = { type: 'final', x, msg: `final-${runtime.actor}` };
  runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer, channel: 'ipc', bytes: ipcBytes(final), msg: final.msg });
  void runtime.flush().then(() => {
    process.send?.(final);
  });
});

process.send?.({ type: 'ready' });
