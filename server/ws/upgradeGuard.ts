/**
 * Decides, before the WebSocket handshake, whether a browser page may connect.
 * The Host header must name this lab (against DNS rebinding) and the Origin,
 * when a browser sends one, must be a page of this lab too (against other
 * sites opening a socket to it). The rule is the HTTP routes' own
 * (http/hostPolicy.ts), so the two cannot drift apart.
 */
import type { IncomingMessage } from 'node:http';
import type { HostPolicy } from '../http/hostPolicy.js';

export function upgradeRefusal(request: IncomingMessage, policy: HostPolicy): string | undefined {
  return policy.hostRefusal(request) ?? policy.originRefusal(request);
}
