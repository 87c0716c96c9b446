/**
 * Plain-language callouts for the crash lesson, computed from the scene and
 * the crash model played so far (and the result once the run ended). Pure,
 * so each sentence is tested against real recorded runs.
 */
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { sortByTime, type LessonCallout } from '../../lessonKit/callouts.js';
import type { ActorState, Scene } from '../../scene/types.js';
import type { CrashModel, FaultMark } from './model.js';
import { actorList, crashActorName } from './names.js';
import type { CrashText } from './text.js';
import { exitWords, verdictSentence } from './verdict.js';

export type CrashSection = 'processes' | 'threads' | 'run';
export type CrashCallout = LessonCallout<CrashSection>;
export type CrashWords = { t: Dictionary; text: CrashText; format: Formatters; language: Language };

/** Ended badly: a signal, or a non-zero exit code. A clean exit at the end of the run is not a failure. */
export function failed(actor: ActorState | undefined): boolean {
  return actor?.exit !== undefined && (actor.exit.signal !== null || (actor.exit.code ?? 0) !== 0);
}

function actorsOf(scene: Scene, prefix: 'proc-' | 'thread-'): ActorState[] {
  return scene.actorOrder
    .filter((id) => id.startsWith(prefix))
    .map((id) => scene.actors[id])
    .filter((actor): actor is ActorState => actor !== undefined)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
}

/** A count as the sentences take it: shown in the reader's figures, and its number for the plural form. */
const countOf = (format: Formatters, n: number) => ({ shown: format.integer(n), n });

function faultText(words: CrashWords, fault: FaultMark): string {
  const { text } = words;
  const actor = crashActorName(text, fault.actor, fault.actor);
  const thread = fault.actor.startsWith('thread-');
  switch (fault.fault) {
    case 'sigsegv':
    case 'sigabrt':
    case 'oom':
    case 'exception':
      return text.faults[fault.fault]({ actor });
    case 'corruption':
      return thread ? text.faults.threadCorruption({ actor }) : text.faults.processCorruption({ actor });
    case 'null-dereference':
      return text.faults.nullDereference({ actor });
    default:
      return text.faults.other({ actor, fault: fault.fault });
  }
}

/** Siblings that beat after `after` (ns), and the first such beat's time. */
function beatsAfter(model: CrashModel, siblings: readonly ActorState[], after: number): { alive: ActorState[]; firstAt: number | undefined } {
  const alive = siblings.filter((sibling) => (model.beats[sibling.id] ?? []).some((t) => t > after));
  const times = alive.map((sibling) => (model.beats[sibling.id] ?? []).find((t) => t > after) ?? Infinity);
  return { alive, firstAt: times.length > 0 ? Math.min(...times) : undefined };
}

function processCallouts(scene: Scene, model: CrashModel, words: CrashWords): CrashCallout[] {
  const { text, format } = words;
  const callouts: CrashCallout[] = [];
  const processes = actorsOf(scene, 'proc-');
  const firstBeat = Math.min(...processes.map((actor) => model.beats[actor.id]?.[0] ?? Infinity));
  if (Number.isFinite(firstBeat)) {
    // Every process started, not only those that beat first: the callout speaks for the whole side.
    callouts.push({ id: 'processes-beating', section: 'processes', at: firstBeat, text: text.callouts.processesBeating({ count: countOf(format, processes.length) }) });
  }
  for (const victim of processes.filter(failed)) {
    const exit = victim.exit;
    if (!exit) continue;
    const name = crashActorName(text, victim.id, victim.label);
    const how = exit.signal ? text.stage.killedBy({ signal: exit.signal }) : text.stage.exitedWith({ code: String(exit.code) });
    callouts.push({ id: `died-${victim.id}`, section: 'processes', at: exit.t, tone: 'alarm', text: text.callouts.processDied({ actor: name, how }) });
    const siblings = processes.filter((actor) => actor.id !== victim.id);
    const { alive, firstAt } = beatsAfter(model, siblings, exit.t);
    if (firstAt !== undefined) {
      callouts.push({
        id: `beat-on-${victim.id}`,
        section: 'processes',
        at: firstAt,
        tone: 'ok',
        text: text.callouts.siblingsBeatOn({ alive: countOf(format, alive.length), total: countOf(format, siblings.length), actor: name }),
      });
    }
  }
  for (const actor of processes) {
    const reading = model.corruptSeen[actor.id];
    if (reading && reading.value > 0) {
      callouts.push({
        id: `own-corruption-${actor.id}`,
        section: 'processes',
        at: reading.firstSeenAt,
        text: text.callouts.ownCorruption({ actor: crashActorName(text, actor.id, actor.label), count: format.integer(reading.value) }),
      });
    }
  }
  return callouts;
}

