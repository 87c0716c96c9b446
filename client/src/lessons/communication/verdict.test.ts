import { describe, expect, it } from 'vitest';
import type { CommunicationResult } from '../../../../shared/results/communication.js';
import { fixtureResult } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const all = fixtureResult(['postMessage', 'sab-wait', 'sab-spin', 'ipc-json', 'ipc-advanced', 'pipe', 'unix-socket', 'tcp']);

/** The fixture with some channels' medians replaced (the verdict reads the medians it names). */
function withMedians(result: CommunicationResult, medians: Record<string, number>): CommunicationResult {
  return { ...result, channels: result.channels.map((entry) => (entry.channel in medians ? { ...entry, latencyMedianUs: medians[entry.channel] as number } : entry)) };
}

describe('communication verdictSentence', () => {
  it('names every channel it compares, with its median (en)', () => {
    expect(verdictSentence(all, 'en')).toBe(
      'Between processes, the fastest channel here (Unix socket, 26 µs per round trip) took 1.4× as long as postMessage between threads (19.1 µs): less than one order of magnitude; ' +
        'shared memory with Atomics.wait (14.5 µs) was 1.3× faster than postMessage; ' +
        'shared memory with busy-waiting (0.35 µs) was 55× faster than postMessage, but each of its two threads keeps a core busy while it waits.',
    );
  });

  it('says the same in pt-BR', () => {
    expect(verdictSentence(all, 'pt-BR')).toBe(
      'Entre processos, o canal mais rápido aqui (socket Unix, 26 µs por ida e volta) levou 1,4× o tempo do postMessage entre threads (19,1 µs): menos de uma ordem de grandeza; ' +
        'memória compartilhada com Atomics.wait (14,5 µs) foi 1,3× mais rápida que o postMessage; ' +
        'memória compartilhada com espera ativa (0,35 µs) foi 55× mais rápida que o postMessage, mas cada uma das suas duas threads ocupa um núcleo enquanto espera.',
    );
  });

  describe('process channel against postMessage, on each side of each threshold', () => {
    const cases: [string, number, string, string][] = [
      // ratio ≥ 10: no "small factor"
      ['far slower', 400, 'took 21× as long as postMessage between threads (19.1 µs).', 'levou 21× o tempo do postMessage entre threads (19,1 µs).'],
      // 1.15 ≤ ratio < 10
      ['slower', 30, 'took 1.6× as long as postMessage between threads (19.1 µs): less than one order of magnitude.', 'levou 1,6× o tempo do postMessage entre threads (19,1 µs): menos de uma ordem de grandeza.'],
      // within 1.15× either way
      ['as fast', 20, 'was about as fast as postMessage between threads (19.1 µs).', 'foi praticamente tão rápido quanto o postMessage entre threads (19,1 µs).'],
      // ratio ≤ 1 / 1.15: the process channel won
      ['faster', 9.5, 'was 2× faster than postMessage between threads (19.1 µs).', 'foi 2× mais rápido que o postMessage entre threads (19,1 µs).'],
    ];
    for (const [name, pipeUs, en, pt] of cases) {
      it(`${name}: pipe at ${pipeUs} µs`, () => {
        const result = withMedians(fixtureResult(['postMessage', 'pipe']), { pipe: pipeUs });
        expect(verdictSentence(result, 'en')).toMatch(/^Between processes, the fastest channel here \(named pipe \(FIFO\), [\d.]+ µs per round trip\) /);
        expect(verdictSentence(result, 'en')?.endsWith(en)).toBe(true);
        expect(verdictSentence(result, 'pt-BR')).toMatch(/^Entre processos, o canal mais rápido aqui \(pipe nomeado \(FIFO\), [\d,]+ µs por ida e volta\) /);
        expect(verdictSentence(result, 'pt-BR')?.endsWith(pt)).toBe(true);
      });
    }
  });

  describe('each shared-memory channel against postMessage, on each side of the threshold', () => {
    const cases: [string, string, number, string, string][] = [
      ['sab-wait', 'faster', 10, 'Shared memory with Atomics.wait (10 µs) was 1.9× faster than postMessage.', 'Memória compartilhada com Atomics.wait (10 µs) foi 1,9× mais rápida que o postMessage.'],
      ['sab-wait', 'as fast', 18, 'Shared memory with Atomics.wait (18 µs) was about as fast as postMessage.', 'Memória compartilhada com Atomics.wait (18 µs) levou praticamente o mesmo tempo que o postMessage.'],
      ['sab-wait', 'slower (ratio 0.6)', 31.8, 'Shared memory with Atomics.wait (31.8 µs) took 1.7× as long as postMessage.', 'Memória compartilhada com Atomics.wait (31,8 µs) levou 1,7× o tempo do postMessage.'],
      [
        'sab-spin',
        'faster (ratio 30)',
        0.636,
        'Shared memory with busy-waiting (0.636 µs) was 30× faster than postMessage, but each of its two threads keeps a core busy while it waits.',
        'Memória compartilhada com espera ativa (0,636 µs) foi 30× mais rápida que o postMessage, mas cada uma das suas duas threads ocupa um núcleo enquanto espera.',
      ],
      [
        'sab-spin',
        'slower (one core)',
        900,
        'Shared memory with busy-waiting (900 µs) took 47× as long as postMessage, and each of its two threads keeps a core busy while it waits.',
        'Memória compartilhada com espera ativa (900 µs) levou 47× o tempo do postMessage, e cada uma das suas duas threads ocupa um núcleo enquanto espera.',
      ],
    ];
    for (const [channel, name, us, en, pt] of cases) {
      it(`${channel} ${name}`, () => {
        const result = withMedians(fixtureResult(['postMessage', channel as 'sab-wait']), { [channel]: us });
        expect(verdictSentence(result, 'en')).toBe(en);
        expect(verdictSentence(result, 'pt-BR')).toBe(pt);
      });
    }
  });

  it('names the fastest channel alone when nothing can be compared with postMessage', () => {
    expect(verdictSentence(fixtureResult(['pipe', 'tcp']), 'en')).toBe('The fastest channel here was named pipe (FIFO): 28.8 µs per round trip (median).');
    expect(verdictSentence(fixtureResult(['pipe', 'tcp']), 'pt-BR')).toBe('O canal mais rápido aqui foi pipe nomeado (FIFO): 28,8 µs por ida e volta (mediana).');
  });

  it('never puts a raw channel id in the sentence', () => {
    for (const language of ['en', 'pt-BR'] as const) {
      const sentence = verdictSentence(all, language) ?? '';
      for (const id of ['sab-wait', 'sab-spin', 'ipc-json', 'ipc-advanced', 'unix-socket', 'tcp ']) expect(sentence).not.toContain(id);
    }
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ channels: [] }, 'en')).toBeUndefined();
  });
});

describe('communication verdictSentence on a recorded run', () => {
  it('reports what this machine measured, naming both shared-memory channels', async () => {
    const { recordedCommunicationRun } = await import('./recordedRun.js');
    const last = recordedCommunicationRun.at(-1);
    const result = last?.kind === 'run.finished' ? last.result : undefined;
    expect(verdictSentence(result, 'en')).toBe(
      'Between processes, the fastest channel here (Unix socket, 29.6 µs per round trip) took 1.4× as long as postMessage between threads (21 µs): less than one order of magnitude; ' +
        'shared memory with Atomics.wait (53.7 µs) took 2.6× as long as postMessage; ' +
        'shared memory with busy-waiting (0.341 µs) was 62× faster than postMessage, but each of its two threads keeps a core busy while it waits.',
    );
  });
});
