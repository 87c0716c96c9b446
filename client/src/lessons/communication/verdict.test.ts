import { describe, expect, it } from 'vitest';
import { fixtureResult } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const all = fixtureResult(['postMessage', 'sab-wait', 'sab-spin', 'ipc-json', 'ipc-advanced', 'pipe', 'unix-socket', 'tcp']);

describe('communication verdictSentence', () => {
  it('compares the fastest process channel with postMessage, and shared memory with postMessage (en)', () => {
    expect(verdictSentence(all, 'en')).toBe(
      'Here process messaging cost about 1.4× thread messaging (unix-socket 26 µs vs postMessage 19.1 µs per round trip) — not orders of magnitude; shared memory was 1.3× faster than postMessage — and only threads get it cheaply.',
    );
  });

  it('formats the same figures for pt-BR', () => {
    expect(verdictSentence(all, 'pt-BR')).toBe(
      'Aqui a troca de mensagens entre processos custou cerca de 1,4× a entre threads (unix-socket 26 µs contra postMessage 19,1 µs por ida e volta) — não ordens de grandeza; a memória compartilhada foi 1,3× mais rápida que o postMessage — e só threads a têm de graça.',
    );
  });

  it('speaks of orders of magnitude only when the ratio is one', () => {
    const slow = { ...all, verdict: { ...all.verdict, processOverThreadRatio: 40 } };
    expect(verdictSentence(slow, 'en')).not.toContain('not orders of magnitude');
    expect(verdictSentence(slow, 'en')).toContain('about 40× thread messaging');
  });

  it('says each half alone when the other channel was not run', () => {
    expect(verdictSentence(fixtureResult(['postMessage', 'sab-wait']), 'en')).toBe('Shared memory was 1.3× faster than postMessage — and only threads get it cheaply.');
    expect(verdictSentence(fixtureResult(['postMessage', 'pipe']), 'en')).toBe(
      'Here process messaging cost about 1.5× thread messaging (pipe 28.8 µs vs postMessage 19.1 µs per round trip) — not orders of magnitude.',
    );
    expect(verdictSentence(fixtureResult(['pipe', 'tcp']), 'en')).toBe('The fastest channel here was pipe: 28.8 µs per round trip (median).');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ channels: [] }, 'en')).toBeUndefined();
  });
});

describe('communication verdictSentence on a recorded run', () => {
  it('reports what this machine measured, even when shared memory lost', async () => {
    const { recordedCommunicationRun } = await import('./recordedRun.js');
    const last = recordedCommunicationRun.at(-1);
    const result = last?.kind === 'run.finished' ? last.result : undefined;
    expect(verdictSentence(result, 'en')).toBe(
      'Here process messaging cost about 1.4× thread messaging (unix-socket 29.6 µs vs postMessage 21 µs per round trip) — not orders of magnitude; shared memory was not faster than postMessage this time (0.4×).',
    );
  });
});
