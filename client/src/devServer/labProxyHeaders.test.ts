import { describe, expect, it } from 'vitest';
import { labProxyHeaders } from './labProxyHeaders';

const lab = 'http://127.0.0.1:5170';

describe('dev proxy headers', () => {
  it("passes a request of the dev page on as the lab's own (Host and Origin)", () => {
    expect(labProxyHeaders({ host: 'localhost:5173', origin: 'http://localhost:5173' }, lab)).toEqual({ host: '127.0.0.1:5170', origin: lab });
    expect(labProxyHeaders({ host: '127.0.0.1:5173' }, lab)).toEqual({ host: '127.0.0.1:5170' });
    expect(labProxyHeaders({ host: '[::1]:5173', origin: 'http://[::1]:5173' }, lab)).toEqual({ host: '127.0.0.1:5170', origin: lab });
  });

  it('leaves a rebound Host or another origin as it is, for the lab to refuse', () => {
    expect(labProxyHeaders({ host: 'evil.example:5173', origin: 'http://evil.example:5173' }, lab)).toEqual({});
    expect(labProxyHeaders({ host: 'localhost:5173', origin: 'http://evil.example' }, lab)).toEqual({ host: '127.0.0.1:5170' });
    expect(labProxyHeaders({ host: 'localhost:5173', origin: 'http://localhost:8000' }, lab)).toEqual({ host: '127.0.0.1:5170' });
  });
});
