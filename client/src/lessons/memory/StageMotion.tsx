/**
 * The moving part of the memory stage: the current access's token, the
 * envelope just sent or arriving, and (still) the envelopes waiting in flight.
 * Only the shapes the current event moves follow the clock's per-frame
 * progress; the waiting envelopes (hundreds in a big run) are a memoized
 * layer that redraws only when the messages in flight change.
 * When paused, or with reduced motion, everything is drawn at its destination.
 */
import { memo } from 'react';
import type { MessageInFlight, Scene } from '../../scene/types.js';
import { edgePoint } from '../../stage/geometry.js';
import { MessagePacket } from '../../stage/MessagePacket.js';
import { messageInFlight, restingMessages } from '../../stage/motion.js';
import { TouchTrail } from '../../stage/TouchTrail.js';
import { useMotionProgress } from '../../stage/useMotionProgress.js';
import type { Formatters } from '../../i18n/format.js';
import type { MemoryLayout } from './layout.js';
import { arrivingProgress, IN_FLIGHT_PROGRESS, justSentMessage, sentProgress } from './motionModel.js';
import { accessPoint, cellRect, route } from './stageModel.js';

type StageMotionProps = { layout: MemoryLayout; scene: Scene; format: Formatters };

const packetLabel = (format: Formatters, channel: string, bytes: number) => `${channel} · ${format.integer(bytes)} B`;

type PacketProps = { layout: MemoryLayout; message: MessageInFlight; format: Formatters; progress: number };

/** One message's envelope on its route between two actors. */
function Packet({ layout, message, format, progress }: PacketProps) {
  const path = route(layout, message.from, message.to);
  if (!path) return null;
  return (
    <MessagePacket
      testId={`packet-${message.msg}`}
      path={path}
      maxX={layout.width}
      progress={progress}
      label={packetLabel(format, message.channel, message.bytes)}
    />
  );
}

/** A waiting envelope: redrawn only when its message, the layout or the language changes. */
const RestingPacket = memo(Packet);

type RestingPacketsProps = { layout: MemoryLayout; messages: Scene['messages']; moving: string | undefined; format: Formatters };

/** Every envelope in flight except the one the current event moves. No clock subscription: frames pass it by. */
const RestingPackets = memo(function RestingPackets({ layout, messages, moving, format }: RestingPacketsProps) {
  return restingMessages(messages, moving).map((message) => (
    <RestingPacket key={message.msg} layout={layout} message={message} format={format} progress={IN_FLIGHT_PROGRESS} />
  ));
});

export function StageMotion({ layout, scene, format }: StageMotionProps) {
  const event = scene.lastEvent;
  const moving = justSentMessage(event);
  return (
    <g className="stage-motion">
      <RestingPackets layout={layout} messages={scene.messages} moving={moving} format={format} />
      <MovingShapes layout={layout} scene={scene} format={format} moving={moving} />
    </g>
  );
}

/** The shapes the current event moves, the only ones that follow the clock's frames. */
function MovingShapes({ layout, scene, format, moving }: StageMotionProps & { moving: string | undefined }) {
  const progress = useMotionProgress();
  const event = scene.lastEvent;

  // Just sent: glide to the middle, where it then waits with the others.
  const sent = messageInFlight(scene.messages, moving);
  const justSent = sent ? <Packet key={sent.msg} layout={layout} message={sent} format={format} progress={sentProgress(progress)} /> : null;

  let arriving = null;
  if (event?.kind === 'message.received') {
    const path = route(layout, event.peer, event.actor);
    if (path) {
      arriving = <MessagePacket path={path} maxX={layout.width} progress={arrivingProgress(progress)} label={packetLabel(format, event.channel, event.bytes)} />;
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
    <>
      {justSent}
      {arriving}
      {access}
    </>
  );
}
