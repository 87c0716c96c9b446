import { describe, expect, it } from 'vitest';
import { recordedCreationRun } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const finished = recordedCreationRun.at(-1);
const result = finished?.kind === 'run.finished' ? finished.result : undefined;

function withVerdict(change: Record<string, number>, units?: number): unknown {
  const base = result as { units: number; verdict: Record<string, number> };
  return { ...base, units: units ?? base.units, verdict: { ...base.verdict, ...change } };
}

describe('creation verdictSentence', () => {
  it('states this run’s medians, which took how many times as long, and that the units started at once (en)', () => {
    expect(verdictSentence(result, 'en')).toBe(
      'Here a thread was ready in 160 ms and a process in 281 ms (medians, 4 of each kind, started at once): a process took 1.8× as long; a process cost 7.3 MiB of private memory, a thread 6.2 MiB.',
    );
  });

  it('says the same in pt-BR', () => {
    expect(verdictSentence(result, 'pt-BR')).toBe(
      'Aqui uma thread ficou pronta em 160 ms e um processo em 281 ms (medianas, 4 de cada tipo, iniciados ao mesmo tempo): um processo levou 1,8× o tempo; um processo custou 7,3 MiB de memória privada, uma thread 6,2 MiB.',
    );
  });

  describe('on each side of the thresholds', () => {
    const cases: [string, Record<string, number>, string, string][] = [
      [
        'a process quicker',
        { threadReadyMedianUs: 50_000, processReadyMedianUs: 40_000 },
        'Here a process was ready in 40 ms and a thread in 50 ms (medians, 4 of each kind, started at once): a thread took 1.3× as long',
        'Aqui um processo ficou pronto em 40 ms e uma thread em 50 ms (medianas, 4 de cada tipo, iniciados ao mesmo tempo): uma thread levou 1,3× o tempo',
      ],
      [
        'within noise',
        { threadReadyMedianUs: 50_000, processReadyMedianUs: 54_000 },
        'Here a thread (50 ms) and a process (54 ms) were ready about as fast (medians, 4 of each kind, started at once)',
        'Aqui uma thread (50 ms) e um processo (54 ms) ficaram prontos quase no mesmo tempo (medianas, 4 de cada tipo, iniciados ao mesmo tempo)',
      ],
      [
        'a thread far quicker',
        { threadReadyMedianUs: 10_000, processReadyMedianUs: 200_000 },
        'Here a thread was ready in 10 ms and a process in 200 ms (medians, 4 of each kind, started at once): a process took 20× as long',
        'Aqui uma thread ficou pronta em 10 ms e um processo em 200 ms (medianas, 4 de cada tipo, iniciados ao mesmo tempo): um processo levou 20× o tempo',
      ],
    ];
    for (const [name, change, en, pt] of cases) {
      it(name, () => {
        expect(verdictSentence(withVerdict(change), 'en')).toMatch(new RegExp(`^${en.replace(/[().×]/g, '\\$&')};`));
        expect(verdictSentence(withVerdict(change), 'pt-BR')).toMatch(new RegExp(`^${pt.replace(/[().×]/g, '\\$&')};`));
      });
    }

    it('one unit of each is said as such', () => {
      expect(verdictSentence(withVerdict({}, 1), 'en')).toContain('(medians, one of each kind, started alone)');
      expect(verdictSentence(withVerdict({}, 1), 'pt-BR')).toContain('(medianas, um de cada tipo, iniciado sozinho)');
    });

    it('a thread that added memory, and one that added none', () => {
      expect(verdictSentence(withVerdict({ threadPrivateKb: 512 }), 'en')).toMatch(/; a process cost 7\.3 MiB of private memory, a thread 0\.5 MiB\.$/);
      expect(verdictSentence(withVerdict({ threadPrivateKb: -12 }), 'en')).toMatch(/; a process cost 7\.3 MiB of private memory; a thread added none that could be measured\.$/);
      expect(verdictSentence(withVerdict({ threadPrivateKb: 0 }), 'pt-BR')).toMatch(
        /; um processo custou 7,3 MiB de memória privada; uma thread não acrescentou nenhuma que se pudesse medir\.$/,
      );
    });
  });

  it('gives nothing for a result of another shape or with no samples', () => {
    expect(verdictSentence({ parentX: 0 }, 'en')).toBeUndefined();
    expect(verdictSentence(undefined, 'en')).toBeUndefined();
    expect(verdictSentence(withVerdict({ threadReadyMedianUs: Number.NaN }), 'en')).toBeUndefined();
  });
});
