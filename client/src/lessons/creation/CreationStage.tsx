/**
 * The creation stage: the threads' process with a lane per story thread
 * (same PID, own TIDs), a box per story process (own PIDs), and the
 * stopwatch. Units appear when their real "ready" event is played, so they
 * pop up at their real times, slowed down. Redraws once per event.
 */
import type { CSSProperties } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { latestOf } from '../../lessonParts/callouts.js';
import { significant } from '../../lessonParts/figures.js';
import { lifeOf, lifeText } from '../../lessonParts/life.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import type { Rect } from '../../stage/geometry.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox, type LifeState } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import { unitName } from './actors.js';
import type { CreationCallout } from './callouts.js';
import type { CreationLayout } from './layout.js';
import { Stopwatch } from './Stopwatch.js';
import { THREAD_HOST, type Story, type StoryUnit } from './storyModel.js';
import type { CreationText } from './text.js';

type CreationStageProps = {
  layout: CreationLayout;
  scene: Scene;
  story: Story;
  events: readonly LabEvent[];
  rulerMaxMs: number;
  callouts: readonly CreationCallout[];
  hint: string | undefined;
  words: { t: Dictionary; text: CreationText; format: Formatters };
  style?: CSSProperties;
};

function SectionLabel({ rect, colour, children }: { rect: Rect; colour: string; children: string }) {
  return (
    <FitText x={rect.x} y={rect.y + 26} fontSize={18} fontWeight={700} fill={colour} maxWidth={rect.width}>
      {children}
    </FitText>
  );
}

export function CreationStage({ layout, scene, story, events, rulerMaxMs, callouts, hint, words, style }: CreationStageProps) {
  const { t, text, format } = words;
  const event = scene.lastEvent;
  const activeActor = event && 'actor' in event ? event.actor : undefined;
  const count = format.integer(layout.lanes.length);
  const host = scene.actors[THREAD_HOST];
  const ready = (unit: StoryUnit) => (unit.readyMs === undefined ? text.waiting : text.readyAfter({ ms: significant(format, unit.readyMs) }));

  /** A lane says when its thread was ready; once it ended, that it exited (a signal would be named). */
  const laneText = (unit: StoryUnit | undefined, state: LifeState): string => {
    if (!unit || unit.readyMs === undefined || state === 'notStarted') return t.stage.notStarted;
    if (state === 'running') return ready(unit);
    return unit.actor?.exit?.signal ? lifeText(t, unit.actor) : text.exitedReady({ ms: significant(format, unit.readyMs) });
  };


  const failed = latestOf(callouts, 'run');
  // The processes' slot also carries the comparison once both kinds are ready (the latest of the two); a failure goes on top.
  const threadsCallout = failed ?? latestOf(callouts, 'threads');
  const processesCallout = [latestOf(callouts, 'processes'), latestOf(callouts, 'compare')]
    .filter((callout): callout is CreationCallout => callout !== undefined)
    .sort((a, b) => a.at - b.at)
    .at(-1);
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" data-failed={failed ? true : undefined} style={style}>
      <StageDefs />
      <SectionLabel rect={layout.threads.label} colour={palette.thread}>
        {text.sectionThreads({ count })}
      </SectionLabel>
      <ProcessBox
        testId={`box-${THREAD_HOST}`}
        rect={layout.threadHost}
        title={unitName(text, THREAD_HOST)}
        pidText={host ? t.stage.pid({ pid: format.osId(host.pid) }) : ''}
        state={lifeOf(host)}
        stateText={lifeText(t, host)}
        active={activeActor === THREAD_HOST}
        compactHeader={!layout.narrow}
      />
      {layout.lanes.map((slot, index) => {
        const unit = story.threads[index];
        const actor = unit?.actor;
        const state = lifeOf(actor);
        return (
          <ThreadLane
            key={slot.actorId}
            testId={`lane-${slot.actorId}`}
            rect={slot.rect}
            title={unitName(text, slot.actorId)}
            tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
            state={state}
            stateText={laneText(unit, state)}
            active={activeActor === slot.actorId}
          />
        );
      })}

      <SectionLabel rect={layout.processes.label} colour={palette.process}>
        {text.sectionProcesses({ count })}
      </SectionLabel>
      {layout.boxes.map((slot, index) => {
        const unit = story.processes[index];
        const actor = unit?.actor;
        return (
          <ProcessBox
            key={slot.actorId}
            testId={`box-${slot.actorId}`}
            rect={slot.rect}
            title={unitName(text, slot.actorId)}
            pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
            state={lifeOf(actor)}
            stateText={lifeText(t, actor)}
            active={activeActor === slot.actorId}
          >
            {unit?.readyMs !== undefined && (
              <FitText x={slot.rect.x + 12} y={slot.rect.y + 88} fontSize={16} fontWeight={700} fill={palette.process} maxWidth={slot.rect.width - 24} data-testid={`ready-${slot.actorId}`}>
                {text.readyAfterProcess({ ms: significant(format, unit.readyMs) })}
              </FitText>
            )}
          </ProcessBox>
        );
      })}

      <SectionLabel rect={layout.stopwatch.label} colour={palette.ink}>
        {text.sectionRuler}
      </SectionLabel>
      <Stopwatch ruler={layout.ruler} maxMs={rulerMaxMs} threads={story.threads} processes={story.processes} phase={scene.phase} events={events} words={words} />

      {threadsCallout && <Callout testId="stage-callout-threads" rect={layout.threads.callout} text={threadsCallout.text} />}
      {processesCallout && <Callout testId={`stage-callout-${processesCallout.section}`} rect={layout.processes.callout} text={processesCallout.text} />}
      {hint && !latestOf(callouts, 'threads') && <Callout testId="stage-hint" rect={layout.threads.callout} text={hint} />}
    </svg>
  );
}
