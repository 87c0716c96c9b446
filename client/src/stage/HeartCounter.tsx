/**
 * A heart and a heartbeat count. It pulses when its actor beats in the
 * current event (the pulse restarts per beat because it is keyed by the
 * count). A dead actor's heart is hollow and crossed out; one that finished
 * normally keeps a hollow heart without the cross.
 * With reduced motion there is no pulse: the count itself still changes.
 */
import { FitText } from './FitText.js';
import type { Point } from './geometry.js';
import { palette } from './palette.js';
import './beats.css';

const HEART = 'M12 20.5C12 20.5 3 15 3 9C3 6 5.2 4 7.6 4C9.5 4 11 5.1 12 6.6C13 5.1 14.5 4 16.4 4C18.8 4 21 6 21 9C21 15 12 20.5 12 20.5Z';

type HeartCounterProps = {
  /** Top-left corner of the heart. */
  at: Point;
  /** Formatted count, e.g. "14". */
  countText: string;
  count: number;
  state: 'alive' | 'dead' | 'finished';
  /** This actor's heartbeat is the current event. */
  beating: boolean;
  /** Width available for the count after the heart. */
  maxTextWidth: number;
  /** Read by screen readers and in tooltips: "14 heartbeats". */
  title: string;
  testId?: string;
};

export function HeartCounter({ at, countText, count, state, beating, maxTextWidth, title, testId }: HeartCounterProps) {
  const size = 24;
  const alive = state === 'alive';
  return (
    <g data-testid={testId} data-state={state} data-count={count} className="heart-counter">
      <title>{title}</title>
      <g key={beating ? count : 'still'} className={beating && alive ? 'heart-pulse' : undefined} style={{ transformOrigin: `${at.x + size / 2}px ${at.y + size / 2}px` }}>
        <path
          d={HEART}
          transform={`translate(${at.x} ${at.y})`}
          fill={alive ? palette.write : palette.paper}
          stroke={alive ? palette.write : state === 'dead' ? palette.exited : palette.ink}
          strokeWidth={2}
        />
        {state === 'dead' && <path d={`M${at.x + 4} ${at.y + 4}l16 16M${at.x + 20} ${at.y + 4}l-16 16`} stroke={palette.ink} strokeWidth={2.5} strokeLinecap="round" />}
      </g>
      <FitText x={at.x + size + 6} y={at.y + 18} fontSize={18} fontWeight={800} fill={alive ? palette.ink : palette.muted} maxWidth={maxTextWidth} className="mono">
        {countText}
      </FitText>
    </g>
  );
}
