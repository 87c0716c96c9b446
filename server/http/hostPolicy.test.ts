import type { IncomingMessage } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHostPolicy } from './hostPolicy.js';

/** A request as it reached a server listening on `localPort`. */
const request = (headers: Record<string, string>, localPort = 5170) => ({ headers, socket: { localPort } }) as unknown as IncomingMessage;

const machine = () => ({ addresses: ['127.0.0.1', '::1', '192.168.1.20', 'fe80::1'], hostName: 'LabLaptop' });

describe('host policy, bound to loopback', () => {
  const policy = createHostPolicy({ bindHost: '127.0.0.1', machine });

  it('accepts the loopback names with the port the connection reached', () => {
    for (const host of ['127.0.0.1:5170', 'localhost:5170', 'LOCALHOST:5170', '[::1]:5170']) {
      expect(policy.hostRefusal(request({ host }))).toBeUndefined();
    }
    expect(policy.hostRefusal(request({ host: 'localhost' }, 80))).toBeUndefined();
  });

  it('refuses another name, another port, the LAN address, tricks and no Host', () => {
    for (const host of ['evil.example:5170', 'localhost:5171', 'localhost', '192.168.1.20:5170', 'evil.example@127.0.0.1:5170', '127.0.0.1:5170/x', 'labLaptop:5170', '']) {
      expect(policy.hostRefusal(request({ host })), host).toMatch(/Host/);
    }
    expect(policy.hostRefusal(request({}))).toMatch(/no Host/);
  });

  it('accepts no Origin and this lab as Origin; refuses other sites, other local ports, null and garbage', () => {
    expect(policy.originRefusal(request({ host: '127.0.0.1:5170' }))).toBeUndefined();
    expect(policy.originRefusal(request({ origin: 'http://127.0.0.1:5170' }))).toBeUndefined();
    expect(policy.originRefusal(request({ origin: 'http://localhost:5170' }))).toBeUndefined();
    for (const origin of ['http://evil.example', 'http://evil.example:5170', 'http://localhost:5173', 'null', 'not a url', 'file:///tmp/x.html', 'http://127.0.0.1:5170/path']) {
      expect(policy.originRefusal(request({ origin })), origin).toMatch(/foreign Origin/);
    }
  });
});

describe('host policy, classroom mode', () => {
  const policy = createHostPolicy({ bindHost: '0.0.0.0', machine });

  it("accepts the machine's addresses and host name, and loopback", () => {
    for (const host of ['192.168.1.20:5170', 'lablaptop:5170', 'lablaptop.local:5170', '[fe80::1]:5170', '127.0.0.1:5170', '0.0.0.0:5170']) {
      expect(policy.hostRefusal(request({ host })), host).toBeUndefined();
    }
    expect(policy.originRefusal(request({ origin: 'http://192.168.1.20:5170' }))).toBeUndefined();
  });

  it('still refuses other names and other ports', () => {
    expect(policy.hostRefusal(request({ host: 'evil.example:5170' }))).toMatch(/Host/);
    expect(policy.hostRefusal(request({ host: '192.168.1.20:8080' }))).toMatch(/Host/);
    expect(policy.originRefusal(request({ origin: 'http://192.168.1.21:5170' }))).toMatch(/foreign Origin/);
  });

  it('accepts the configured --host by name', () => {
    const named = createHostPolicy({ bindHost: 'lab.school.example', machine });
    expect(named.hostRefusal(request({ host: 'lab.school.example:5170' }))).toBeUndefined();
  });

  it('sees an address the machine gained after start (a laptop that changed networks)', () => {
    let addresses = ['10.0.0.5'];
    const roaming = createHostPolicy({ bindHost: '0.0.0.0', machine: () => ({ addresses, hostName: '' }) });
    addresses = ['10.0.0.5', '172.16.0.9'];
    // The first read was just now: a miss re-reads at most every few seconds, so an attacker cannot make it read per request.
    expect(roaming.hostRefusal(request({ host: '172.16.0.9:5170' }))).toMatch(/Host/);
    vi.useFakeTimers({ now: Date.now() + 6_000 });
    expect(roaming.hostRefusal(request({ host: '172.16.0.9:5170' }))).toBeUndefined();
  });
  afterEach(() => vi.useRealTimers());
});
