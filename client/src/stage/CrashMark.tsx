/**
 * Marks an address space that died: a crack through the box's corner and a
 * dark badge saying how it ended ("killed by SIGSEGV"). Drawn over a
 * ProcessBox in its exited (dashed, grey) state, so death reads by shape and
 * words as well as by colour.
 */
import { FitText } from './FitText.js';
import type { Rect } from './geometry.js';
import { palette } from './palette.js';

const BADGE = '#8a2d00';

type CrashMarkProps = {
  /** The dead process's box. */
  box: Rect;
  /** Where the badge goes (inside or on the edge of the box). */
  badge: Rect;
  label: string;
  /** Where the box's title ends (x): the crack starts right of it, never through it ("process with thr⚡ads"). */
  titleEnd?: number;
  testId?: string;
};

export function CrashMark({ box, badge, label, titleEnd, testId }: CrashMarkProps) {
  // A short zigzag crack from the top edge into the box, just left of the badge (never over the box's content).
  const crackX = Math.min(Math.max(box.x + 12, badge.x - 16, (titleEnd ?? 0) + 16), box.x + box.width - 16);
  const crack = `M${crackX} ${box.y}l6 7l-7 5l8 7l-4 5`;
  return (
    <g data-testid={testId} className="crash-mark" pointerEvents="none">
      <path d={crack} fill="none" stroke={palette.paper} strokeWidth={7} strokeLinejoin="round" strokeLinecap="round" />
      <path d={crack} fill="none" stroke={BADGE} strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
      <rect x={badge.x} y={badge.y} width={badge.width} height={badge.height} rx={badge.height / 2} fill={BADGE} stroke={palette.paper} strokeWidth={2} />
      <path
        d={`M${badge.x + 12} ${badge.y + badge.height / 2 - 6}l12 12M${badge.x + 24} ${badge.y + badge.height / 2 - 6}l-12 12`}
        stroke={palette.paper}
        strokeWidth={3}
        strokeLinecap="round"
      />
      <FitText x={badge.x + 32} y={badge.y + badge.height / 2 + 6} fontSize={16} fontWeight={800} fill={palette.paper} maxWidth={badge.width - 42}>
        {label}
      </FitText>
    </g>
  );
}
