import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress, createAddressLimit } from './connectionLimits.js';

describe('connections per address', () => {
  it('admits up to the bound per address, independently for each address, and again after a release', () => {
    const limit = createAddressLimit(2);
    const first = limit.admit('10.0.0.1');
    const second = limit.admit('10.0.0.1');
    expect(first && second).toBeTruthy();
    expect(limit.admit('10.0.0.1')).toBeUndefined();
    expect(limit.admit('10.0.0.2')).toBeTruthy();
    first?.();
    first?.(); // a second release of the same connection frees nothing more
    expect(limit.connections('10.0.0.1')).toBe(1);
    expect(limit.admit('10.0.0.1')).toBeTruthy();
    expect(limit.admit('10.0.0.1')).toBeUndefined();
  });

  it('forgets an address with no connections left (the table stays bounded by live connections)', () => {
    const limit = createAddressLimit(1);
    limit.admit('10.0.0.9')?.();
    expect(limit.addresses()).toBe(0);
  });

  it('refuses a bound below 1', () => {
    expect(() => createAddressLimit(0)).toThrow(/at least 1/);
  });

  it('names an IPv4 client the same over IPv4 and IPv4-mapped IPv6', () => {
    const request = (remoteAddress: string | undefined) => ({ socket: { remoteAddress } }) as IncomingMessage;
    expect(clientAddress(request('::ffff:192.168.1.20'))).toBe('192.168.1.20');
    expect(clientAddress(request('192.168.1.20'))).toBe('192.168.1.20');
    expect(clientAddress(request('::1'))).toBe('::1');
    expect(clientAddress(request(undefined))).toBe('unknown');
  });
});
