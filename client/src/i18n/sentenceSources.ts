/**
 * For the cross-lesson text tests (rawIds.test.ts, noteReadingTime.test.ts):
 * every lesson's recorded runs played event by event through the same pure
 * functions the lesson pages call, so the tests read the sentences a class
 * actually sees. Test support only: no page imports this file.
 */
import type { LabEvent } from '../../../shared/protocol.js';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { sceneAt } from '../scene/sceneAt.js';
import { wordCount } from '../lessonKit/readingHolds.js';
import { backendCallouts } from '../lessons/backend/callouts.js';
import { backendModelAt } from '../lessons/backend/model.js';
import { backendFaultEvents } from '../lessons/backend/fixtures.js';
import { text as backendText } from '../lessons/backend/text.js';
import { communicationCallouts } from '../lessons/communication/callouts.js';
import { fixtureRun } from '../lessons/communication/fixtures.js';
import { text as communicationText } from '../lessons/communication/text.js';
import { crashCallouts } from '../lessons/crash/callouts.js';
import { corruptionRun, exceptionRun, sigsegvRun } from '../lessons/crash/fixtures.js';
import { crashModelAt } from '../lessons/crash/model.js';
import { wordsFor as crashWords } from '../lessons/crash/testWords.js';
import { creationCallouts } from '../lessons/creation/callouts.js';
import { recordedCreationRun } from '../lessons/creation/fixtures.js';
import { storyAt } from '../lessons/creation/storyModel.js';
import { text as creationText } from '../lessons/creation/text.js';
import { memoryCallouts } from '../lessons/memory/callouts.js';
import { text as memoryText } from '../lessons/memory/text.js';
import { parallelismCallouts } from '../lessons/parallelism/callouts.js';
import { recordedParallelismRun } from '../lessons/parallelism/fixtures.js';
import { configurations, timelineRows } from '../lessons/parallelism/stageModel.js';
import { text as parallelismText } from '../lessons/parallelism/text.js';
import { measureCallouts, stepCallouts } from '../lessons/race/callouts.js';
import { measureRun, stepFinishRun, stepLostRun } from '../lessons/race/fixtures.js';
import { measureModelAt } from '../lessons/race/measureModel.js';
import { stepModelAt } from '../lessons/race/stepModel.js';
import { wordsFor as raceWords } from '../lessons/race/testWords.js';
import type { Language } from './dictionary.js';
import { en } from './en.js';
import { formattersFor } from './format.js';
import { ptBR } from './ptBR.js';

export type StageNote = { id: string; section: string; text: string };

/** One recorded run of a lesson and the notes its page computes after each event. */
export type RecordedRun = {
  lesson: string;
  /** Which fixture: the lesson's parameter values it was recorded with. */
  name: string;
  /**
   * Whether the events' times are the times a class sees them at: false for a
   * run paced by a person (race's step mode: each note stays up until the
   * next click) and for a log made up for a test (the backend's).
   */
  timed: boolean;
  events: readonly LabEvent[];
  notesAt(index: number, language: Language): StageNote[];
};

const dictionary = (language: Language) => (language === 'en' ? en : ptBR);

/**
 * A lesson's words for its pure functions, with every field any lesson asks
 * for (its text, the app dictionary, the formatters, the language): passed as
 * a variable, a field a lesson does not use is no type error.
 */
function wordsOf<Text>(text: Text, language: Language) {
  const words = { text, t: dictionary(language), format: formattersFor(language), language };
  return words;
}


const communicationRun = fixtureRun();

