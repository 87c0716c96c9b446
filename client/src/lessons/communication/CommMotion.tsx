/**
 * The moving part of the communication stage: message envelopes (leaving an
 * address space into the kernel and out again, or cloned between two lanes
 * of one process), the mailbox writes and reads, and which step of the trip
 * is happening. Only what the current event moves follows the clock's
 * frames; the envelopes waiting in flight are a memoized layer redrawn when
 * the messages in flight change. Paused, or with reduced motion, everything
 * is drawn where it ends.
 */
import { memo } from 'react';
import type { Formatters } from '../../i18n/format.js';
import type { MessageInFlight, Scene } from '../../scene/types.js';
import { MessagePacket } from '../../stage/MessagePacket.js';
import { restingMessages } from '../../stage/motion.js';
import { TouchTrail } from '../../stage/TouchTrail.js';
import { useMotionProgress } from '../../stage/useMotionProgress.js';
import { activeStep, HOST, isChannel, MAILBOX, movingMessageOf, type Channel } from './channelModel.js';
import type { CommunicationLayout } from './layout.js';
import { messageWay } from './layout.js';
import { StepsStrip } from './StepsStrip.js';
import type { CommunicationText } from './text.js';

type CommMotionProps = { layout: CommunicationLayout; scene: Scene; stepsChannel: Channel | undefined; words: { text: CommunicationText; format: Formatters } };

type RestingPacketProps = { layout: CommunicationLayout; message: MessageInFlight; format: Formatters };

/** A waiting envelope: redrawn only when its message, the layout or the language changes. */
const RestingPacket = memo(function RestingPacket({ layout, message, format }: RestingPacketProps) {
  const way = messageWay(layout, message.from, message.to);
  if (!way) return null;
  // Between processes the envelope rests in the kernel's narrow band: its caption would cover the boxes, so the band's name says it.
  return 'legs' in way ? (
    <MessagePacket testId={`packet-${message.msg}`} path={way.legs[0]} progress={1} maxX={layout.width} label="" />
  ) : (
    <MessagePacket testId={`packet-${message.msg}`} path={way.path} progress={0.5} maxX={layout.width} label={`${message.channel} · ${format.integer(message.bytes)} B`} />
  );
});

type RestingPacketsProps = { layout: CommunicationLayout; messages: Scene['messages']; moving: string | undefined; format: Formatters };

/** Every envelope in flight except the one the current event moves. No clock subscription: frames pass it by. */
const RestingPackets = memo(function RestingPackets({ layout, messages, moving, format }: RestingPacketsProps) {
  return restingMessages(messages, moving).map((message) => <RestingPacket key={message.msg} layout={layout} message={message} format={format} />);
});

/** The steps strip changes only when its highlighted step does, not on every frame. */
const Steps = memo(StepsStrip);

export function CommMotion({ layout, scene, stepsChannel, words }: CommMotionProps) {
  return (
    <g className="comm-motion">
      <RestingPackets layout={layout} messages={scene.messages} moving={movingMessageOf(scene.lastEvent)} format={words.format} />
      <MovingShapes layout={layout} scene={scene} stepsChannel={stepsChannel} words={words} />
    </g>
  );
}

/** The shapes the current event moves, the only ones that follow the clock's frames. */
function MovingShapes({ layout, scene, stepsChannel, words }: CommMotionProps) {
  const progress = useMotionProgress();
  const event = scene.lastEvent;
  const { text, format } = words;

  let moving = null;
  if (event?.kind === 'message.sent' || event?.kind === 'message.received') {
    const sent = event.kind === 'message.sent';
    const from = sent ? event.actor : event.peer;
    const to = sent ? event.peer : event.actor;
    const way = messageWay(layout, from, to);
    const label = `${event.channel} · ${format.integer(event.bytes)} B`;
    if (way && 'legs' in way) {
      moving = <MessagePacket testId="packet-moving" path={sent ? way.legs[0] : way.legs[1]} progress={progress} maxX={layout.width} label="" />;
    } else if (way) {
      moving = <MessagePacket testId="packet-moving" path={way.path} progress={sent ? 0.5 * progress : 0.5 + 0.5 * progress} maxX={layout.width} label={label} />;
    }
  }

  let touch = null;
  if ((event?.kind === 'memory.write' || event?.kind === 'memory.read') && event.cell === MAILBOX) {
    const cell = layout.mailbox;
    const lane = event.actor === HOST ? layout.mainLane : layout.peerLane;
    const above = event.actor === HOST;
    const laneAt = { x: cell.x + cell.width / 2, y: above ? lane.y + lane.height : lane.y };
    const cellAt = { x: cell.x + cell.width / 2, y: above ? cell.y : cell.y + cell.height };
    const label = format.integer(Math.abs(event.value));
    touch =
      event.kind === 'memory.write' ? (
        <TouchTrail kind="write" from={laneAt} to={cellAt} progress={progress} label={`#${label}`} />
      ) : (
        <TouchTrail kind="read" from={cellAt} to={laneAt} progress={progress} label={`#${label}`} />
      );
  }

  const step = stepsChannel && isChannel(stepsChannel) ? activeStep(event, stepsChannel, progress) : undefined;
  return (
    <>
      {moving}
      {touch}
      {stepsChannel && <Steps rects={layout.steps} channel={stepsChannel} active={step} text={text} />}
    </>
  );
}
