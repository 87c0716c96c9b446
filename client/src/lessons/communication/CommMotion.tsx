/**
 * The moving part of the communication stage: message envelopes (leaving an
 * address space into the kernel and out again, or cloned between two lanes
 * of one process), the mailbox writes and reads, and which step of the trip
 * is happening. It alone follows the clock's frames; paused, or with reduced
 * motion, everything is drawn where it ends.
 */
import type { Formatters } from '../../i18n/format.js';
import type { Scene } from '../../scene/types.js';
import type { Point } from '../../stage/geometry.js';
import { MessagePacket } from '../../stage/MessagePacket.js';
import { TouchTrail } from '../../stage/TouchTrail.js';
import { useReducedMotion } from '../../stage/useReducedMotion.js';
import { selectFraction, selectPlaying, useClock } from '../../store/useClock.js';
import { activeStep, HOST, isChannel, MAILBOX, PEER_ADVANCED, PEER_PROCESS, PEER_THREAD, type Channel } from './channelModel.js';
import type { CommunicationLayout } from './layout.js';
import { processLegs, threadPath } from './layout.js';
import { StepsStrip } from './StepsStrip.js';
import type { CommunicationText } from './text.js';

type CommMotionProps = { layout: CommunicationLayout; scene: Scene; stepsChannel: Channel | undefined; words: { text: CommunicationText; format: Formatters } };

const reversed = (path: readonly Point[]) => [...path].reverse();

function peerBoxOf(actor: string): 'process' | 'advanced' | undefined {
  if (actor === PEER_PROCESS) return 'process';
  if (actor === PEER_ADVANCED) return 'advanced';
  return undefined;
}

export function CommMotion({ layout, scene, stepsChannel, words }: CommMotionProps) {
  const reducedMotion = useReducedMotion();
  const playing = useClock(selectPlaying);
  const fraction = useClock(selectFraction);
  const progress = reducedMotion || !playing ? 1 : fraction;
  const event = scene.lastEvent;
  const { text, format } = words;

  /** The path of a message from `from` to `to`: [first leg, second leg] (process) or one path (threads). */
  function route(from: string, to: string): { legs: [Point[], Point[]] } | { path: Point[] } | undefined {
    const peer = peerBoxOf(from === HOST ? to : from);
    if (peer) {
      const { toKernel, fromKernel } = processLegs(layout, peer);
      return from === HOST ? { legs: [toKernel, fromKernel] } : { legs: [reversed(fromKernel), reversed(toKernel)] };
    }
    if ((from === HOST && to === PEER_THREAD) || (from === PEER_THREAD && to === HOST)) {
      return { path: from === HOST ? threadPath(layout) : reversed(threadPath(layout)) };
    }
    return undefined;
  }

  const resting = Object.values(scene.messages)
    .filter((message) => !(event && 'msg' in event && event.msg === message.msg))
    .map((message) => {
      const way = route(message.from, message.to);
      if (!way) return null;
      // Between processes the envelope rests in the kernel's narrow band: its caption would cover the boxes, so the band's name says it.
      const label = 'legs' in way ? '' : `${message.channel} · ${format.integer(message.bytes)} B`;
      return 'legs' in way ? (
        <MessagePacket key={message.msg} testId={`packet-${message.msg}`} path={way.legs[0]} progress={1} maxX={layout.width} label={label} />
      ) : (
        <MessagePacket key={message.msg} testId={`packet-${message.msg}`} path={way.path} progress={0.5} maxX={layout.width} label={label} />
      );
    });

  let moving = null;
  if (event?.kind === 'message.sent' || event?.kind === 'message.received') {
    const sent = event.kind === 'message.sent';
    const from = sent ? event.actor : event.peer;
    const to = sent ? event.peer : event.actor;
    const way = route(from, to);
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
    <g className="comm-motion">
      {resting}
      {moving}
      {touch}
      {stepsChannel && <StepsStrip rects={layout.steps} channel={stepsChannel} active={step} text={text} />}
    </g>
  );
}
