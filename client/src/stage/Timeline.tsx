/**
 * The scrub bar: one tick per event (thinned out on long runs), phase marks
 * with their names, and a native range input on top, so keyboard, touch and
 * screen readers can scrub too. Ticks differ by height and position, not only
 * colour: writes are tall, reads medium, messages short and high, lifecycle
 * events are full-height thin lines.
 */
import { memo, useLayoutEffect, useRef, useState, type ChangeEvent, type RefObject } from 'react';
import type { LabEvent } from '../../../shared/protocol.js';
import { palette } from './palette.js';
import { fittingPhaseLabels } from './phaseLabels.js';

type TimelineProps = {
  events: readonly LabEvent[];
  index: number;
  onSeek(index: number): void;
  label: string;
  /** Read out by screen readers for the current position, e.g. "event 17 / 52, t = 12.345 ms (real)". */
  valueText: string;
  /** Names for phase marks, in the reader's language. */
  phaseName(name: string): string;
};

/** Most ticks drawn; longer runs show every k-th event (the range input still reaches every event). */
const MAX_TICKS = 400;

type Tick = { y: number; height: number; colour: string; width: number };

function tickFor(event: LabEvent): Tick | undefined {
  switch (event.kind) {
    case 'memory.write':
      return { y: 8, height: 26, colour: palette.write, width: 3 };
    case 'memory.read':
      return { y: 16, height: 18, colour: palette.read, width: 3 };
    case 'message.sent':
    case 'message.received':
      return { y: 4, height: 10, colour: palette.message, width: 3 };
    case 'actor.started':
    case 'actor.exited':
    case 'run.finished':
    case 'run.failed':
      return { y: 2, height: 34, colour: palette.ink, width: 1.5 };
    case 'actor.heartbeat':
    case 'fault.injected':
    case 'message.lost':
      return { y: 24, height: 10, colour: palette.muted, width: 3 };
    case 'phase':
    case 'order.waited':
      return undefined;
    default: {
      const unhandled: never = event;
      return unhandled;
    }
  }
}

const Ticks = memo(function Ticks({ events, phaseName, widthPx }: { events: readonly LabEvent[]; phaseName(name: string): string; widthPx: number }) {
  const count = events.length;
  const every = Math.max(1, Math.ceil(count / MAX_TICKS));
  const position = (index: number) => (count <= 1 ? 0 : (index / (count - 1)) * 1000);
  const ticks = [];
  const phases = [];
  for (let index = 0; index < count; index += 1) {
    const event = events[index];
    if (!event) continue;
    if (event.kind === 'phase') {
      phases.push({ index, name: phaseName(event.name), percent: count <= 1 ? 0 : (index / (count - 1)) * 100 });
      continue;
    }
    if (index % every !== 0) continue;
    const tick = tickFor(event);
    if (tick) ticks.push(<rect key={index} x={position(index) - tick.width / 2} y={tick.y} width={tick.width} height={tick.height} fill={tick.colour} />);
  }
  // Phases that begin close together keep their marks, but only names that fit are printed.
  const labelled = fittingPhaseLabels(phases, widthPx);
  return (
    <>
      <svg className="timeline-ticks" viewBox="0 0 1000 36" preserveAspectRatio="none" aria-hidden="true">
        {ticks}
        {phases.map((phase) => (
          <rect key={`phase-${phase.index}`} x={position(phase.index) - 2} y={0} width={4} height={36} fill={palette.process} />
        ))}
      </svg>
      <div className="timeline-phases" aria-hidden="true">
        {phases
          .filter((phase) => labelled.has(phase.index))
          .map((phase) =>
            labelled.get(phase.index) === 'left' ? (
              <span key={phase.index} className="to-left" style={{ left: `${phase.percent}%` }}>
                {phase.name} ▾
              </span>
            ) : (
              <span key={phase.index} style={{ left: `${phase.percent}%` }}>
                ▾ {phase.name}
              </span>
            ),
          )}
      </div>
    </>
  );
});

/** The element's width in px, followed as it changes (the phase names must fit the real timeline). */
function useWidth(initialPx: number): [RefObject<HTMLDivElement | null>, number] {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(initialPx);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    // Whole pixels, so sub-pixel jitter does not redo the labels.
    const measure = () => setWidth(Math.round(element.getBoundingClientRect().width) || initialPx);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [initialPx]);
  return [box, width];
}

export function Timeline({ events, index, onSeek, label, valueText, phaseName }: TimelineProps) {
  const max = Math.max(0, events.length - 1);
  const [box, widthPx] = useWidth(600);
  return (
    <div className="timeline" ref={box}>
      <Ticks events={events} phaseName={phaseName} widthPx={widthPx} />
      <input
        type="range"
        min={0}
        max={max}
        step={1}
        value={Math.max(0, index)}
        disabled={events.length === 0}
        aria-label={label}
        aria-valuetext={valueText}
        data-testid="timeline"
        onChange={(event: ChangeEvent<HTMLInputElement>) => onSeek(Number(event.target.value))}
      />
    </div>
  );
}
