/**
 * The backend stage's story, read from the events up to the playhead: each
 * drawn request (a story request of the load generator, or a hop between the
 * two services), who served it, and whether it was answered or lost; and, per
 * worker, how many it has served. Pure: the same events give the same model.
 */
import type { LabEvent } from '../../../../shared/protocol.js';

export type RequestSide = 'pool' | 'cluster' | 'hop';
export type RequestState = 'sent' | 'serving' | 'answered' | 'lost';

export type DrawnRequest = {
  msg: string;
  side: RequestSide;
  state: RequestState;
  sentAt: number;
  /** The thread or process that received it (undefined while on the wire). */
  servedBy: string | undefined;
  /** The fault request: the one that makes its worker die. */
  poison: boolean;
  lostReason: string | undefined;
};

export type BackendModel = {
  requests: ReadonlyMap<string, DrawnRequest>;
  /** Story requests answered, per serving actor. */
  served: ReadonlyMap<string, number>;
  /** Story requests lost, per side. */
  lost: Readonly<Record<RequestSide, number>>;
  /** Real time (ns) of the last event applied. */
  now: number;
};

/** Which side a story message id belongs to: "pool-3", "cluster-f12", "pool-fault", "hop-2" (responses end in "r"). */
export function sideOfMsg(msg: string): RequestSide | undefined {
  if (msg.startsWith('pool-')) return 'pool';
  if (msg.startsWith('cluster-')) return 'cluster';
  if (msg.startsWith('hop-')) return 'hop';
  return undefined;
}

/** The request a response answers: "pool-3r" → "pool-3". */
function requestOf(msg: string, requests: ReadonlyMap<string, DrawnRequest>): DrawnRequest | undefined {
  return msg.endsWith('r') ? requests.get(msg.slice(0, -1)) : undefined;
}

export function backendModelAt(events: readonly LabEvent[], index: number): BackendModel {
  const requests = new Map<string, DrawnRequest>();
  const served = new Map<string, number>();
  const lost: Record<RequestSide, number> = { pool: 0, cluster: 0, hop: 0 };
  let now = 0;
  for (let at = 0; at <= index && at < events.length; at += 1) {
    const event = events[at] as LabEvent;
    now = event.t;
    if (event.kind === 'message.sent') {
      const side = sideOfMsg(event.msg);
      if (!side || requestOf(event.msg, requests)) continue;
      requests.set(event.msg, { msg: event.msg, side, state: 'sent', sentAt: event.t, servedBy: undefined, poison: event.msg.endsWith('-fault'), lostReason: undefined });
    } else if (event.kind === 'message.received') {
      const request = requests.get(event.msg);
      if (request) {
        requests.set(event.msg, { ...request, state: 'serving', servedBy: event.actor });
        continue;
      }
      const answered = requestOf(event.msg, requests);
      if (!answered) continue;
      requests.set(answered.msg, { ...answered, state: 'answered' });
      if (answered.servedBy) served.set(answered.servedBy, (served.get(answered.servedBy) ?? 0) + 1);
    } else if (event.kind === 'message.lost') {
      const request = requests.get(event.msg);
      if (!request || request.state === 'lost') continue;
      requests.set(event.msg, { ...request, state: 'lost', lostReason: event.reason });
      lost[request.side] += 1;
    }
  }
  return { requests, served, lost, now };
}

/** Requests a worker is serving right now (received, not yet answered or lost). */
export function servingBy(model: BackendModel, actor: string): DrawnRequest[] {
  return [...model.requests.values()].filter((request) => request.state === 'serving' && request.servedBy === actor);
}

/** Requests of a side still on the wire (sent, not yet received by a worker). */
export function onTheWire(model: BackendModel, side: RequestSide): DrawnRequest[] {
  return [...model.requests.values()].filter((request) => request.side === side && request.state === 'sent');
}

/** The short number people read on a packet: "pool-f12" → "12", "pool-fault" → "☠". */
export function requestNumber(msg: string): string {
  if (msg.endsWith('-fault')) return '☠';
  return /(\d+)$/.exec(msg)?.[1] ?? msg;
}
