/**
 * The node:http server the lab listens with, with timeouts sized for it
 * rather than Node's defaults (headers 60 s, whole request 300 s, checked only
 * every 30 s): a client that trickles its headers a byte at a time
 * (slowloris) would otherwise hold a socket, and a file descriptor the lab
 * hosts need for their pipes, for up to 90 s each. The lab's requests are a
 * line of headers and at most 16 kB of JSON, so seconds are plenty even on a
 * classroom's Wi-Fi. Upgraded WebSockets leave these timers behind (the hub
 * has its own heartbeat), and long answers (an NDJSON download) are not
 * bounded by them: only receiving the request is.
 */
import { createServer, type RequestListener, type Server } from 'node:http';

export type HttpTimeouts = {
  /** Time to receive a request's headers, ms. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, headers and body, ms. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection stays open, ms. */
  keepAliveTimeoutMs: number;
  /** How often the two limits above are checked, ms (they can be overrun by this much). */
  checkIntervalMs: number;
};

export const DEFAULT_HTTP_TIMEOUTS: HttpTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 20_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
};

export function createHttpServer(app: RequestListener, timeouts: HttpTimeouts = DEFAULT_HTTP_TIMEOUTS): Server {
  return createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      keepAliveTimeout: timeouts.keepAliveTimeoutMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    app,
  );
}
