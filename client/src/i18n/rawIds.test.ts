/**
 * No sentence shows a raw parameter id ("With a exception in one thread",
 * "Com um corruption numa thread", "over sab-wait"): ids are for code, people
 * read words.
 *
 * Ids: every option of every enum and set parameter in the experiment
 * catalog (shared/experiments.ts), plus the ids servers send in events in
 * their place (a fault's id, a channel's id).
 *
 * Sentences: every fixed text of every lesson and of the app in both
 * languages (functions called with markers), and the sentences computed
 * from every lesson's recorded runs — each event described, every note the
 * page computes after each event, every verdict and every guided-path
 * "measured here" sentence — for every fault kind and channel.
 *
 * The rule (what counts as a raw id):
 * - Allowed anywhere: text inside `backticks` or quotes (“…”, "…"): the UI
 *   names the code as such. SIGSEGV and SIGABRT in capitals are the signals'
 *   own names; postMessage is Node's API name; pipe is English and the
 *   Portuguese loanword for it.
 * - Ids that are not words (sab-wait, ipc-json, unix-socket, sigsegv,
 *   sigabrt, oom, tcp in lower case, null-dereference): raw wherever they stand as a
 *   word, in both languages.
 * - Ids that are English words (exception, corruption, measure, step,
 *   native, none): raw in Portuguese sentences, where the English word has
 *   no place, and in English after the article "a" ("a exception"), which
 *   is what an id put where a noun phrase belongs looks like.
 */
import { describe, expect, it } from 'vitest';
import { experiments } from '../../../shared/experiments.js';
import type { LabEvent } from '../../../shared/protocol.js';
import { crash as crashResult, communication as communicationResult } from '../../../shared/resultFixtures.js';
import { measure } from '../../../shared/predictions.js';
import { measuredSentence } from '../classroom/learn/PredictCard.js';
import { learnText } from '../classroom/learn/text.js';
import { verdictFunctions } from '../home/verdictModules.js';
import { describeEvent } from '../lessonKit/describeEvent.js';
import { phaseTitle } from '../lessonKit/phaseTitle.js';
import { fixtureResult } from '../lessons/communication/fixtures.js';
import { languages, type Language, type Localized } from './dictionary.js';
import { en } from './en.js';
import { formattersFor } from './format.js';
import { ptBR } from './ptBR.js';
import { markerArgument } from './markers.js';
import { recordedRuns, sharedTextModules } from './sentenceSources.js';

type Sentence = { source: string; language: Language; text: string };

/**
 * Offenders in files this test's author does not own (the lesson folders),
 * found when the test was written: `source :: id`. Their owners are fixing
 * them; remove a line when its sentence is fixed (the last test fails while
 * a line here no longer offends).
 */
const knownOffenders: readonly string[] = [];

// ---------------------------------------------------------------- ids

const catalogIds = [
  ...new Set(
    experiments.flatMap((experiment) =>
      Object.values(experiment.params).flatMap((spec) => ('options' in spec ? [...spec.options] : [])),
    ),
  ),
];
/** Ids servers send in events where a parameter's id would be: the native engine's fault. */
const eventIds = ['null-dereference'];
/** Names that are words in their own right: see the rule above. */
const allowedEverywhere = new Set(['postMessage', 'pipe']);
const englishWords = new Set(['exception', 'corruption', 'measure', 'step', 'native', 'none', 'node']);

const ids = [...catalogIds, ...eventIds].filter((id) => !allowedEverywhere.has(id));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word: not inside a longer word, an id or a dotted name (child_process.fork, sab-wait-x). */
const wordPattern = (id: string) => new RegExp(`(?<![\\w.:-])${escape(id)}(?![\\w:-])`);

/** The sentence without the parts that may name code: `code`, “quoted”, "quoted". */
function prose(text: string): string {
  return text.replace(/«[\w.]+»/g, ' ').replace(/`[^`]*`/g, ' ').replace(/“[^”]*”/g, ' ').replace(/"[^"]*"/g, ' ');
}

function rawIdsIn(sentence: Sentence): string[] {
  const text = prose(sentence.text);
  return ids.filter((id) => {
    if (!englishWords.has(id)) return wordPattern(id).test(text);
    if (sentence.language !== 'en') return wordPattern(id).test(text);
    return new RegExp(`\\ba ${escape(id)}(?![\\w-])`).test(text);
  });
}

// ---------------------------------------------------------------- sentences


function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    try {
      return [String((value as (argument: unknown) => unknown)(markerArgument))];
    } catch {
      return [];
    }
  }
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [];
}

const isLocalized = (value: unknown): value is Localized<unknown> =>
  typeof value === 'object' && value !== null && languages.every((language) => Object.hasOwn(value, language));

function fixedTexts(): Sentence[] {
  const modules = {
    ...import.meta.glob<Record<string, unknown>>('../lessons/*/{text,notes,resultsText}.ts', { eager: true }),
    ...sharedTextModules,
  };
  const sentences: Sentence[] = languages.flatMap((language) =>
    leaves(language === 'en' ? en : ptBR).map((text) => ({ source: 'i18n dictionary', language, text })),
  );
  for (const [path, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module)) {
      if (!isLocalized(value)) continue;
      for (const language of languages) {
        for (const text of leaves(value[language])) sentences.push({ source: `${path.replace(/^\.\.\//, '')} ${name}`, language, text });
      }
    }
  }
  return sentences;
}

