/**
 * The moving part of the memory stage: the current access's token and the
 * message envelopes. It alone subscribes to the clock's per-frame fraction,
 * so 60 updates a second re-render these few shapes and nothing else.
 * When paused, or with reduced motion, everything is drawn at its destination.
 */
import type { Scene } from '../../scene/types.js';
import { edgePoint } from '../../stage/geometry.js';
import { MessagePacket } from '../../stage/MessagePacket.js';
import { TouchTrail } from '../../stage/TouchTrail.js';
import { useReducedMotion } from '../../stage/useReducedMotion.js';
import type { Formatters } from '../../i18n/format.js';
import { selectFraction, selectPlaying, useClock } from '../../store/useClock.js';
import type { MemoryLayout } from './layout.js';
import { accessPoint, cellRect, route } from './stageModel.js';

type StageMotionProps = { layout: MemoryLayout; scene: Scene; format: Formatters };

export function StageMotion({ layout, scene, format }: StageMotionProps) {
  const reducedMotion = useReducedMotion();
  const playing = useClock(selectPlaying);
  const fraction = useClock(selectFraction);
  const progress = reducedMotion || !playing ? 1 : fraction;
  const event = scene.lastEvent;

  const packets = Object.values(scene.messages).map((message) => {
    const path = route(layout, message.from, message.to);
    if (!path) return null;
    // Just sent: glide to the middle. Waiting in flight: stay in the middle.
    const justSent = event?.kind === 'message.sent' && event.msg === message.msg;
    return (
      <MessagePacket
        key={message.msg}
        testId={`packet-${message.msg}`}
        path={path}
        maxX={layout.width}
        progress={justSent ? 0.5 * progress : 0.5}
        label={`${message.channel} · ${format.integer(message.bytes)} B`}
      />
    );
  });

  let arriving = null;
  if (event?.kind === 'message.received') {
    const path = route(layout, event.peer, event.actor);
    if (path) {
      arriving = (
        <MessagePacket
          path={path}
          maxX={layout.width}
          progress={0.5 + 0.5 * progress}
          label={`${event.channel} · ${format.integer(event.bytes)} B`}
        />
      );
    }
  }

  let access = null;
  if (event?.kind === 'memory.write' || event?.kind === 'memory.read') {
    const actorAt = accessPoint(layout, event.actor);
    const cell = cellRect(layout, scene, event.space);
    if (actorAt && cell) {
      const cellAt = edgePoint(cell, actorAt);
      const label = `${event.cell}=${format.decimal(event.value, 3)}`;
      access =
        event.kind === 'memory.write' ? (
          <TouchTrail kind="write" from={actorAt} to={cellAt} progress={progress} label={label} />
        ) : (
          <TouchTrail kind="read" from={cellAt} to={actorAt} progress={progress} label={label} />
        );
    }
  }

  return (
    <g className="stage-motion">
      {packets}
      {arriving}
      {access}
    </g>
  );
}