export const recordedRuns: readonly RecordedRun[] = [
  {
    lesson: 'memory',
    name: 'node, 3 processes, 3 threads, 5 increments',
    timed: true,
    events: recordedMemoryRun,
    notesAt: (index, language) =>
      memoryCallouts(sceneAt(recordedMemoryRun, index), wordsOf(memoryText[language], language)),
  },
  {
    lesson: 'creation',
    name: '4 units, 5 repeats',
    timed: true,
    events: recordedCreationRun,
    notesAt: (index, language) => {
      const scene = sceneAt(recordedCreationRun, index);
      return creationCallouts(scene, storyAt(recordedCreationRun, scene, 4), wordsOf(creationText[language], language));
    },
  },
  {
    lesson: 'communication',
    name: 'every channel',
    timed: true,
    events: communicationRun,
    notesAt: (index, language) =>
      communicationCallouts(communicationRun.slice(0, index + 1), sceneAt(communicationRun, index), wordsOf(communicationText[language], language)),
  },
  ...(
    [
      ['thread fault sigsegv', sigsegvRun],
      ['thread fault exception', exceptionRun],
      ['thread fault corruption', corruptionRun],
    ] as const
  ).map(
    ([name, events]): RecordedRun => ({
      lesson: 'crash',
      name,
      timed: true,
      events,
      notesAt: (index, language) => crashCallouts(sceneAt(events, index), crashModelAt(events, index), crashWords(language)),
    }),
  ),
  {
    lesson: 'race',
    name: 'mode measure, 4 threads',
    timed: true,
    events: measureRun,
    notesAt: (index, language) => measureCallouts(sceneAt(measureRun, index), measureModelAt(measureRun, index), 4_000_000, raceWords(language)),
  },
  ...(
    [
      ['mode step, an update lost', stepLostRun],
      ['mode step, no update lost', stepFinishRun],
    ] as const
  ).map(
    ([name, events]): RecordedRun => ({
      lesson: 'race',
      name,
      timed: false,
      events,
      notesAt: (index, language) => stepCallouts(sceneAt(events, index), stepModelAt(events, index), raceWords(language)),
    }),
  ),
  {
    lesson: 'parallelism',
    name: '3 workers',
    timed: true,
    events: recordedParallelismRun,
    notesAt: (index, language) => {
      const scene = sceneAt(recordedParallelismRun, index);
      const rows = timelineRows(configurations(3), recordedParallelismRun.slice(0, index + 1), scene, recordedParallelismRun[index]?.t ?? 0);
      return parallelismCallouts(rows, scene, 2, wordsOf(parallelismText[language], language));
    },
  },
  {
    lesson: 'backend',
    name: 'fault sigsegv (fault phase only)',
    timed: false,
    events: backendFaultEvents,
    notesAt: (index, language) =>
      backendCallouts(backendFaultEvents, index, backendModelAt(backendFaultEvents, index), 4, wordsOf(backendText[language], language)),
  },
];

/**
 * Stage notes short enough to read in the time the stage gives them (issue
 * 14): the notes of a lesson's recorded runs with more words than `max`
 * allows in their language (words as readingHolds.ts counts them), each
 * listed once. The verdict is left aside: it is the run's last note, stays up
 * once playback ends, and is the results' sentence too.
 */
export const STAGE_NOTE_MAX_WORDS: Readonly<Record<Language, number>> = { en: 17, 'pt-BR': 20 };

export function longStageNotes(lesson: string, max: Readonly<Record<Language, number>> = STAGE_NOTE_MAX_WORDS): string[] {
  const long = new Set<string>();
  for (const run of recordedRuns.filter((item) => item.lesson === lesson)) {
    for (const language of Object.keys(max) as Language[]) {
      run.events.forEach((_event, index) => {
        for (const note of run.notesAt(index, language)) {
          const words = wordCount(note.text);
          if (note.id !== 'verdict' && words > max[language]) long.add(`${language} ${note.id} (${words} words): ${note.text}`);
        }
      });
    }
  }
  return [...long];
}

/**
 * The modules outside the lesson folders that keep their texts as Localized
 * objects, for the cross-lesson text tests (each adds the lesson files it reads).
 */
export const sharedTextModules: Record<string, Record<string, unknown>> = {
  ...import.meta.glob<Record<string, unknown>>('../lessonParts/{text,nodeNotes}.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../lessonKit/engineText.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../classroom/text.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../classroom/learn/text.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../handsOn/text.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../home/text.ts', { eager: true }),
};
