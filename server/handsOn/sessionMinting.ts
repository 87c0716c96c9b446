/**
 * The middleware that gives a classroom lab's visitor a student session: on
 * a GET or HEAD (the page load, or any read but the health check) that names no live session, one
 * is minted and set as a cookie. Other methods never mint (a run start
 * without a session is refused, apiRoutes.ts). When the visitor's address has
 * minted its share for now, the page is still served, without a session: a
 * student can watch, and the start button says why it cannot run.
 */
import type { RequestHandler } from 'express';
import { clientAddress } from '../ws/connectionLimits.js';
import type { SessionStore } from './sessions.js';

export function sessionMinting(sessions: SessionStore): RequestHandler {
  return (request, response, next) => {
    // Not for /api/health: an uptime checker behind a school's NAT address would use up that address's sessions.
    if ((request.method === 'GET' || request.method === 'HEAD') && request.path !== '/api/health' && !sessions.find(request)) {
      const session = sessions.mint(clientAddress(request));
      if (session) response.append('Set-Cookie', sessions.cookieFor(session));
    }
    next();
  };
}
