/**
 * Who may start and stop runs. In local mode (the default, bound to
 * 127.0.0.1) everyone who can reach the server may. In classroom mode only
 * the presenter, who holds a secret token, may; students follow read-only.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type AccessPolicy = {
  classroom: boolean;
  /** True if this request (HTTP or WebSocket upgrade) carries the presenter's rights. */
  mayControl(request: IncomingMessage): boolean;
  denialStatus(request: IncomingMessage): 401 | 403;
  denialMessage: string;
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The Bearer header; for a WebSocket upgrade also `?token=`, since a browser
 * cannot set headers on one. Never from an HTTP request's URL: URLs end up in
 * histories, proxy logs and Referer headers, and HTTP clients can send a header.
 */
function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  if (request.headers.upgrade?.toLowerCase() !== 'websocket') return undefined;
  const url = new URL(request.url ?? '/', 'http://lab.invalid');
  return url.searchParams.get('token') ?? undefined;
}

export function createAccessPolicy(presenterToken: string | undefined): AccessPolicy {
  return {
    classroom: presenterToken !== undefined,
    mayControl(request) {
      if (presenterToken === undefined) return true;
      const token = tokenOf(request);
      return token !== undefined && sameSecret(token, presenterToken);
    },
    denialStatus(request) {
      return tokenOf(request) === undefined ? 401 : 403;
    },
    denialMessage: 'this lab is in classroom mode: only the presenter can start or stop runs',
  };
}
