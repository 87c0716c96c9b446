/**
 * The thread side of the communication lesson, a worker in the lab host:
 * echoes postMessage pings (each a structured-clone copy), counts bursts,
 * and answers through shared memory (the mailbox) with no copy between heaps.
 */
import { parentPort } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { awaitTurnChange, isSink, openMailbox, PEER_FAILED, QUIT, readInPlace, setTurn } from './mailbox.js';

const runtime = startActorRuntime();
await runtime.flush();
const peer = runtime.parent ?? 'host';

type Command =
  | { type: 'ping'; story: string | null; payload: Uint8Array }
  | { type: 'blast'; payload: Uint8Array }
  | { type: 'blast-end' }
  | { type: 'end' }
  | { type: 'sab'; buffer: SharedArrayBuffer; messageBytes: number; spin: boolean; story: string[]; hostPid: number };

let blasted = 0;

/** Serves the mailbox until the host raises "quit": read the request in place, write the reply in place. */
function serveMailbox(command: Extract<Command, { type: 'sab' }>): void {
  const mailbox = openMailbox(command.buffer, command.messageBytes);
  try {
    answerUntilQuit(command, mailbox);
  } catch (error) {
    // The host sleeps until our turn ends: end it with the failure, or it would wait for ever.
    setTurn(mailbox.flags, PEER_FAILED);
    throw error;
  }
}

function answerUntilQuit(command: Extract<Command, { type: 'sab' }>, mailbox: ReturnType<typeof openMailbox>): void {
  // The reply's bytes; `set` into shared memory is a fast copy, while `fill` on a shared buffer is byte by byte in V8.
  const reply = new Uint8Array(command.messageBytes).fill(0x5a);
  let served = 0;
  // The host set the turn to 0 before asking us to serve; it may already have moved on to 1.
  let turn = 0;
  for (;;) {
    turn = awaitTurnChange(mailbox.flags, turn, command.spin);
    if (turn === QUIT) break;
    if (turn % 2 === 0) continue;
    const story = command.story[served];
    // Read the request in place; when echoing, write a reply as long as it over it, as the other channels do.
    reply[0] = readInPlace(mailbox.bytes);
    if (!isSink(mailbox.flags)) mailbox.bytes.set(reply);
    if (story) {
      runtime.emit({ kind: 'memory.read', actor: runtime.actor, space: command.hostPid, cell: 'mailbox', value: served + 1 });
      runtime.emit({ kind: 'memory.write', actor: runtime.actor, space: command.hostPid, cell: 'mailbox', value: -(served + 1) });
      void runtime.flush();
    }
    served += 1;
    turn += 1;
    setTurn(mailbox.flags, turn);
  }
  parentPort?.postMessage({ type: 'sab-done', served });
}

parentPort?.on('message', (command: Command) => {
  switch (command.type) {
    case 'ping':
      if (command.story) {
        runtime.emit({ kind: 'message.received', actor: runtime.actor, peer, channel: 'postMessage', bytes: command.payload.byteLength, msg: command.story });
        runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer, channel: 'postMessage', bytes: command.payload.byteLength, msg: `${command.story}-reply` });
        void runtime.flush();
      }
      parentPort?.postMessage({ type: 'pong', story: command.story, payload: command.payload });
      return;
    case 'blast':
      blasted += command.payload.byteLength;
      return;
    case 'blast-end':
      parentPort?.postMessage({ type: 'blast-ack', bytes: blasted });
      blasted = 0;
      return;
    case 'sab':
      serveMailbox(command);
      return;
    case 'end':
      void runtime.flush().then(() => process.exit(0));
      return;
  }
});
parentPort?.postMessage({ type: 'peer-ready' });
