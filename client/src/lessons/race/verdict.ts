/**
 * The race lesson's one-line verdict, from a run's result. Measure mode: in
 * how many repeats the unsynchronized (plain) increment lost updates, and how many; that
 * Atomics.add and the lock lost none; that each separate process counted
 * exactly its increments. Step mode: x against what was expected. No React
 * here: the home page loads this file eagerly.
 */
import { raceResultSchema, type RaceMeasureResult, type RaceResult, type RaceStepResult } from '../../../../shared/results/race.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';
import { countInWords } from '../../lessonKit/numbers.js';

/** `repeatCount` picks the plural form of "repeat" (Intl.PluralRules); the other fields are figures as shown. */
type Plain = { rounds: string; repeats: string; repeatCount: number; median: string; worst: string; expected: string };

const en = formattersFor('en');
const pt = formattersFor('pt-BR');

type Sentences = {
  plainLost(f: Plain): string;
  plainNoLoss(f: Plain): string;
  safeNone: string;
  safeLost(f: { atomic: string; lock: string }): string;
  processesExact(f: { increments: string }): string;
  processesOff(f: { finals: string; increments: string }): string;
  step(f: { x: string; expected: string; lost: string; lostCount: number }): string;
};

const sentences: Localized<Sentences> = {
  en: {
    plainLost: (f) => `Unsynchronized increments lost updates in ${f.rounds} of ${f.repeats} ${en.pluralForm(f.repeatCount, { one: 'repeat', other: 'repeats' })} (median ${f.median} of ${f.expected}, worst ${f.worst})`,
    plainNoLoss: (f) =>
      `Unsynchronized increments lost no update in ${f.repeats} ${en.pluralForm(f.repeatCount, { one: 'repeat', other: 'repeats' })} this time (a race can lose updates; nothing makes it)`,
    safeNone: 'Atomics.add and the lock lost none',
    safeLost: (f) => `Atomics.add lost ${f.atomic} and the lock ${f.lock}`,
    processesExact: (f) => `each separate process counted exactly ${f.increments}`,
    processesOff: (f) => `the separate processes counted ${f.finals} (of ${f.increments} each)`,
    step: (f) =>
      f.lostCount > 0
        ? `x = ${f.x}, expected ${f.expected}: you lost ${f.lost} ${en.pluralForm(f.lostCount, { one: 'update', other: 'updates' })}.`
        : `x = ${f.x}, expected ${f.expected}: no update was lost.`,
  },
  'pt-BR': {
    plainLost: (f) =>
      `Os incrementos sem sincronização perderam atualizações em ${f.rounds} de ${f.repeats} ${pt.pluralForm(f.repeatCount, { one: 'repetição', other: 'repetições' })} (mediana de ${f.median} de ${f.expected}, pior caso ${f.worst})`,
    plainNoLoss: (f) =>
      `Os incrementos sem sincronização não perderam nenhuma atualização em ${f.repeats} ${pt.pluralForm(f.repeatCount, { one: 'repetição', other: 'repetições' })} desta vez (a corrida pode perder atualizações, mas nada a obriga)`,
    safeNone: 'Atomics.add e o lock não perderam nenhuma',
    safeLost: (f) => `Atomics.add perdeu ${f.atomic} e o lock ${f.lock}`,
    processesExact: (f) => `cada processo separado contou exatamente ${f.increments}`,
    processesOff: (f) => `os processos separados contaram ${f.finals} (de ${f.increments} cada)`,
    step: (f) =>
      f.lostCount > 0
        ? `x = ${f.x}, esperado ${f.expected}: você perdeu ${f.lost} ${pt.pluralForm(f.lostCount, { one: 'atualização', other: 'atualizações' })}.`
        : `x = ${f.x}, esperado ${f.expected}: nenhuma atualização se perdeu.`,
  },
};

export function parseRaceResult(result: unknown): RaceResult | undefined {
  const parsed = raceResultSchema.safeParse(result);
  return parsed.success ? parsed.data : undefined;
}

function measureSentence(result: RaceMeasureResult, language: Language): string {
  const format = formattersFor(language);
  const words = sentences[language];
  const { verdict } = result;
  const plainRounds = result.variants.find((entry) => entry.variant === 'plain')?.rounds ?? [];
  const expected = Math.max(0, ...plainRounds.map((round) => round.expected));
  const plain: Plain = {
    rounds: format.integer(verdict.plainRoundsWithLoss),
    repeats: format.integer(verdict.plainRounds),
    repeatCount: verdict.plainRounds,
    median: countInWords(verdict.plainLostMedian, language),
    worst: countInWords(verdict.plainLostMax, language),
    expected: countInWords(expected, language),
  };
  const first = verdict.plainRoundsWithLoss > 0 ? words.plainLost(plain) : words.plainNoLoss(plain);
  const safe =
    verdict.atomicLostMax === 0 && verdict.lockLostMax === 0
      ? words.safeNone
      : words.safeLost({ atomic: countInWords(verdict.atomicLostMax, language), lock: countInWords(verdict.lockLostMax, language) });
  const increments = format.integer(result.increments);
  const exact = result.processes.every((process) => process.final === result.increments);
  const processes = exact
    ? words.processesExact({ increments })
    : words.processesOff({ finals: new Intl.ListFormat(language).format(result.processes.map((process) => format.integer(process.final))), increments });
  return `${first}; ${safe}; ${processes}.`;
}

function stepSentence(result: RaceStepResult, language: Language): string {
  const format = formattersFor(language);
  return sentences[language].step({ x: format.integer(result.x), expected: format.integer(result.expected), lost: format.integer(result.lost), lostCount: result.lost });
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseRaceResult(result);
  if (!parsed) return undefined;
  return parsed.mode === 'measure' ? measureSentence(parsed, language) : stepSentence(parsed, language);
}
