/**
 * Decides, before the WebSocket handshake, whether a browser page may connect.
 * The Host header must name this machine (against DNS rebinding) and the
 * Origin, when a browser sends one, must be a page of this machine too
 * (against other sites opening a socket to the lab).
 */
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1', '[::1]'];

/** Host names this server answers to: loopback, this machine's addresses, and extra names given. */
export function allowedHostNames(extra: readonly string[] = []): Set<string> {
  const names = new Set<string>([...LOOPBACK_NAMES, ...extra.map((name) => name.toLowerCase())]);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) names.add(address.family === 'IPv6' ? `[${address.address}]` : address.address);
  }
  return names;
}

function hostNameOf(hostHeader: string): string {
  const value = hostHeader.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

export function upgradeRefusal(request: IncomingMessage, allowed: Set<string>): string | undefined {
  const host = request.headers.host;
  if (!host || !allowed.has(hostNameOf(host))) return 'Host header does not name this lab';
  const origin = request.headers.origin;
  if (origin === undefined) return undefined;
  try {
    const url = new URL(origin);
    if (!allowed.has(url.hostname.toLowerCase()) && !allowed.has(`[${url.hostname}]`)) return 'foreign Origin';
  } catch {
    return 'malformed Origin';
  }
  return undefined;
}
