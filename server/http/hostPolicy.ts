/**
 * The one answer, shared by every HTTP route and the WebSocket upgrade, to two
 * questions: does this request name this lab (Host), and does it come from a
 * page of this lab (Origin)?
 *
 * Host defeats DNS rebinding: a site whose name was rebound to 127.0.0.1 still
 * sends its own name in Host. Origin defeats other sites (and other servers on
 * this machine, which are other origins: the port counts) sending requests
 * with the user's browser. Both must name this machine AND the port the
 * connection reached, so the two checks cannot disagree about what "this lab" is.
 *
 * Names: when bound to loopback (the default), the loopback names only; in
 * classroom mode also the machine's own addresses, its host name (and
 * `<name>.local`); in both, the --host given.
 */
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const LOOPBACK_BINDS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** How often, at most, a miss re-reads the interfaces (a laptop that changed networks has a new address). */
const ADDRESS_REFRESH_MS = 5_000;

export type HostPolicy = {
  /** Why this request's Host does not name this lab, or undefined if it does. */
  hostRefusal(request: IncomingMessage): string | undefined;
  /** Why this request's Origin is not a page of this lab; undefined if it is, or if there is no Origin. */
  originRefusal(request: IncomingMessage): string | undefined;
};

export type HostPolicyOptions = {
  /** The address the server listens on (--host). */
  bindHost: string;
  /** For tests: this machine's addresses and host name (default: read from the OS). */
  machine?: () => { addresses: string[]; hostName: string };
};

type Authority = { name: string; port: number };

function readMachine(): { addresses: string[]; hostName: string } {
  const addresses: string[] = [];
  for (const entries of Object.values(networkInterfaces())) for (const entry of entries ?? []) addresses.push(entry.address);
  return { addresses, hostName: hostname() };
}

/** `::1` → `[::1]`: the form an IPv6 address takes in Host, Origin and URL.hostname. */
function asUrlHost(address: string): string {
  return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address.toLowerCase();
}

/**
 * Parses `name[:port]` or an origin URL the way a browser would (so `127.1` and
 * `LOCALHOST` normalise), refusing anything that is more than an authority:
 * user info (`evil.example@127.0.0.1`), a path, a query.
 */
function authorityOf(text: string, isOrigin: boolean): Authority | undefined {
  let url: URL;
  try {
    url = new URL(isOrigin ? text : `http://${text}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined;
  if (!isOrigin && text.includes('/')) return undefined;
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  return { name: url.hostname, port };
}

export function createHostPolicy({ bindHost, machine = readMachine }: HostPolicyOptions): HostPolicy {
  const bind = bindHost.toLowerCase();
  const loopbackOnly = LOOPBACK_BINDS.has(bind);
  let names = new Set<string>();
  let readAt = -Infinity;

  function refreshNames(): void {
    readAt = Date.now();
    // The bound address names this lab even when it is the wildcard: http://0.0.0.0:port/ reaches this very server.
    const next = new Set<string>([...LOOPBACK_NAMES, asUrlHost(bind)]);
    if (!loopbackOnly) {
      const { addresses, hostName } = machine();
      for (const address of addresses) next.add(asUrlHost(address));
      if (hostName) {
        next.add(hostName.toLowerCase());
        next.add(`${hostName.toLowerCase()}.local`);
      }
    }
    names = next;
  }
  refreshNames();

  function namesThisLab(authority: Authority | undefined, localPort: number | undefined): boolean {
    if (!authority || authority.port !== localPort) return false;
    if (names.has(authority.name)) return true;
    if (loopbackOnly || Date.now() - readAt < ADDRESS_REFRESH_MS) return false;
    refreshNames();
    return names.has(authority.name);
  }

  return {
    hostRefusal(request) {
      const host = request.headers.host;
      if (!host) return 'the request has no Host header';
      // The port the connection reached: a rebound name or another local server's page carries another.
      if (!namesThisLab(authorityOf(host.trim(), false), request.socket.localPort)) {
        return 'the Host header does not name this lab (a site whose name points here, DNS rebinding?)';
      }
      return undefined;
    },
    originRefusal(request) {
      const origin = request.headers.origin;
      if (origin === undefined) return undefined;
      if (!namesThisLab(authorityOf(origin.trim(), true), request.socket.localPort)) {
        return 'the request comes from a page of another site (foreign Origin)';
      }
      return undefined;
    },
  };
}