function threadCallouts(scene: Scene, model: CrashModel, words: CrashWords): CrashCallout[] {
  const { text, format, language } = words;
  const callouts: CrashCallout[] = [];
  const threads = actorsOf(scene, 'thread-');
  const threaded = scene.actors['threaded'];
  const firstBeat = Math.min(...threads.map((actor) => model.beats[actor.id]?.[0] ?? Infinity));
  if (Number.isFinite(firstBeat) && threaded) {
    callouts.push({
      id: 'threads-beating',
      section: 'threads',
      at: firstBeat,
      text: text.callouts.threadsBeating({ count: countOf(format, threads.length), pid: format.osId(threaded.pid) }),
    });
  }
  if (threaded?.exit && failed(threaded)) {
    callouts.push({
      id: 'whole-process-died',
      section: 'threads',
      at: threaded.exit.t,
      tone: 'alarm',
      text: text.callouts.wholeProcessDied({ how: exitWords(threaded.exit, language), count: countOf(format, threads.length) }),
    });
  }
  // A thread that ended on its own (not with its process): Node contained its exception.
  for (const victim of threads.filter((actor) => failed(actor) && actor.exit?.reason !== 'process died')) {
    const exit = victim.exit;
    if (!exit) continue;
    const name = crashActorName(text, victim.id, victim.label);
    callouts.push({ id: `ended-${victim.id}`, section: 'threads', at: exit.t, tone: 'alarm', text: text.callouts.threadEnded({ actor: name, how: exitWords(exit, language) }) });
    const siblings = threads.filter((actor) => actor.id !== victim.id);
    const { alive, firstAt } = beatsAfter(model, siblings, exit.t);
    if (firstAt !== undefined) {
      callouts.push({
        id: `thread-beat-on-${victim.id}`,
        section: 'threads',
        at: firstAt,
        tone: 'ok',
        text: text.callouts.threadSiblingsBeatOn({ alive: countOf(format, alive.length), total: countOf(format, siblings.length), actor: name }),
      });
    }
  }
  const scribbler = model.recordsWrite?.actor;
  const readers = threads.filter((actor) => actor.id !== scribbler && (model.corruptSeen[actor.id]?.value ?? 0) > 0);
  if (readers.length > 0) {
    const count = Math.max(...readers.map((actor) => model.corruptSeen[actor.id]?.value ?? 0));
    callouts.push({
      id: 'siblings-read-corrupt',
      section: 'threads',
      at: Math.min(...readers.map((actor) => model.corruptSeen[actor.id]?.firstSeenAt ?? Infinity)),
      tone: 'alarm',
      text: text.callouts.siblingsReadCorrupt({ count: format.integer(count), readers: actorList(text, language, readers.map((actor) => actor.id)), readerCount: readers.length }),
    });
  }
  return callouts;
}

export function crashCallouts(scene: Scene, model: CrashModel, words: CrashWords): CrashCallout[] {
  const callouts = [...processCallouts(scene, model, words), ...threadCallouts(scene, model, words)];
  for (const fault of model.faults) {
    const section = fault.actor.startsWith('thread-') ? 'threads' : 'processes';
    callouts.push({ id: `fault-${fault.actor}-${fault.fault}`, section, at: fault.t, tone: 'alarm', text: faultText(words, fault) });
  }
  if (scene.terminal.state === 'finished') {
    const sentence = verdictSentence(scene.terminal.result, words.language);
    if (sentence) callouts.push({ id: 'verdict', section: 'run', at: scene.terminal.t, tone: 'ok', text: sentence });
  } else if (scene.terminal.state === 'failed') {
    callouts.push({ id: 'failed', section: 'run', at: scene.terminal.t, tone: 'alarm', text: words.text.callouts.failed({ error: scene.terminal.error }) });
  }
  return sortByTime(callouts);
}