const faultIds = ['sigsegv', 'sigabrt', 'oom', 'exception', 'corruption', 'null-dereference'];
const channelIds = experiments.find((experiment) => experiment.id === 'communication')?.params.channels.options ?? [];

/** Events that carry an id: one per fault kind, channel, and each phase name a server sends with an id in it. */
function eventsWithIds(): LabEvent[] {
  const base = { run: 'ids', seq: 0, t: 1 };
  return [
    ...faultIds.map((fault) => ({ ...base, kind: 'fault.injected' as const, actor: 'thread-2', fault })),
    ...channelIds.flatMap((channel) => [
      { ...base, kind: 'message.sent' as const, actor: 'host', peer: 'peer-thread', channel, bytes: 64, msg: 'm' },
      { ...base, kind: 'message.received' as const, actor: 'host', peer: 'peer-thread', channel, bytes: 64, msg: 'm' },
      { ...base, kind: 'phase' as const, name: `story-${channel}` },
    ]),
    ...['step', 'threads-plain', 'threads-atomic', 'threads-lock', 'heartbeats', 'native', 'baseline', 'done'].map((name) => ({ ...base, kind: 'phase' as const, name })),
  ];
}

function computedTexts(): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (source: string, language: Language, text: string | undefined) => {
    if (text) sentences.push({ source, language, text });
  };
  for (const language of languages) {
    const t = language === 'en' ? en : ptBR;
    const format = formattersFor(language);
    for (const event of eventsWithIds()) add('event log (lessonKit/describeEvent.ts)', language, describeEvent(event, t, format));
    for (const channel of channelIds) add('phase names (lessonKit/phaseTitle.ts)', language, phaseTitle(`story-${channel}`, language));

    for (const run of recordedRuns) {
      const source = `${run.lesson} notes (${run.name})`;
      run.events.forEach((event, index) => {
        add('event log (lessonKit/describeEvent.ts)', language, describeEvent(event, t, format));
        for (const note of run.notesAt(index, language)) add(source, language, note.text);
      });
      const finished = run.events.at(-1);
      if (finished?.kind === 'run.finished') add(`${run.lesson} verdict (${run.name})`, language, verdictFunctions.get(run.lesson)?.(finished.result, language));
    }

    // Verdicts and guided-path sentences for each fault kind and channel, beyond the recorded runs.
    const text = learnText[language];
    for (const fault of ['sigsegv', 'exception', 'corruption']) {
      const result = crashResult(2, 3, fault);
      add(`crash verdict (thread fault ${fault})`, language, verdictFunctions.get('crash')?.(result, language));
      const measured = measure('crash', result);
      if (measured) add('guided path, measured here (classroom/learn)', language, measuredSentence(measured, text, format, t));
    }
    for (const channel of channelIds) {
      const result = { ...communicationResult(2.5), verdict: { ...communicationResult(2.5).verdict, fastestProcessChannel: channel } };
      const measured = measure('communication', result);
      if (measured) add('guided path, measured here (classroom/learn)', language, measuredSentence(measured, text, format, t));
    }
    const everyChannel = fixtureResult([...channelIds] as Parameters<typeof fixtureResult>[0]);
    add('communication verdict (every channel)', language, verdictFunctions.get('communication')?.(everyChannel, language));
    for (const channel of channelIds) {
      const pair = fixtureResult(['postMessage', channel] as Parameters<typeof fixtureResult>[0]);
      add(`communication verdict (postMessage and ${channel})`, language, verdictFunctions.get('communication')?.(pair, language));
    }
  }
  return sentences;
}

// ---------------------------------------------------------------- the test

describe('no sentence contains a raw parameter id', () => {
  const sentences = [...fixedTexts(), ...computedTexts()];
  const offenders = new Map<string, string>();
  for (const sentence of sentences) {
    for (const id of rawIdsIn(sentence)) {
      const key = `${sentence.source} :: ${id}`;
      if (!offenders.has(key)) offenders.set(key, `[${sentence.language}] ${sentence.text}`);
    }
  }

  it('reads the catalog ids and a fair number of sentences', () => {
    expect(ids).toEqual(expect.arrayContaining(['exception', 'corruption', 'sab-wait', 'sab-spin', 'step', 'sigsegv']));
    expect(sentences.length).toBeGreaterThan(2000);
  });

  it('finds none outside the known offenders', () => {
    const unknown = [...offenders].filter(([key]) => !knownOffenders.includes(key)).map(([key, text]) => `${key}\n    ${text}`);
    expect(unknown).toEqual([]);
  });

  it('lists no known offender that was fixed (remove it from knownOffenders)', () => {
    expect(knownOffenders.filter((key) => !offenders.has(key))).toEqual([]);
  });
});
