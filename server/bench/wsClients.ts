/**
 * Many WebSocket clients in one process, each recording when every events
 * frame arrived relative to the server's stamp (same CLOCK_MONOTONIC).
 */
import WebSocket from 'ws';

/** One events frame: its delivery latency, its size in events, and when it arrived (ms, CLOCK_MONOTONIC). */
export type Receipt = { latencyMs: number; events: number; atMs: number };
export type ClientSwarm = {
  receipts: Receipt[][];
  sendAll(message: unknown): void;
  close(): void;
};

export async function connectSwarm(url: string, count: number, origin: string): Promise<ClientSwarm> {
  const receipts: Receipt[][] = [];
  const sockets: WebSocket[] = [];
  const opening: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const socket = new WebSocket(url, { origin, perMessageDeflate: false });
    const mine: Receipt[] = [];
    receipts.push(mine);
    sockets.push(socket);
    socket.on('message', (data) => {
      const now = process.hrtime.bigint();
      const text = data.toString();
      if (!text.startsWith('{"type":"events"')) return;
      const message = JSON.parse(text) as { events: unknown[]; serverSentNs?: string };
      if (!message.serverSentNs) return;
      mine.push({ latencyMs: Number(now - BigInt(message.serverSentNs)) / 1e6, events: message.events.length, atMs: Number(now) / 1e6 });
    });
    opening.push(new Promise((resolve, reject) => socket.once('open', () => resolve()).once('error', reject)));
    // Open in small groups so the listen backlog is not the thing measured.
    if (index % 50 === 49) await Promise.all(opening.splice(0));
  }
  await Promise.all(opening);
  return {
    receipts,
    sendAll(message) {
      const frame = JSON.stringify(message);
      for (const socket of sockets) socket.send(frame);
    },
    close() {
      for (const socket of sockets) socket.terminate();
    },
  };
}
