/**
 * Plain-language callouts for the creation lesson, computed from the scene
 * played so far and the run's result. Pure, tested against a recorded run.
 */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { byTime, type LessonCallout } from '../../lessonParts/callouts.js';
import { msFromUs, significant } from '../../lessonParts/figures.js';
import type { Scene } from '../../scene/types.js';
import { unitName } from './actors.js';
import type { Story, StoryUnit } from './storyModel.js';
import type { CreationText } from './text.js';
import { parseCreationResult } from './verdict.js';

export type CreationSection = 'threads' | 'processes' | 'compare' | 'run';
export type CreationCallout = LessonCallout<CreationSection>;
export type CalloutWords = { text: CreationText; t: Dictionary; format: Formatters };

type Appeared = StoryUnit & { readyMs: number; actor: NonNullable<StoryUnit['actor']> };
const appeared = (units: readonly StoryUnit[]): Appeared[] =>
  units.filter((unit): unit is Appeared => unit.readyMs !== undefined && unit.actor !== undefined).sort((a, b) => a.readyMs - b.readyMs);

export function creationCallouts(scene: Scene, story: Story, words: CalloutWords): CreationCallout[] {
  const { text, format } = words;
  const ms = (value: number) => significant(format, value);
  const callouts: CreationCallout[] = [];
  const threads = appeared(story.threads);
  const processes = appeared(story.processes);

  const [firstThread] = threads;
  if (firstThread) {
    callouts.push({
      id: 'first-thread',
      section: 'threads',
      at: firstThread.actor.startedAt,
      text: text.callouts.firstThread({
        thread: unitName(text, firstThread.actorId),
        tid: format.osId(firstThread.actor.tid),
        ms: ms(firstThread.readyMs),
        pid: format.osId(firstThread.actor.pid),
      }),
    });
  }
  const lastThread = threads.at(-1);
  if (lastThread && threads.length === story.threads.length && threads.length > 1) {
    callouts.push({
      id: 'all-threads',
      section: 'threads',
      at: lastThread.actor.startedAt,
      text: text.callouts.allThreads({ count: format.integer(threads.length), ms: ms(lastThread.readyMs), pid: format.osId(lastThread.actor.pid) }),
    });
  }

  const [firstProcess] = processes;
  if (firstProcess) {
    callouts.push({
      id: 'first-process',
      section: 'processes',
      at: firstProcess.actor.startedAt,
      text: text.callouts.firstProcess({ process: unitName(text, firstProcess.actorId), pid: format.osId(firstProcess.actor.pid), ms: ms(firstProcess.readyMs) }),
    });
  }
  const lastProcess = processes.at(-1);
  const allProcesses = lastProcess !== undefined && processes.length === story.processes.length;
  if (lastProcess && allProcesses && processes.length > 1) {
    callouts.push({
      id: 'all-processes',
      section: 'processes',
      at: lastProcess.actor.startedAt,
      text: text.callouts.allProcesses({ count: format.integer(processes.length), ms: ms(lastProcess.readyMs) }),
    });
  }
  if (lastThread && lastProcess && allProcesses && threads.length === story.threads.length) {
    callouts.push({
      id: 'story',
      section: 'compare',
      at: lastProcess.actor.startedAt,
      text: text.callouts.story({ threadMs: ms(lastThread.readyMs), processMs: ms(lastProcess.readyMs) }),
    });
  }

  if (scene.terminal.state === 'finished') {
    const result = parseCreationResult(scene.terminal.result);
    if (result) {
      callouts.push({
        id: 'measured',
        section: 'compare',
        at: scene.terminal.t,
        text: text.callouts.measured({
          samples: format.integer(result.threads.readyUs.length),
          threadMs: msFromUs(format, result.verdict.threadReadyMedianUs),
          processMs: msFromUs(format, result.verdict.processReadyMedianUs),
        }),
      });
      if (result.storyRepeatExcluded) callouts.push({ id: 'story-excluded', section: 'compare', at: scene.terminal.t, text: text.callouts.storyExcluded });
    }
  } else if (scene.terminal.state === 'failed') {
    callouts.push({ id: 'failed', section: 'run', at: scene.terminal.t, text: text.callouts.failed({ error: scene.terminal.error }) });
  }
  return byTime(callouts);
}
