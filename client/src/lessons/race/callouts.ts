/**
 * Plain-language callouts for the race lesson, computed from the scene and
 * the lesson's models at the playhead (and the verdict once the run ended).
 * Pure, so each sentence is tested against real recorded runs.
 */
import type { Dictionary, Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { actorName } from '../../lessonKit/actorNames.js';
import { sortByTime, type LessonCallout } from '../../lessonKit/callouts.js';
import type { Scene } from '../../scene/types.js';
import type { MeasureModel } from './measureModel.js';
import type { RaceResultsText } from './resultsText.js';
import { isLostWrite, type StepModel } from './stepModel.js';
import type { RaceText } from './text.js';
import { verdictSentence } from './verdict.js';

export type RaceSection = 'threads' | 'processes' | 'step' | 'run';
export type RaceCallout = LessonCallout<RaceSection>;
export type RaceWords = { t: Dictionary; text: RaceText; results: RaceResultsText; format: Formatters; language: Language };

function endCallouts(scene: Scene, words: RaceWords): RaceCallout[] {
  if (scene.terminal.state === 'finished') {
    const sentence = verdictSentence(scene.terminal.result, words.language);
    return sentence ? [{ id: 'verdict', section: 'run', at: scene.terminal.t, tone: 'ok', text: sentence }] : [];
  }
  if (scene.terminal.state === 'failed') {
    return [{ id: 'failed', section: 'run', at: scene.terminal.t, tone: 'alarm', text: words.results.callouts.failed({ error: scene.terminal.error }) }];
  }
  return [];
}

export function measureCallouts(scene: Scene, model: MeasureModel, expected: number | undefined, words: RaceWords): RaceCallout[] {
  const { t, results, format } = words;
  const callouts: RaceCallout[] = [];
  const racers = scene.actors['racers'];
  const threads = scene.actorOrder.filter((id) => scene.actors[id]?.parent === 'racers');
  if (racers && threads.length > 0) {
    const at = Math.max(...threads.map((id) => scene.actors[id]?.startedAt ?? 0));
    callouts.push({ id: 'threads-ready', section: 'threads', at, text: results.callouts.threadsReady({ count: format.integer(threads.length), n: threads.length, pid: format.osId(racers.pid) }) });
  }
  for (const round of model.rounds.filter((item) => item.variant === 'plain')) {
    const lost = expected === undefined ? 0 : expected - round.value;
    const figures = {
      variant: results.callouts.variantWords[round.variant] ?? round.variant,
      repeat: format.integer(round.repeat),
      value: format.integer(round.value),
      expected: expected === undefined ? '?' : format.integer(expected),
      lost: format.integer(lost),
      lostCount: lost,
    };
    callouts.push({
      id: `round-${round.variant}-${round.repeat}`,
      section: 'threads',
      at: round.t,
      tone: lost > 0 ? 'alarm' : 'ok',
      text: lost > 0 ? results.callouts.roundLost(figures) : results.callouts.roundExact(figures),
    });
  }
  // The safe variants: one line each, restated as their rounds come in.
  for (const variant of ['atomic', 'lock'] as const) {
    const rounds = model.rounds.filter((round) => round.variant === variant);
    const latest = rounds.at(-1);
    if (!latest) continue;
    const lost = expected === undefined ? 0 : expected - latest.value;
    const figures = {
      variant: results.callouts.variantWords[variant] ?? variant,
      repeat: format.integer(latest.repeat),
      value: format.integer(latest.value),
      expected: expected === undefined ? '?' : format.integer(expected),
      lost: format.integer(lost),
      lostCount: lost,
    };
    callouts.push({ id: `round-${variant}`, section: 'threads', at: latest.t, tone: lost > 0 ? 'alarm' : 'ok', text: lost > 0 ? results.callouts.roundLost(figures) : results.callouts.roundExact(figures) });
  }
  for (const [actor, count] of Object.entries(model.processCounts)) {
    callouts.push({
      id: `counted-${actor}`,
      section: 'processes',
      at: count.t,
      text: results.callouts.processCounted({ process: actorName(t, actor), value: format.integer(count.value) }),
    });
  }
  return sortByTime([...callouts, ...endCallouts(scene, words)]);
}

export function stepCallouts(scene: Scene, model: StepModel, words: RaceWords): RaceCallout[] {
  const { t, results, format } = words;
  const callouts: RaceCallout[] = model.steps.map((step, index) => {
    const thread = actorName(t, step.thread);
    const value = format.integer(step.value);
    const x = format.integer(model.steps.slice(0, index + 1).reduce<number | undefined>((current, item) => (item.kind === 'write' || item.kind === 'read' ? item.value : current), undefined) ?? 0);
    const text =
      step.kind === 'read'
        ? results.callouts.read({ thread, value })
        : step.kind === 'add'
          ? results.callouts.add({ thread, value, x })
          : isLostWrite(step)
            ? results.callouts.overwrite({ thread, value })
            : results.callouts.write({ thread, value });
    return { id: `step-${step.seq}`, section: 'step', at: step.t, tone: isLostWrite(step) ? 'alarm' : undefined, text } satisfies RaceCallout;
  });
  return sortByTime([...callouts, ...endCallouts(scene, words)]);
}
