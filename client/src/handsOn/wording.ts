/**
 * Hands-on sentences built from numbers, pure so they are tested alone:
 * where a run was measured ("Measured alone on core 0 · load 0.42 at
 * start"), a queued run's place ("Queued: 3rd in line, about 20 s"), waits
 * and countdowns. Plural and ordinal forms come from Intl.PluralRules.
 */
import type { RunPlacement } from '../../../shared/protocol.js';
import type { Language } from '../i18n/dictionary.js';
import { formattersFor } from '../i18n/format.js';
import { handsOnText } from './text.js';

type Forms<T> = { one: T; other: T } & Partial<Record<Intl.LDMLPluralRule, T>>;

const cardinalRules = new Map<Language, Intl.PluralRules>();
const ordinalRules = new Map<Language, Intl.PluralRules>();

function rulesFor(cache: Map<Language, Intl.PluralRules>, language: Language, type: Intl.PluralRuleType): Intl.PluralRules {
  let rules = cache.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language, { type });
    cache.set(language, rules);
  }
  return rules;
}

/** The form of `forms` that the language's plural rules pick for `n` (falling back to `other`). */
export function pluralForm<T>(forms: Forms<T>, n: number, language: Language, type: Intl.PluralRuleType = 'cardinal'): T {
  const category = rulesFor(type === 'ordinal' ? ordinalRules : cardinalRules, language, type).select(n);
  return forms[category] ?? forms.other;
}

/** CPU numbers as ranges: [0, 2, 3] → "0, 2–3" (sorted, duplicates dropped). */
export function coreRanges(cores: readonly number[]): string {
  const sorted = [...new Set(cores)].sort((a, b) => a - b);
  const parts: string[] = [];
  let start = sorted[0];
  let previous = start;
  for (const core of sorted.slice(1)) {
    if (previous !== undefined && core === previous + 1) {
      previous = core;
      continue;
    }
    if (start !== undefined && previous !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
    start = core;
    previous = core;
  }
  if (start !== undefined && previous !== undefined) parts.push(start === previous ? String(start) : `${start}–${previous}`);
  return parts.join(', ');
}

/** One line saying where a run was measured: alone or beside how many others, on which cores, and the machine's load. */
export function placementSentence(placement: RunPlacement, language: Language): string {
  const text = handsOnText[language].placement;
  const format = formattersFor(language);
  const cores = new Set(placement.cores).size;
  // No cores: a run paced by a person (a step mode) holds none and is not pinned.
  let where = cores === 0 ? text.paced : pluralForm(text.cores, cores, language)({ list: coreRanges(placement.cores) });
  if (cores > 0 && placement.pinned === false) where += ` ${text.notPinned}`;
  const head =
    placement.alongside === 0
      ? text.alone({ where })
      : pluralForm(text.beside, placement.alongside, language)({ count: format.integer(placement.alongside), where });
  const start = format.decimal(placement.loadAtStart, 2);
  const load = placement.loadAtEnd === undefined ? text.load({ start }) : text.loadBoth({ start, end: format.decimal(placement.loadAtEnd, 2) });
  return `${head} · ${load}`;
}

/** A wait in words, rounded up: whole seconds under a minute, else whole minutes. */
export function waitText(ms: number, language: Language): string {
  const text = handsOnText[language].queue;
  const format = formattersFor(language);
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds <= 60) return text.seconds({ n: format.integer(seconds) });
  return text.minutes({ n: format.integer(Math.ceil(seconds / 60)) });
}

/** A queued run's place and estimated wait (said as an estimate). */
export function queueSentence(queue: { position: number; estimatedWaitMs: number }, language: Language): string {
  const text = handsOnText[language].queue;
  const place = pluralForm(text.place, queue.position, language, 'ordinal')({ n: formattersFor(language).integer(queue.position) });
  if (queue.estimatedWaitMs <= 0) return text.next({ place });
  return text.waiting({ place, wait: waitText(queue.estimatedWaitMs, language) });
}

/** Whole seconds left before a retry that was due `retryAfterMs` after `at` (ms, same clock as `now`). */
export function retrySeconds(retry: { retryAfterMs: number; at: number }, now: number): number {
  return Math.max(0, Math.ceil((retry.at + retry.retryAfterMs - now) / 1000));
}

/** "12 runs by 9 students" and "12 runs · 9 students", each count with its plural form. */
export function classCounts(counts: { runs: number; students: number }, language: Language): { totals: string; pair: string } {
  const text = handsOnText[language].wall;
  const format = formattersFor(language);
  const runs = pluralForm(text.runs, counts.runs, language)({ n: format.integer(counts.runs) });
  const students = pluralForm(text.students, counts.students, language)({ n: format.integer(counts.students) });
  return { totals: text.totals({ runs, students }), pair: text.pair({ runs, students }) };
}
