/**
 * Who a visitor of a hands-on class is: a random session id in a cookie
 * (HttpOnly, SameSite=Strict, no personal data), minted on the first GET that
 * lacks one. Only a GET mints: a request to start a run without a valid
 * session is refused, never given one, so a script cannot both become a
 * student and run in one request.
 *
 * Minting is bounded per address by a token bucket sized for a class behind
 * one school NAT address (a burst of 200, then one every 10 s), and the store
 * holds at most `maxSessions`: past it the session idle longest is forgotten.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { DisplayName } from './displayName.js';
import { createKeyedBuckets } from './keyedBuckets.js';

export const SESSION_COOKIE = 'lab_session';
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;

export type Session = { id: string; name?: DisplayName; address: string; createdAt: number; lastSeen: number };

export type SessionOptions = {
  /** Sessions one address may create at once (a class behind one NAT address). Default 200. */
  burstPerAddress?: number;
  /** After the burst, one more per this many ms per address. Default 10,000. */
  refillMs?: number;
  /** Most sessions held; past it the longest idle is forgotten. Default 20,000. */
  maxSessions?: number;
  /** A session unused this long is forgotten. Default 12 h (a school day). */
  idleMs?: number;
  /** Addresses whose minting is remembered; past it the oldest is forgotten. Default 10,000. */
  maxAddresses?: number;
  now?: () => number;
};

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The session id named by a request's Cookie header, if it has the right shape. */
export function sessionIdOf(request: Pick<IncomingMessage, 'headers'>): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name !== SESSION_COOKIE) continue;
    const value = rest.join('=');
    if (SESSION_ID.test(value)) return value;
  }
  return undefined;
}

export function sessionCookie(id: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${id}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

export function createSessionStore(options: SessionOptions = {}) {
  const burst = options.burstPerAddress ?? 200;
  const refillMs = options.refillMs ?? 10_000;
  const maxSessions = options.maxSessions ?? 20_000;
  const idleMs = options.idleMs ?? 12 * 60 * 60 * 1000;
  const maxAddresses = options.maxAddresses ?? 10_000;
  const now = options.now ?? Date.now;
  // Insertion order = least recently seen first (every touch re-inserts).
  const sessions = new Map<string, Session>();
  const minting = createKeyedBuckets({ burst, refillMs, maxKeys: maxAddresses, now });

  function touch(session: Session): Session {
    session.lastSeen = now();
    sessions.delete(session.id);
    sessions.set(session.id, session);
    return session;
  }

  return {
    /** The live session a request names, touched; undefined if none or expired. */
    find(request: Pick<IncomingMessage, 'headers'>): Session | undefined {
      const id = sessionIdOf(request);
      const session = id ? sessions.get(id) : undefined;
      if (!session) return undefined;
      if (now() - session.lastSeen > idleMs) {
        sessions.delete(session.id);
        return undefined;
      }
      return touch(session);
    },

    /** A new session for `address`, or undefined when that address has minted its share for now. */
    mint(address: string): Session | undefined {
      if (!minting.take(address)) return undefined;
      const time = now();
      const session: Session = { id: randomBytes(24).toString('base64url'), address, createdAt: time, lastSeen: time };
      sessions.set(session.id, session);
      if (sessions.size > maxSessions) sessions.delete(sessions.keys().next().value as string);
      return session;
    },

    cookieFor(session: Session): string {
      return sessionCookie(session.id, Math.floor(idleMs / 1000));
    },

    get(id: string): Session | undefined {
      return sessions.get(id);
    },

    count(): number {
      return sessions.size;
    },
  };
}
