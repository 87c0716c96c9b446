import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../../shared/protocol.js';
import { backendModelAt, onTheWire, requestNumber, servingBy, sideOfMsg } from './model.js';

let seq = 0;
const at = (t: number, body: Record<string, unknown>): LabEvent => ({ run: 'r', seq: seq++, t, ...body }) as LabEvent;
const sent = (t: number, actor: string, peer: string, msg: string) => at(t, { kind: 'message.sent', actor, peer, channel: 'tcp', bytes: 0, msg });
const received = (t: number, actor: string, peer: string, msg: string) => at(t, { kind: 'message.received', actor, peer, channel: 'tcp', bytes: 0, msg });

const events: LabEvent[] = [
  sent(1, 'loadgen', 'pool', 'pool-1'),
  received(2, 'pool-thread-2', 'loadgen', 'pool-1'),
  sent(3, 'pool-thread-2', 'loadgen', 'pool-1r'),
  received(4, 'loadgen', 'pool-thread-2', 'pool-1r'),
  sent(5, 'loadgen', 'pool', 'pool-fault'),
  received(6, 'pool-thread-1', 'loadgen', 'pool-fault'),
  sent(7, 'loadgen', 'cluster', 'cluster-f3'),
  at(8, { kind: 'message.lost', actor: 'loadgen', msg: 'pool-fault', reason: 'ECONNRESET' }),
];

describe('backend stage model', () => {
  it('follows a request from the wire to the worker that served it and back', () => {
    expect(backendModelAt(events, 0).requests.get('pool-1')).toMatchObject({ state: 'sent', servedBy: undefined });
    expect(backendModelAt(events, 1).requests.get('pool-1')).toMatchObject({ state: 'serving', servedBy: 'pool-thread-2' });
    const answered = backendModelAt(events, 3);
    expect(answered.requests.get('pool-1')?.state).toBe('answered');
    expect(answered.served.get('pool-thread-2')).toBe(1);
  });

  it('marks the fault request and counts lost requests per side', () => {
    const model = backendModelAt(events, events.length - 1);
    expect(model.requests.get('pool-fault')).toMatchObject({ state: 'lost', poison: true, servedBy: 'pool-thread-1', lostReason: 'ECONNRESET' });
    expect(model.lost).toEqual({ pool: 1, cluster: 0, hop: 0 });
    expect(onTheWire(model, 'cluster').map((request) => request.msg)).toEqual(['cluster-f3']);
    expect(servingBy(backendModelAt(events, 5), 'pool-thread-1').map((request) => request.msg)).toEqual(['pool-fault']);
  });

  it('reads sides and numbers from message ids', () => {
    expect(sideOfMsg('hop-2')).toBe('hop');
    expect(sideOfMsg('other')).toBeUndefined();
    expect(requestNumber('cluster-f12')).toBe('12');
    expect(requestNumber('pool-fault')).toBe('☠');
  });
});
