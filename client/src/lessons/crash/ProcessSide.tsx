/**
 * The crash stage's processes side: one box per child process, each with its
 * heartbeat trace and heart. The one that fails is marked dead (dashed box,
 * crack, badge with the real signal or exit code); the others beat on.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Scene } from '../../scene/types.js';
import { BeatStrip, type StripMark } from '../../stage/BeatStrip.js';
import { CrashMark } from '../../stage/CrashMark.js';
import { estimateTextWidth } from '../../stage/geometry.js';
import { FitText } from '../../stage/FitText.js';
import { HeartCounter } from '../../stage/HeartCounter.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import type { TimeWindow } from '../../stage/timeScale.js';
import { failed, type CrashWords } from './callouts.js';
import type { ProcessSlot } from './layout.js';
import type { CrashModel } from './model.js';
import { crashActorName } from './names.js';
import { endWords, heartState, lifeOf } from './stageWords.js';

type ProcessSideProps = {
  slots: readonly ProcessSlot[];
  scene: Scene;
  model: CrashModel;
  timeWindow: TimeWindow;
  marks: readonly StripMark[];
  event: LabEvent | undefined;
  words: CrashWords;
};

export function ProcessSide({ slots, scene, model, timeWindow, marks, event, words }: ProcessSideProps) {
  const { t, text, format } = words;
  return (
    <g className="crash-processes">
      {slots.map((slot) => {
        const actor = scene.actors[slot.actorId];
        const dead = failed(actor);
        const beats = model.beats[slot.actorId] ?? [];
        const beating = event?.kind === 'actor.heartbeat' && event.actor === slot.actorId;
        const reading = model.corruptSeen[slot.actorId];
        return (
          <g key={slot.actorId} data-testid={`proc-row-${slot.actorId}`} data-dead={dead || undefined}>
            <ProcessBox
              testId={`box-${slot.actorId}`}
              rect={slot.box}
              title={crashActorName(text, slot.actorId, actor?.label ?? slot.actorId)}
              pidText={actor ? t.stage.pid({ pid: format.osId(actor.pid) }) : ''}
              state={lifeOf(actor)}
              stateText={dead ? '' : endWords(t, text, actor)}
              active={event !== undefined && 'actor' in event && event.actor === slot.actorId}
              compactHeader
              compactSizes={{ title: 17, state: 14, titleShare: 0.6 }}
            >
              <BeatStrip
                testId={`strip-${slot.actorId}`}
                rect={slot.strip}
                timeWindow={timeWindow}
                beats={beats}
                ended={actor?.exit ? { t: actor.exit.t, died: dead } : undefined}
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
                maxTextWidth={slot.box.x + slot.box.width - slot.heart.x - 34}
                title={text.stage.heartbeats({ count: format.integer(beats.length) })}
              />
              {slot.note && reading && reading.value > 0 && (
                <FitText x={slot.note.x} y={slot.note.y + 14} fontSize={14} fontWeight={700} fill={palette.write} maxWidth={slot.note.width}>
                  {`⚠ ${text.stage.ownCorrupt({ count: format.integer(reading.value) })}`}
                </FitText>
              )}
            </ProcessBox>
            {dead && actor && (
              <CrashMark
                testId={`dead-${slot.actorId}`}
                box={slot.box}
                badge={slot.badge}
                label={endWords(t, text, actor)}
                // The compact header's title: 14 units in, 17 units bold, at most 60% of the inner width.
                titleEnd={slot.box.x + 14 + Math.min(estimateTextWidth(`${crashActorName(text, slot.actorId, actor.label)} · ${t.stage.pid({ pid: format.osId(actor.pid) })}`, 17, true), (slot.box.width - 24) * 0.6)}
              />
            )}
          </g>
        );
      })}
    </g>
  );
}
