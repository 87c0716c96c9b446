import { describe, expect, it } from 'vitest';
import { createSessionStore, sessionIdOf, SESSION_COOKIE } from './sessions.js';

const withCookie = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } });

describe('student sessions', () => {
  it('mints a random session whose cookie names it back, HttpOnly and SameSite=Strict', () => {
    const store = createSessionStore();
    const session = store.mint('10.0.0.1');
    expect(session).toBeDefined();
    const cookie = store.cookieFor(session!);
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{32}; Path=/; HttpOnly; SameSite=Strict; Max-Age=\\d+$`));
    const value = cookie.split(';')[0]!;
    expect(store.find(withCookie(`theme=dark; ${value}`))?.id).toBe(session!.id);
  });

  it('knows no session from a missing, malformed or unknown cookie', () => {
    const store = createSessionStore();
    expect(store.find(withCookie())).toBeUndefined();
    expect(sessionIdOf(withCookie(`${SESSION_COOKIE}=<script>`))).toBeUndefined();
    expect(store.find(withCookie(`${SESSION_COOKIE}=${'a'.repeat(32)}`))).toBeUndefined();
  });

  it('lets a whole class behind one address in, then only one more every refill interval', () => {
    let now = 0;
    const store = createSessionStore({ burstPerAddress: 200, refillMs: 10_000, now: () => now });
    for (let index = 0; index < 200; index += 1) expect(store.mint('school-nat')).toBeDefined();
    expect(store.mint('school-nat')).toBeUndefined();
    // Another address is not held back by the first.
    expect(store.mint('elsewhere')).toBeDefined();
    now += 10_000;
    expect(store.mint('school-nat')).toBeDefined();
    expect(store.mint('school-nat')).toBeUndefined();
  });

  it('holds at most maxSessions, forgetting the one idle longest, and forgets idle sessions', () => {
    let now = 0;
    const store = createSessionStore({ maxSessions: 2, idleMs: 1000, now: () => now });
    const first = store.mint('a')!;
    const second = store.mint('b')!;
    store.find(withCookie(`${SESSION_COOKIE}=${first.id}`));
    store.mint('c');
    expect(store.count()).toBe(2);
    expect(store.get(second.id)).toBeUndefined();
    expect(store.get(first.id)).toBeDefined();
    now += 1001;
    expect(store.find(withCookie(`${SESSION_COOKIE}=${first.id}`))).toBeUndefined();
  });
});
