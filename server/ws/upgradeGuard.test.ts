import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { allowedHostNames, upgradeRefusal } from './upgradeGuard.js';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('upgrade guard', () => {
  const allowed = allowedHostNames();
  it('accepts this machine as Host and Origin', () => {
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'http://127.0.0.1:5170' }), allowed)).toBeUndefined();
    expect(upgradeRefusal(request({ host: 'localhost:5170', origin: 'http://localhost:5173' }), allowed)).toBeUndefined();
    expect(upgradeRefusal(request({ host: '[::1]:5170' }), allowed)).toBeUndefined();
  });
  it('refuses a foreign Origin, a foreign Host (DNS rebinding) and a missing Host', () => {
    expect(upgradeRefusal(request({ host: '127.0.0.1:5170', origin: 'http://evil.example' }), allowed)).toMatch(/foreign Origin/);
    expect(upgradeRefusal(request({ host: 'evil.example:5170' }), allowed)).toMatch(/Host/);
    expect(upgradeRefusal(request({}), allowed)).toMatch(/Host/);
    expect(upgradeRefusal(request({ host: '127.0.0.1', origin: 'not a url' }), allowed)).toMatch(/malformed/);
  });
});
