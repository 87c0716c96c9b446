import { describe, expect, it } from 'vitest';
import { createHandsOnClass } from './handsOnClass.js';
import { createStudentQuota } from './studentQuota.js';
import type { Session } from './sessions.js';

const student = (id: string): Session => ({ id, address: 'x', createdAt: 0, lastSeen: 0 });

function setup(options: { open: boolean; counts?: { running: number; queued: number } }) {
  let now = 0;
  const quota = createStudentQuota({ burst: 2, refillMs: 15_000, now: () => now });
  const counts = options.counts ?? { running: 0, queued: 0 };
  const handsOn = createHandsOnClass({ classroom: true, openAtStart: options.open, quota, countsOf: () => counts });
  return { handsOn, counts, advance: (ms: number) => (now += ms) };
}

describe('hands-on time', () => {
  it('the presenter may always run; a student only while it is open and with a session', () => {
    const { handsOn } = setup({ open: false });
    expect(handsOn.permission({ presenter: true })).toMatchObject({ ok: true, requester: { presenter: true, student: false } });
    expect(handsOn.permission({ presenter: false, session: student('s') })).toMatchObject({ ok: false, status: 403 });
    handsOn.setOpen(true);
    expect(handsOn.permission({ presenter: false, session: undefined })).toMatchObject({ ok: false, status: 401 });
    expect(handsOn.permission({ presenter: false, session: student('s') })).toMatchObject({ ok: true, requester: { key: 's', student: true, maxRunning: 1 } });
  });

  it('refuses a student at their quota of one running and one queued, saying why', () => {
    const { handsOn } = setup({ open: true, counts: { running: 1, queued: 1 } });
    const answer = handsOn.permission({ presenter: false, session: student('s') });
    expect(answer).toMatchObject({ ok: false, status: 429 });
    expect(!answer.ok && answer.error).toContain('1 run running and 1 waiting');
    expect(!answer.ok && answer.retryAfterMs).toBe(5000);
  });

  it('refuses past the rate with when to retry, and lets the student in again after it', () => {
    const { handsOn, advance } = setup({ open: true });
    const me = student('s');
    for (let index = 0; index < 2; index += 1) {
      expect(handsOn.permission({ presenter: false, session: me }).ok).toBe(true);
      handsOn.spend(me);
    }
    const refused = handsOn.permission({ presenter: false, session: me });
    expect(refused).toMatchObject({ ok: false, status: 429, retryAfterMs: 15_000 });
    expect(handsOn.stateFor({ presenter: false, session: me })).toMatchObject({ mayRun: false, retryAfterMs: 15_000 });
    advance(15_000);
    expect(handsOn.permission({ presenter: false, session: me }).ok).toBe(true);
  });

  it('tells listeners when the presenter opens or closes it, and describes each connection', () => {
    const { handsOn } = setup({ open: true });
    const seen: boolean[] = [];
    handsOn.onToggle((open) => seen.push(open));
    handsOn.setOpen(false);
    handsOn.setOpen(false);
    handsOn.setOpen(true);
    expect(seen).toEqual([false, true]);
    expect(handsOn.stateFor({ presenter: true })).toEqual({ enabled: true, open: true, mayRun: true, presenter: true });
    expect(handsOn.stateFor({ presenter: false, session: { ...student('s'), name: 'Ana' as never } })).toMatchObject({
      enabled: true,
      open: true,
      mayRun: true,
      name: 'Ana',
      quota: { running: 0, queued: 0, maxRunning: 1, maxQueued: 1 },
    });
  });

  it('in local mode it is never open', () => {
    const handsOn = createHandsOnClass({ classroom: false, openAtStart: true, quota: createStudentQuota(), countsOf: () => ({ running: 0, queued: 0 }) });
    expect(handsOn.isOpen()).toBe(false);
    handsOn.setOpen(true);
    expect(handsOn.isOpen()).toBe(false);
  });
});
