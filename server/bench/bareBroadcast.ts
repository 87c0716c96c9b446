/**
 * The reference for fan-out: a bare `ws` server that broadcasts given frames
 * to every client, stamping each with its send time, and nothing else. Run as
 * its own process, like the lab server, so both pay the same loopback costs.
 *
 * Protocol (IPC from the bench): {frames: string[], gapsMs: number[]} → broadcasts them
 * with the same gaps, then answers 'done'.
 */
import { createServer } from 'node:http';
import { WebSocketServer, WebSocket } from 'ws';

const server = createServer();
const wss = new WebSocketServer({ server, perMessageDeflate: false });
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', async (raw) => {
  const { frames, gapsMs } = raw as { frames: string[]; gapsMs: number[] };
  for (let index = 0; index < frames.length; index += 1) {
    await new Promise((resolve) => setTimeout(resolve, gapsMs[index] ?? 0));
    // The same stamp-then-send the lab's hub does for a batch.
    const stamped = (frames[index] as string).replace(/"serverSentNs":"\d+"/, `"serverSentNs":"${process.hrtime.bigint()}"`);
    for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(stamped);
  }
  process.send?.('done');
});
process.on('disconnect', () => process.exit(0));
