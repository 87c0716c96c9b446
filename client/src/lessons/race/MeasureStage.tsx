/**
 * The race stage in measure mode: the racing process with its thread lanes
 * and ONE shared counter (read back after every round, with the board of
 * rounds under it), then the separate processes, each with its own counter.
 */
import type { CSSProperties } from 'react';
import { actorName } from '../../lessonKit/actorNames.js';
import { latestCallout } from '../../lessonKit/callouts.js';
import type { ActorState, Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { MemoryCell } from '../../stage/MemoryCell.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox, type LifeState } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import type { RaceCallout, RaceWords } from './callouts.js';
import type { MeasureLayout } from './measureLayout.js';
import type { MeasureModel } from './measureModel.js';
import { RoundBoard } from './RoundBoard.js';

type MeasureStageProps = {
  layout: MeasureLayout;
  scene: Scene;
  model: MeasureModel;
  expected: number | undefined;
  callouts: readonly RaceCallout[];
  hint?: string | undefined;
  words: RaceWords;
  style?: CSSProperties;
};

function lifeOf(actor: ActorState | undefined): LifeState {
  if (!actor) return 'notStarted';
  return actor.exit ? 'exited' : 'running';
}

function lifeText(words: RaceWords, actor: ActorState | undefined): string {
  const { t } = words;
  if (!actor) return t.stage.notStarted;
  if (!actor.exit) return t.stage.running;
  return actor.exit.signal ? t.stage.killedBy({ signal: actor.exit.signal }) : t.stage.exitedWithCode({ code: String(actor.exit.code ?? '?') });
}

export function MeasureStage({ layout, scene, model, expected, callouts, hint, words, style }: MeasureStageProps) {
  const { t, text, format } = words;
  const event = scene.lastEvent;
  const racers = scene.actors['racers'];
  const latest = model.rounds.at(-1);
  const readingCounter = event?.kind === 'memory.read' && event.cell === 'counter';
  const isActive = (id: string) => event !== undefined && 'actor' in event && event.actor === id;
  const headers = [
    { section: 'threads' as const, header: layout.threadsHeader, title: text.sectionThreads, colour: palette.thread },
    { section: 'processes' as const, header: layout.processesHeader, title: text.sectionProcesses, colour: palette.process },
  ];
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" style={style}>
      <StageDefs />
      {headers.map(({ section, header, title, colour }) => {
        const shown = latestCallout(callouts, section)?.text ?? (section === 'threads' ? hint : undefined);
        return (
          <g key={section}>
            <FitText x={header.label.x} y={header.label.y + (layout.narrow ? 22 : 32)} fontSize={19} fontWeight={700} fill={colour} maxWidth={header.label.width}>
              {title}
            </FitText>
            {shown && <Callout testId={`stage-callout-${section}`} rect={header.callout} text={shown} />}
          </g>
        );
      })}
      <ProcessBox
        testId="box-racers"
        rect={layout.racers.box}
        title={t.actors.threaded}
        pidText={racers ? t.stage.pid({ pid: format.osId(racers.pid) }) : ''}
        state={lifeOf(racers)}
        stateText={lifeText(words, racers)}
        active={isActive('racers')}
        compactHeader
      >
        {layout.racers.lanes.map((slot) => {
          const actor = scene.actors[slot.actorId];
          return (
            <ThreadLane
              key={slot.actorId}
              testId={`lane-${slot.actorId}`}
              rect={slot.lane}
              title={actorName(t, slot.actorId)}
              tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
              state={lifeOf(actor)}
              stateText={lifeText(words, actor)}
            />
          );
        })}
        <MemoryCell
          testId="cell-shared-counter"
          rect={layout.racers.counter}
          name={text.stage.counter}
          valueText={latest ? format.integer(latest.value) : '–'}
          caption={text.stage.counterShared}
          touch={readingCounter && event.actor === 'racers' ? 'read' : undefined}
          touchLabel={t.stage.reading}
        />
        <FitText x={layout.racers.roundLine.x} y={layout.racers.roundLine.y + 16} fontSize={15} fontWeight={700} fill={palette.ink} maxWidth={layout.racers.roundLine.width} data-testid="round-line">
          {latest
            ? `${text.stage.round({ variant: text.variants[latest.variant] ?? latest.variant, repeat: format.integer(latest.repeat) })}: ${
                expected !== undefined && latest.value < expected ? text.stage.lost({ lost: format.integer(expected - latest.value) }) : text.stage.noneLost
              }`
            : text.stage.waitingRounds}
        </FitText>
        <RoundBoard rows={layout.racers.board} rounds={model.rounds} expected={expected} labels={text.variants} currentSeq={readingCounter ? event.seq : undefined} />
      </ProcessBox>
      {layout.processes.map((slot) => {
        const actor = scene.actors[slot.actorId];
        const count = model.processCounts[slot.actorId];
        return (
          <ProcessBox
            key={slot.actorId}
            testId={`box-${slot.actorId}`}
            rect={slot.box}
            title={actorName(t, slot.actorId)}
            pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
            state={lifeOf(actor)}
            stateText={lifeText(words, actor)}
            active={isActive(slot.actorId)}
          >
            <MemoryCell
              testId={`cell-${slot.actorId}`}
              rect={slot.counter}
              name=""
              caption={text.stage.counterOwn}
              valueText={count ? format.integer(count.value) : '–'}
              touch={readingCounter && event.actor === slot.actorId ? 'read' : undefined}
              touchLabel={t.stage.reading}
            />
          </ProcessBox>
        );
      })}
    </svg>
  );
}
