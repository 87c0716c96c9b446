/**
 * The microservices part: two services, each its own process, talking HTTP
 * over loopback TCP, exactly as they would between two machines (only the
 * wire is shorter). Service B ("back") prices order lines; service A
 * ("front") asks it, and also calls the same function in-process, to time
 * what the network hop adds.
 *
 * argv: front | back
 */
import { Agent, createServer, request as httpRequest } from 'node:http';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { hopsCommandSchema, isEnd, type HopsCommand } from './messages.js';
import { quote } from './quote.js';
import { responseMsg, STORY_HEADER } from './wire.js';

const runtime = startActorRuntime();
const role = process.argv[2] === 'back' ? 'back' : 'front';

function serveQuotes(): void {
  const server = createServer((request, response) => {
    request.resume();
    const header = request.headers[STORY_HEADER];
    const msg = typeof header === 'string' ? header.slice(0, 60) : undefined;
    if (msg) runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: 'svc-front', channel: 'tcp', bytes: 0, msg });
    const item = Number(new URL(request.url ?? '/', 'http://x').searchParams.get('item') ?? '0');
    const body = JSON.stringify(quote(item));
    if (msg) runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer: 'svc-front', channel: 'tcp', bytes: Buffer.byteLength(body), msg: responseMsg(msg) });
    response.setHeader('content-type', 'application/json');
    response.end(body);
  });
  server.keepAliveTimeout = 10_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address && typeof address === 'object') process.send?.({ type: 'server-ready', port: address.port });
  });
}

function askBack(agent: Agent, port: number, item: number, msg: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = msg ? { [STORY_HEADER]: msg } : {};
    const request = httpRequest({ host: '127.0.0.1', port, path: `/quote?item=${item}`, agent, headers, timeout: 3_000 }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => {
        if (msg) runtime.emit({ kind: 'message.received', actor: runtime.actor, peer: 'svc-back', channel: 'tcp', bytes, msg: responseMsg(msg) });
        resolve();
      });
    });
    request.on('timeout', () => request.destroy(new Error('service B did not answer within 3 s')));
    request.on('error', reject);
    if (msg) runtime.emit({ kind: 'message.sent', actor: runtime.actor, peer: 'svc-back', channel: 'tcp', bytes: 0, msg });
    request.end();
  });
}

async function measureHops(command: HopsCommand): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const hopUs: number[] = [];
  const inProcessUs: number[] = [];
  let sink = 0;
  for (let index = 0; index < command.count; index += 1) {
    const local = process.hrtime.bigint();
    sink += quote(index).cents;
    inProcessUs.push(Number(process.hrtime.bigint() - local) / 1e3);
    const remote = process.hrtime.bigint();
    await askBack(agent, command.backPort, index, index < command.story ? `hop-${index + 1}` : undefined);
    hopUs.push(Number(process.hrtime.bigint() - remote) / 1e3);
  }
  agent.destroy();
  // Using the sum keeps the optimizer from dropping the in-process calls as dead code.
  process.send?.({ type: 'hops-done', hopUs, inProcessUs, checksum: sink });
}

if (role === 'back') serveQuotes();
process.on('message', (raw) => {
  if (isEnd(raw)) return void runtime.flush().then(() => process.exit(0));
  const command = hopsCommandSchema.safeParse(raw);
  if (command.success && role === 'front') void measureHops(command.data);
});
