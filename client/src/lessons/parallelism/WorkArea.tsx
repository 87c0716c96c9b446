/**
 * The configuration running now: the threaded process with one lane per
 * worker thread (same PID, own TIDs) — or, for the baseline, its main thread
 * alone — or one box per child process (own PIDs).
 */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { lifeOf, lifeText } from '../../lessonParts/life.js';
import type { Scene } from '../../scene/types.js';
import type { Rect } from '../../stage/geometry.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import { unitName } from './actors.js';
import { boxRects, hostRect, laneRects } from './layout.js';
import { CRUNCHER, parseConfiguration, unitIds } from './stageModel.js';
import type { ParallelismText } from './text.js';

type WorkAreaProps = { work: Rect; narrow: boolean; scene: Scene; words: { t: Dictionary; text: ParallelismText; format: Formatters } };

export function WorkArea({ work, narrow, scene, words }: WorkAreaProps) {
  const { t, text, format } = words;
  const configuration = parseConfiguration(scene.phase) ?? { phase: 'setup', kind: 'baseline' as const, n: 1 };
  const event = scene.lastEvent;
  const activeActor = event && 'actor' in event ? event.actor : undefined;

  if (configuration.kind === 'processes') {
    const rects = boxRects(work, configuration.n);
    return (
      <g data-testid="work-processes" data-n={configuration.n}>
        {unitIds(configuration).map((actorId, index) => {
          const actor = scene.actors[actorId];
          const rect = rects[index];
          if (!rect) return null;
          return (
            <ProcessBox
              key={actorId}
              testId={`box-${actorId}`}
              rect={rect}
              title={unitName(text, actorId)}
              pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
              state={lifeOf(actor)}
              stateText={lifeText(t, actor)}
              active={activeActor === actorId}
            />
          );
        })}
      </g>
    );
  }

  const cruncher = scene.actors[CRUNCHER];
  const baseline = configuration.kind === 'baseline';
  const ids = baseline ? [CRUNCHER] : unitIds(configuration);
  const lanes = laneRects(work, ids.length, narrow);
  return (
    <g data-testid={baseline ? 'work-baseline' : 'work-threads'} data-n={ids.length}>
      <ProcessBox
        testId={`box-${CRUNCHER}`}
        rect={hostRect(work, ids.length, narrow)}
        title={unitName(text, CRUNCHER)}
        pidText={cruncher ? t.stage.pid({ pid: format.osId(cruncher.pid) }) : ''}
        state={lifeOf(cruncher)}
        stateText={lifeText(t, cruncher)}
        active={activeActor === CRUNCHER}
        compactHeader
      />
      {ids.map((actorId, index) => {
        const rect = lanes[index];
        if (!rect) return null;
        // The baseline runs on the process's main thread, whose TID is its PID; it has no actor of its own.
        const actor = baseline ? cruncher : scene.actors[actorId];
        const state = baseline && scene.phase !== 'baseline' ? 'notStarted' : lifeOf(actor);
        return (
          <ThreadLane
            key={actorId}
            testId={`lane-${baseline ? 'main' : actorId}`}
            rect={rect}
            title={baseline ? text.actors.mainThread : unitName(text, actorId)}
            tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
            state={state}
            stateText={state === 'notStarted' ? t.stage.notStarted : lifeText(t, actor)}
            active={activeActor === actorId}
          />
        );
      })}
    </g>
  );
}
