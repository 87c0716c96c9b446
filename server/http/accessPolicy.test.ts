import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createAccessPolicy } from './accessPolicy.js';

const request = (url: string, headers: Record<string, string> = {}) => ({ url, headers }) as unknown as IncomingMessage;

describe('access policy', () => {
  const classroom = createAccessPolicy('presenter-secret');

  it('lets the presenter control with the Bearer token over HTTP, and over a WebSocket upgrade with ?token=', () => {
    expect(classroom.mayControl(request('/api/runs', { authorization: 'Bearer presenter-secret' }))).toBe(true);
    expect(classroom.mayControl(request('/ws?token=presenter-secret', { upgrade: 'websocket' }))).toBe(true);
  });

  it('takes no token from an HTTP URL: tokens in URLs end up in histories and logs, and HTTP clients can send a header', () => {
    const fromQuery = request('/api/runs?token=presenter-secret');
    expect(classroom.mayControl(fromQuery)).toBe(false);
    expect(classroom.denialStatus(fromQuery)).toBe(401);
  });

  it('refuses a wrong token with 403 and none with 401; local mode needs none', () => {
    expect(classroom.mayControl(request('/api/runs', { authorization: 'Bearer wrong' }))).toBe(false);
    expect(classroom.denialStatus(request('/api/runs', { authorization: 'Bearer wrong' }))).toBe(403);
    expect(classroom.denialStatus(request('/api/runs'))).toBe(401);
    expect(createAccessPolicy(undefined).mayControl(request('/api/runs'))).toBe(true);
  });
});
