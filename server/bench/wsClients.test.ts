import { describe, expect, it } from 'vitest';
import { readEventsFrame } from './wsClients.js';

describe('readEventsFrame', () => {
  it('reads the send stamp and counts the events of a frame as JSON.parse would', () => {
    const frame = {
      type: 'events',
      run: 'r1',
      events: [
        { run: 'r1', seq: 7, t: 1, kind: 'phase', name: 'a "seq": trick in a string' },
        { run: 'r1', seq: 8, t: 2, kind: 'run.finished', result: { counts: [1, 2] } },
      ],
      serverSentNs: '123456789012',
    };
    const text = JSON.stringify(frame);
    expect(readEventsFrame(Buffer.from(text))).toEqual({ sentNs: 123456789012n, events: JSON.parse(text).events.length, run: 'r1' });
  });

  it('ignores frames that are not events, or carry no stamp', () => {
    expect(readEventsFrame(Buffer.from(JSON.stringify({ type: 'run.status', run: {} })))).toBeUndefined();
    expect(readEventsFrame(Buffer.from(JSON.stringify({ type: 'events', run: 'r1', events: [] })))).toBeUndefined();
  });
});
