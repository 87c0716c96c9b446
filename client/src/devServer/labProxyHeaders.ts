/**
 * For `npm run dev` only (client/vite.config.ts): the Vite dev server is
 * another origin (port 5173) than the lab (5170), and the lab accepts only its
 * own Host and, on requests that change something and on WebSocket upgrades,
 * its own Origin (server/http/hostPolicy.ts). So the proxy passes a request of
 * the dev page itself on as the lab's: Host when the dev server was reached by
 * a loopback name, Origin when it is that very dev page. Anything else (a
 * rebound name, another site's page) goes on unchanged, for the lab to refuse.
 */
const LOOPBACK_AUTHORITY = /^(localhost|127\.0\.0\.1|\[::1\]):\d+$/i;

export type ProxiedHeaders = { host?: string; origin?: string };

/** The headers to set on the request to the lab (none if it should go on as it came). */
export function labProxyHeaders(incoming: ProxiedHeaders, labOrigin: string): ProxiedHeaders {
  const host = incoming.host ?? '';
  if (!LOOPBACK_AUTHORITY.test(host)) return {};
  const rewritten: ProxiedHeaders = { host: new URL(labOrigin).host };
  if (incoming.origin?.toLowerCase() === `http://${host.toLowerCase()}`) rewritten.origin = labOrigin;
  return rewritten;
}
