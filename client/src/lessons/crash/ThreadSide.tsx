/**
 * The crash stage's threads side: one process box, a lane per thread with
 * its heartbeat trace and heart, and the block of records all threads share.
 * A fatal signal ends the box and every lane in one instant; an exception
 * ends one lane; a scribble ends nothing but shows in the records and in
 * what the other threads read.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Scene } from '../../scene/types.js';
import { BeatStrip, type StripMark } from '../../stage/BeatStrip.js';
import { CrashMark } from '../../stage/CrashMark.js';
import { estimateTextWidth } from '../../stage/geometry.js';
import { FitText } from '../../stage/FitText.js';
import { HeartCounter } from '../../stage/HeartCounter.js';
import { MemoryCell } from '../../stage/MemoryCell.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import type { TimeWindow } from '../../stage/timeScale.js';
import { failed, type CrashWords } from './callouts.js';
import type { CrashLayout } from './layout.js';
import type { CrashModel } from './model.js';
import { crashActorName } from './names.js';
import { endWords, heartState, lifeOf } from './stageWords.js';

type ThreadSideProps = {
  layout: CrashLayout['threads'];
  scene: Scene;
  model: CrashModel;
  timeWindow: TimeWindow;
  marks: readonly StripMark[];
  event: LabEvent | undefined;
  words: CrashWords;
};

function recordsTouch(event: LabEvent | undefined): 'write' | 'read' | undefined {
  if (event?.kind === 'memory.write' && event.cell === 'records') return 'write';
  if (event?.kind === 'memory.read' && event.cell === 'corrupt records' && event.actor.startsWith('thread-')) return 'read';
  return undefined;
}

export function ThreadSide({ layout, scene, model, timeWindow, marks, event, words }: ThreadSideProps) {
  const { t, text, format } = words;
  const threaded = scene.actors['threaded'];
  const processDead = failed(threaded);
  const touch = recordsTouch(event);
  const scribble = model.recordsWrite;
  return (
    <g className="crash-threads">
      <ProcessBox
        testId="box-threaded"
        rect={layout.box}
        title={t.actors.threaded}
        pidText={threaded ? t.stage.pid({ pid: format.osId(threaded.pid) }) : ''}
        state={lifeOf(threaded)}
        stateText=''
        active={event !== undefined && 'actor' in event && event.actor === 'threaded'}
      >
        {layout.lanes.map((slot) => {
          const actor = scene.actors[slot.actorId];
          const beats = model.beats[slot.actorId] ?? [];
          const beating = event?.kind === 'actor.heartbeat' && event.actor === slot.actorId;
          const reading = model.corruptSeen[slot.actorId];
          return (
            <g key={slot.actorId} data-testid={`thread-row-${slot.actorId}`} data-dead={failed(actor) || undefined}>
              <ThreadLane
                testId={`lane-${slot.actorId}`}
                rect={slot.lane}
                title={crashActorName(text, slot.actorId, actor?.label ?? slot.actorId)}
                tidText={actor ? t.stage.tid({ tid: format.osId(actor.tid) }) : ''}
                state={lifeOf(actor)}
                stateText={endWords(t, text, actor)}
                active={event !== undefined && 'actor' in event && event.actor === slot.actorId}
              />
              <BeatStrip
                testId={`strip-${slot.actorId}`}
                rect={slot.strip}
                timeWindow={timeWindow}
                beats={beats}
                ended={actor?.exit ? { t: actor.exit.t, died: failed(actor) } : undefined}
                now={model.now}
                marks={marks}
                beatIsCurrent={beating}
              />
              <HeartCounter
                testId={`heart-${slot.actorId}`}
                at={slot.heart}
                count={beats.length}
                countText={format.integer(beats.length)}
                state={heartState(actor)}
                beating={beating}
                maxTextWidth={slot.lane.x + slot.lane.width - slot.heart.x - 30}
                title={text.stage.heartbeats({ count: format.integer(beats.length) })}
              />
              {slot.note && reading && reading.value > 0 && (
                <FitText x={slot.note.x} y={slot.note.y + 14} fontSize={14} fontWeight={700} fill={palette.write} maxWidth={slot.note.width} data-testid={`corrupt-${slot.actorId}`}>
                  {`⚠ ${text.stage.corruptSeen({ count: format.integer(reading.value) })}`}
                </FitText>
              )}
            </g>
          );
        })}
        {!processDead && (
          <FitText x={layout.stateAt.x} y={layout.stateAt.y} fontSize={15} textAnchor="end" fill={palette.muted} maxWidth={layout.badge.width}>
            {endWords(t, text, threaded)}
          </FitText>
        )}
        {layout.records && (
          <MemoryCell
            testId="cell-records"
            rect={layout.records}
            name={text.stage.records}
            valueText={scribble ? text.stage.scribbled : text.stage.intact}
            caption={scribble ? text.stage.recordsScribbled({ actor: crashActorName(text, scribble.actor, scribble.actor) }) : text.stage.recordsShared}
            touch={touch}
            touchLabel={touch === 'write' ? t.stage.writing : touch === 'read' ? t.stage.reading : undefined}
            flashKey={touch === 'write' ? event?.seq : undefined}
          />
        )}
      </ProcessBox>
      {processDead && threaded && (
        <CrashMark
          testId="dead-threaded"
          box={layout.box}
          badge={layout.badge}
          label={endWords(t, text, threaded)}
          // ProcessBox's title: 12 units in, 19 units bold, at most the box's inner width.
          titleEnd={layout.box.x + 12 + Math.min(estimateTextWidth(t.actors.threaded, 19, true), layout.box.width - 24)}
        />
      )}
    </g>
  );
}
