/**
 * Many WebSocket clients in one process, each recording when every events
 * frame arrived relative to the server's stamp (same CLOCK_MONOTONIC).
 */
import WebSocket from 'ws';

/** One events frame: its delivery latency, its size in events, and when it arrived (ms, CLOCK_MONOTONIC). */
export type Receipt = { latencyMs: number; events: number; atMs: number; run: string };
export type ClientSwarm = {
  receipts: Receipt[][];
  sendAll(message: unknown): void;
  close(): void;
};

const EVENTS_FRAME = Buffer.from('{"type":"events",');
const STAMP = '"serverSentNs":"';
const SEQ = '"seq":';

/**
 * The send stamp and the number of events of an events frame, without
 * JSON.parse: one process plays every spectator, and parsing each 2,000-event
 * frame a thousand times over made the clients' own backlog most of the
 * latency measured (for the lab and the bare broadcast alike). Every event has
 * one "seq" key and no payload has a key of that name; inside a JSON string a
 * quote is escaped, so counting the key is counting events.
 */
export function readEventsFrame(data: Buffer): { sentNs: bigint; events: number; run: string } | undefined {
  if (data.compare(EVENTS_FRAME, 0, EVENTS_FRAME.length, 0, EVENTS_FRAME.length) !== 0) return undefined;
  // The hub and the bare broadcaster both write {"type":"events","run":"<id>",...}.
  const runAt = data.indexOf('"run":"') + '"run":"'.length;
  const run = data.toString('latin1', runAt, data.indexOf('"', runAt));
  const stamp = data.lastIndexOf(STAMP);
  if (stamp < 0) return undefined;
  const digits = stamp + STAMP.length;
  const sentNs = BigInt(data.toString('latin1', digits, data.indexOf('"', digits)));
  let events = 0;
  for (let at = data.indexOf(SEQ); at >= 0; at = data.indexOf(SEQ, at + SEQ.length)) events += 1;
  return { sentNs, events, run };
}

export async function connectSwarm(url: string, count: number, origin: string): Promise<ClientSwarm> {
  const receipts: Receipt[][] = [];
  const sockets: WebSocket[] = [];
  const opening: Promise<void>[] = [];
  for (let index = 0; index < count; index += 1) {
    const socket = new WebSocket(url, { origin, perMessageDeflate: false });
    const mine: Receipt[] = [];
    receipts.push(mine);
    sockets.push(socket);
    socket.on('message', (data: Buffer) => {
      const now = process.hrtime.bigint();
      const receipt = readEventsFrame(data);
      if (receipt) mine.push({ latencyMs: Number(now - receipt.sentNs) / 1e6, events: receipt.events, atMs: Number(now) / 1e6, run: receipt.run });
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
