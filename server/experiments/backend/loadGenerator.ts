/**
 * The load generator: its own process, sending real HTTP requests over
 * loopback to the servers and recording each one's real outcome (when it
 * started and ended on the run's clock, who served it, or why it failed).
 * Story requests also emit events, so the stage can draw them; measured
 * requests emit nothing and are only counted.
 */
import { Agent, request as httpRequest } from 'node:http';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { loadCommandSchema, type LoadCommand, type Outcome } from './messages.js';
import { FAULT_HEADER, responseMsg, SERVED_BY_HEADER, STORY_HEADER } from './wire.js';

const runtime = startActorRuntime();
/** A request with no answer after this long counts as failed, so a wedged server cannot hold the run. */
const REQUEST_TIMEOUT_MS = 3_000;

/** agent false: a fresh connection per request (see faultWindow). */
type Target = { port: number; target: string; agent: Agent | false };
type Send = { msg?: string | undefined; poison?: boolean };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Sends one GET and resolves with what happened; never rejects. */
function send(to: Target, { msg, poison }: Send): Promise<Outcome> {
  const startT = runtime.now();
  if (msg) runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer: to.target, channel: 'tcp', bytes: 0, msg });
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: Omit<Outcome, 'startT' | 'endT'>): void => {
      if (settled) return;
      settled = true;
      const endT = runtime.now();
      if (msg && !outcome.ok) runtime.emit({ kind: 'message.lost', actor: runtime.actor, msg, reason: outcome.error ?? 'failed' });
      resolve({ startT, endT, ...outcome, ...(poison ? { poison: true } : {}) });
    };
    const headers: Record<string, string> = {};
    if (msg) headers[STORY_HEADER] = msg;
    if (poison) headers[FAULT_HEADER] = 'sigsegv';
    const request = httpRequest({ host: '127.0.0.1', port: to.port, path: '/', agent: to.agent, headers, timeout: REQUEST_TIMEOUT_MS }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        const servedBy = response.headers[SERVED_BY_HEADER];
        const ok = response.statusCode === 200;
        if (msg && ok) {
          runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: typeof servedBy === 'string' ? servedBy : to.target, channel: 'tcp', bytes, msg: responseMsg(msg) });
        }
        settle({ ok, ...(typeof servedBy === 'string' ? { servedBy } : {}), ...(ok ? {} : { error: `HTTP ${response.statusCode}` }) });
      });
      response.on('error', (error: NodeJS.ErrnoException) => settle({ ok: false, error: error.code ?? error.message }));
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error: NodeJS.ErrnoException) => settle({ ok: false, error: error.code ?? error.message }));
    request.end();
  });
}

function targetOf(port: number, target: string, sockets: number): Target {
  return { port, target, agent: new Agent({ keepAlive: true, maxSockets: sockets }) };
}

/** Closed loop: `concurrency` loops, each sends its next request as soon as the last one ended. */
async function batch(command: Extract<LoadCommand, { type: 'batch' }>): Promise<void> {
  const to = targetOf(command.port, command.target, command.concurrency);
  const outcomes: Outcome[] = new Array<Outcome>(command.count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: command.concurrency }, async () => {
      while (next < command.count) {
        const index = next++;
        const began = performance.now();
        outcomes[index] = await send(to, { msg: index < command.story ? `${command.side}-${index + 1}` : undefined });
        if (command.paceMs) await sleep(began + command.paceMs - performance.now());
      }
    }),
  );
  const wallMs = performance.now() - started;
  if (to.agent) to.agent.destroy();
  process.send?.({ type: 'batch-done', side: command.side, wallMs, outcomes });
}

/** Paced loops on every target at once; one request carries the fault at faultAtMs. */
async function faultWindow(command: Extract<LoadCommand, { type: 'fault-window' }>): Promise<void> {
  const t0 = performance.now();
  const elapsed = () => performance.now() - t0;
  const inStory = (at: number) => at >= command.faultAtMs - command.storyBeforeMs && at <= command.faultAtMs + command.storyAfterMs;
  const results: Record<string, Outcome[]> = {};
  const cameBack = new Set<string>();
  const going = () => elapsed() < command.maxWindowMs && (elapsed() < command.windowMs || cameBack.size < command.targets.length);
  await Promise.all(
    command.targets.map(async ({ side, port, target, backPrefix }) => {
      // A fresh connection per request, as from many short-lived clients: kept-alive
      // connections would stay pinned to the survivors and never reach a replacement.
      const to: Target = { port, target, agent: false };
      const outcomes: Outcome[] = [];
      results[side] = outcomes;
      let counter = 0;
      const poison = sleep(command.faultAtMs).then(async () => {
        outcomes.push(await send(to, { msg: `${side}-fault`, poison: true }));
      });
      const loops = Array.from({ length: command.slots }, async (_, slot) => {
        // Slots start spread over one pace, so requests arrive evenly rather than in bursts.
        await sleep((slot * command.paceMs) / command.slots);
        while (going()) {
          const at = elapsed();
          counter += 1;
          const outcome = await send(to, { msg: inStory(at) ? `${side}-f${counter}` : undefined });
          outcomes.push(outcome);
          if (outcome.ok && outcome.servedBy?.startsWith(backPrefix)) cameBack.add(side);
          await sleep(at + command.paceMs - elapsed());
        }
      });
      await Promise.all([poison, ...loops]);
    }),
  );
  process.send?.({ type: 'fault-done', windowMs: elapsed(), outcomes: results });
}

process.on('message', (raw) => {
  const parsed = loadCommandSchema.safeParse(raw);
  if (!parsed.success) return;
  const command = parsed.data;
  if (command.type === 'batch') void batch(command);
  else if (command.type === 'fault-window') void faultWindow(command);
  else void runtime.flush().then(() => process.exit(0));
});
process.send?.({ type: 'load-ready' });
