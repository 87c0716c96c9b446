import { describe, expect, it } from 'vitest';
import { conversation } from './conversation.js';

describe('conversation', () => {
  it('hands each reply to the oldest waiter of its type, and ignores untyped messages', async () => {
    let deliver: (message: unknown) => void = () => undefined;
    const sent: unknown[] = [];
    const talk = conversation((message) => sent.push(message), (handler) => (deliver = handler));
    const first = talk.next('pong');
    const second = talk.next('pong');
    const other = talk.next('ack');
    talk.send({ type: 'ping' });
    deliver('noise');
    deliver({ type: 'ack', n: 0 });
    deliver({ type: 'pong', n: 1 });
    deliver({ type: 'pong', n: 2 });
    expect(await first).toEqual({ type: 'pong', n: 1 });
    expect(await second).toEqual({ type: 'pong', n: 2 });
    expect(await other).toEqual({ type: 'ack', n: 0 });
    expect(sent).toEqual([{ type: 'ping' }]);
  });
});
