/**
 * Bounds how many WebSocket connections one remote address may hold, so one
 * machine cannot take all of the server's sockets and memory. The bound is
 * per address, not per person: a whole class behind one school NAT address
 * shares it, which is why the default (256) is well above a class of 100.
 */
import type { IncomingMessage } from 'node:http';

/** Default most connections one address may hold at once. */
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 256;

export type AddressLimit = {
  /**
   * Counts one more connection from `address`.
   * @returns the function that gives the place back (safe to call twice), or undefined when the address is at its bound.
   */
  admit(address: string): (() => void) | undefined;
  /** Connections `address` holds now. */
  connections(address: string): number;
  /** Addresses that hold at least one connection. */
  addresses(): number;
};

/** @param maxPerAddress most connections one address may hold at once (at least 1) */
export function createAddressLimit(maxPerAddress: number): AddressLimit {
  if (!Number.isInteger(maxPerAddress) || maxPerAddress < 1) {
    throw new Error(`connections per address must be a whole number of at least 1 (got ${maxPerAddress})`);
  }
  const held = new Map<string, number>();
  return {
    admit(address) {
      const count = held.get(address) ?? 0;
      if (count >= maxPerAddress) return undefined;
      held.set(address, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (held.get(address) ?? 1) - 1;
        // An address with nothing open is forgotten: the table never outgrows the open connections.
        if (left <= 0) held.delete(address);
        else held.set(address, left);
      };
    },
    connections: (address) => held.get(address) ?? 0,
    addresses: () => held.size,
  };
}

/** The peer's address, with an IPv4 client named the same whether it came over IPv4 or IPv4-mapped IPv6. */
export function clientAddress(request: IncomingMessage): string {
  const address = request.socket.remoteAddress;
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
