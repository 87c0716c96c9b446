/**
 * The first middleware of every HTTP route (the static client and /api alike):
 *
 * - Host must name this lab (hostPolicy.ts), or the answer is 421: against DNS
 *   rebinding, where another site's page, its name rebound to 127.0.0.1, would
 *   otherwise read runs and start them with the user's browser.
 * - A state-changing request (anything but GET, HEAD, OPTIONS) must not come
 *   from another site: a foreign Origin, or `Sec-Fetch-Site` other than
 *   same-origin/none, gets 403. A request without Origin (curl, scripts,
 *   tests) is not a browser page of another site, and stays allowed.
 * - A state-changing request must be JSON if it says what it is or carries a
 *   body: 415 otherwise. A browser can send a form (urlencoded, multipart,
 *   text/plain) to any site without asking; JSON it can only send cross-site
 *   after a CORS preflight, which this server never grants. So even a browser
 *   that omits Origin cannot drive the lab with a form, body-less stop included.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { HostPolicy } from './hostPolicy.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** What a browser says about a request its user asked for (none) or a page of this very origin made. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

function hasBody(request: Request): boolean {
  const length = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

function isJson(contentType: string): boolean {
  return contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** Why this request is refused and with which status, or undefined to let it through. */
export function requestRefusal(request: Request, policy: HostPolicy): { status: number; error: string } | undefined {
  const badHost = policy.hostRefusal(request);
  if (badHost) return { status: 421, error: badHost };
  if (SAFE_METHODS.has(request.method)) return undefined;

  const badOrigin = policy.originRefusal(request);
  if (badOrigin) return { status: 403, error: `${badOrigin}: only the lab's own pages may start or stop runs` };
  const fetchSite = request.headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && !OWN_FETCH_SITES.has(fetchSite.toLowerCase())) {
    return { status: 403, error: "the browser marks this request as sent by another site's page (Sec-Fetch-Site)" };
  }
  const contentType = request.headers['content-type'];
  if ((contentType !== undefined || hasBody(request)) && !isJson(contentType ?? '')) {
    return { status: 415, error: 'a request that changes something takes a JSON body (Content-Type: application/json), or none' };
  }
  return undefined;
}

export function requestGuard(policy: HostPolicy): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const refusal = requestRefusal(request, policy);
    if (!refusal) {
      next();
      return;
    }
    response.status(refusal.status).json({ error: refusal.error });
  };
}
