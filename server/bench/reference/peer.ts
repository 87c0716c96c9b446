/**
 * The other end of the bare reference loops: as a worker or a child process,
 * it answers "ready" at once and echoes whatever it gets, with no lab code
 * loaded, so the reference costs are Node's and the kernel's only.
 */
import { createConnection, Socket } from 'node:net';
import { openSync } from 'node:fs';
import { isMainThread, parentPort } from 'node:worker_threads';

type Command = { type: 'sab'; buffer: SharedArrayBuffer } | { type: 'stream'; kind: 'pipe' | 'unix' | 'tcp'; a: string; b?: string; port?: number; size: number } | { type: 'end' };

function echoStream(readable: Socket, writable: Socket, size: number): void {
  let pending = 0;
  const reply = Buffer.alloc(size);
  readable.on('data', (chunk: Buffer) => {
    pending += chunk.length;
    while (pending >= size) {
      pending -= size;
      writable.write(reply);
    }
  });
}

function handle(message: unknown, reply: (message: unknown) => void): void {
  const command = message as Command | { type: 'ping'; payload: unknown };
  if (command.type === 'ping') return reply({ type: 'pong', payload: command.payload });
  if (command.type === 'end') process.exit(0);
  if (command.type === 'sab') {
    const turn = new Int32Array(command.buffer, 0, 1);
    let seen = 0;
    for (;;) {
      Atomics.wait(turn, 0, seen);
      seen = Atomics.load(turn, 0);
      if (seen < 0) break;
      seen += 1;
      Atomics.store(turn, 0, seen);
      Atomics.notify(turn, 0);
    }
    return;
  }
  if (command.type === 'stream') {
    if (command.kind === 'pipe') {
      // The host opens its ends with the thread pool; these sync opens pair with them.
      const readable = new Socket({ fd: openSync(command.a, 'r'), readable: true, writable: false });
      const writable = new Socket({ fd: openSync(command.b as string, 'w'), readable: false, writable: true });
      echoStream(readable, writable, command.size);
    } else {
      const socket = command.kind === 'unix' ? createConnection(command.a) : createConnection(command.port as number, '127.0.0.1');
      socket.setNoDelay(true);
      echoStream(socket, socket, command.size);
    }
    reply({ type: 'stream-ready' });
  }
}

if (isMainThread) {
  process.on('message', (message) => handle(message, (answer) => process.send?.(answer)));
  process.send?.({ type: 'ready' });
} else {
  parentPort?.on('message', (message) => handle(message, (answer) => parentPort?.postMessage(answer)));
  parentPort?.postMessage({ type: 'ready' });
}
