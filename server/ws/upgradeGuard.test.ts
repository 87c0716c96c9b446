import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createHostPolicy } from '../http/hostPolicy.js';
import { upgradeRefusal } from './upgradeGuard.js';

/** An upgrade request as it reached a server listening on 127.0.0.1:5170. */
const request = (headers: Record<string, string>) => ({ headers, socket: { localPort: 5170 } }) as unknown as IncomingMessage;

describe('upgrade guard', () => {
  const policy = createHostPolicy({ bindHost: '127.0.0.1' });
  it('accepts this lab as Host and Origin, and no Origin', () => {
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'http://127.0.0.1:5170' }), policy)).toBeUndefined();
    expect(upgradeRefusal(request({ host: 'localhost:5170', origin: 'http://localhost:5170' }), policy)).toBeUndefined();
    expect(upgradeRefusal(request({ host: '[::1]:5170' }), policy)).toBeUndefined();
  });
  it('refuses a foreign Origin (another port is another origin), a foreign Host (DNS rebinding) and a missing Host', () => {
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'http://evil.example' }), policy)).toMatch(/foreign Origin/);
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'http://localhost:8000' }), policy)).toMatch(/foreign Origin/);
    expect(upgradeRefusal(request({ host: 'evil.example:5170' }), policy)).toMatch(/Host/);
    expect(upgradeRefusal(request({ host: '127.0.0.1:5171' }), policy)).toMatch(/Host/);
    expect(upgradeRefusal(request({}), policy)).toMatch(/Host/);
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'not a url' }), policy)).toMatch(/foreign Origin/);
  });
});
