/**
 * What the hub does when `ws` reports an error on a connection. For a frame
 * over maxPayload (1009), a protocol violation (1002) or bad UTF-8 (1007),
 * `ws` has already begun the close handshake with that code; cutting the
 * socket now (terminate) would drop the close frame and the client would
 * see only 1006, never learning why. So the handshake is left to finish, and
 * the socket is cut only if it has not within `boundMs` (a peer that never
 * answers, or no longer reads, must not hold the socket).
 */
import { WebSocket } from 'ws';

/** Default time the close handshake gets after an error, ms. */
export const DEFAULT_CLOSE_TIMEOUT_MS = 5_000;

/**
 * @param socket the connection `ws` reported an error on
 * @param boundMs how long the close handshake may take before the socket is cut
 */
export function closeAfterError(socket: WebSocket, boundMs = DEFAULT_CLOSE_TIMEOUT_MS): void {
  if (socket.readyState === WebSocket.CLOSED) return;
  // ws closes by itself on the errors it reports; this covers one that left the socket open.
  if (socket.readyState === WebSocket.OPEN) socket.close(1011, 'server error on this connection');
  const timer = setTimeout(() => socket.terminate(), boundMs);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}
