/**
 * The race stage in step mode ("you are the scheduler"): the shared x, each
 * thread's register, its three steps with the next one marked, and under
 * them the outcome once the run ends (x against what was expected).
 */
import type { CSSProperties } from 'react';
import { actorName } from '../../lessonKit/actorNames.js';
import { latestCallout } from '../../lessonKit/callouts.js';
import type { Scene } from '../../scene/types.js';
import { Callout } from '../../stage/Callout.js';
import { FitText } from '../../stage/FitText.js';
import { MemoryCell } from '../../stage/MemoryCell.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { StageDefs } from '../../stage/StageDefs.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import type { RaceCallout, RaceWords } from './callouts.js';
import type { StepLayout } from './stepLayout.js';
import { isLostWrite, stepCycle, stepsTaken, type StepModel } from './stepModel.js';
import { StepMotion } from './StepMotion.js';
import { StepPills } from './StepPills.js';
import { parseRaceResult } from './verdict.js';

type StepStageProps = {
  layout: StepLayout;
  scene: Scene;
  model: StepModel;
  callouts: readonly RaceCallout[];
  hint?: string | undefined;
  words: RaceWords;
  style?: CSSProperties;
};

export function StepStage({ layout, scene, model, callouts, hint, words, style }: StepStageProps) {
  const { t, text, format } = words;
  const stepper = scene.actors['stepper'];
  const event = scene.lastEvent;
  // The step the current event belongs to (a read is two events: the read of x, then the register write).
  const last = model.steps.at(-1);
  const current = last && event && event.seq - last.seq <= 1 ? last : undefined;
  const lostNow = current !== undefined && isLostWrite(current);
  const result = scene.terminal.state === 'finished' ? parseRaceResult(scene.terminal.result) : undefined;
  const outcome = result?.mode === 'step' ? result : undefined;
  const shown = latestCallout(callouts, 'step')?.text ?? latestCallout(callouts, 'run')?.text ?? hint;
  return (
    <svg className="stage" viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-label={t.stage.label} data-testid="stage" style={style}>
      <StageDefs />
      <FitText x={layout.header.label.x} y={layout.header.label.y + (layout.narrow ? 22 : 32)} fontSize={19} fontWeight={700} fill={palette.thread} maxWidth={layout.header.label.width}>
        {text.sectionStep}
      </FitText>
      {shown && <Callout testId="stage-callout-step" rect={layout.header.callout} text={shown} />}
      <ProcessBox
        testId="box-stepper"
        rect={layout.box}
        title={t.actors.threaded}
        pidText={stepper ? t.stage.pid({ pid: format.osId(stepper.pid) }) : ''}
        state={stepper ? (stepper.exit ? 'exited' : 'running') : 'notStarted'}
        stateText={stepper ? (stepper.exit ? t.stage.exitedWithCode({ code: String(stepper.exit.code ?? '?') }) : t.stage.running) : t.stage.notStarted}
        compactHeader
      >
        <MemoryCell
          testId="cell-x"
          rect={layout.x}
          name={text.stage.x}
          valueText={model.x === undefined ? '–' : format.integer(model.x)}
          caption={text.stage.xShared}
          touch={current?.kind === 'read' ? 'read' : current?.kind === 'write' ? 'write' : undefined}
          touchLabel={current?.kind === 'read' ? t.stage.reading : t.stage.writing}
          flashKey={current?.kind === 'write' ? current.seq : undefined}
          tagSide="left"
        />
        {lostNow && (
          <g data-testid="lost-write">
            <rect x={layout.x.x - 10} y={layout.x.y + layout.x.height + 26} width={layout.x.width + 20} height={28} rx={14} fill="#8a2d00" />
            <FitText x={layout.x.x + layout.x.width / 2} y={layout.x.y + layout.x.height + 46} fontSize={16} fontWeight={800} textAnchor="middle" fill={palette.paper} maxWidth={layout.x.width + 8}>
              {text.stage.lostUpdates({ lost: '1', one: true })}
            </FitText>
          </g>
        )}
        {layout.columns.map((column) => {
          const actor = scene.actors[column.thread];
          const n = column.thread.slice(-1);
          const taken = stepsTaken(model, column.thread);
          const finished = actor?.exit !== undefined;
          const increment = Math.floor(taken / stepCycle.length) + (finished ? 0 : 1);
          const doneInIncrement = finished ? 0 : taken % stepCycle.length;
          return (
            <g key={column.thread} data-testid={`column-${column.thread}`}>
              <ThreadLane
                testId={`lane-${column.thread}`}
                rect={column.lane}
                title={actorName(t, column.thread)}
                tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
                state={actor ? (finished ? 'exited' : 'running') : 'notStarted'}
                stateText={actor ? (finished ? text.stage.finished : t.stage.running) : t.stage.notStarted}
                active={current?.thread === column.thread}
              />
              <MemoryCell
                testId={`cell-${column.thread}-register`}
                rect={column.register}
                name={text.stage.register({ n })}
                valueText={model.registers[column.thread] === undefined ? '–' : format.integer(model.registers[column.thread] ?? 0)}
                caption={text.stage.registerCaption({ thread: actorName(t, column.thread) })}
                touch={current?.thread === column.thread ? (current.kind === 'write' ? 'read' : 'write') : undefined}
                touchLabel={current?.kind === 'write' ? t.stage.reading : t.stage.writing}
                flashKey={current?.thread === column.thread && current.kind !== 'write' ? current.seq : undefined}
              />
              <StepPillsFor column={column} words={words} doneInIncrement={doneInIncrement} next={finished || !actor ? undefined : model.next[column.thread]} />
              <FitText x={column.incrementAt.x} y={column.incrementAt.y} fontSize={15} textAnchor="middle" fill={palette.muted} maxWidth={column.lane.width}>
                {finished ? text.stage.finished : text.stage.increment({ n: format.integer(Math.max(1, increment)) })}
              </FitText>
            </g>
          );
        })}
        {outcome && (
          <g data-testid="step-outcome" data-lost={outcome.lost}>
            <rect x={layout.outcome.x} y={layout.outcome.y} width={layout.outcome.width} height={layout.outcome.height} rx={10} fill={outcome.lost > 0 ? '#fff4e5' : '#f1faf6'} stroke={outcome.lost > 0 ? '#8a2d00' : palette.read} strokeWidth={3} />
            <FitText x={layout.outcome.x + layout.outcome.width / 2} y={layout.outcome.y + layout.outcome.height / 2 + 9} fontSize={26} fontWeight={800} textAnchor="middle" fill={palette.ink} maxWidth={layout.outcome.width - 24}>
              {`${text.stage.outcome({ x: format.integer(outcome.x), expected: format.integer(outcome.expected) })}: ${
                outcome.lost > 0 ? text.stage.lostUpdates({ lost: format.integer(outcome.lost), one: outcome.lost === 1 }) : text.stage.noUpdateLost
              }`}
            </FitText>
          </g>
        )}
      </ProcessBox>
      <StepMotion layout={layout} step={current} label={current ? `${text.stage.x}=${format.integer(current.value)}` : ''} />
    </svg>
  );
}

function StepPillsFor({ column, words, doneInIncrement, next }: { column: StepLayout['columns'][number]; words: RaceWords; doneInIncrement: number; next: StepModel['next'][keyof StepModel['next']] | undefined }) {
  return <StepPills testId={`pills-${column.thread}`} pills={column.pills} labels={words.text.stage.steps} doneInIncrement={doneInIncrement} next={next} nextLabel={words.text.stage.next} />;
}
