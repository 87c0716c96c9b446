/**
 * A thread: a hatched lane inside its process's box, labelled with its real
 * TID. Lanes sit inside the box on purpose: a thread has no address space of its own
 * to draw, only the process's.
 */
import { FitText } from './FitText.js';
import type { Rect } from './geometry.js';
import { palette } from './palette.js';
import type { LifeState } from './ProcessBox.js';

type ThreadLaneProps = {
  rect: Rect;
  title: string;
  /** "TID 4130", or empty before the thread exists. */
  tidText: string;
  state: LifeState;
  stateText: string;
  active?: boolean;
  testId?: string;
};

export function ThreadLane({ rect, title, tidText, state, stateText, active = false, testId }: ThreadLaneProps) {
  const textY = rect.y + rect.height / 2 + 6;
  // Title and state share the lane inside its 16-unit margins with 12 units between them, so they never meet.
  const inner = rect.width - 44;
  return (
    <g data-testid={testId} data-state={state} className={`thread-lane thread-${state}`} opacity={state === 'notStarted' ? 0.5 : 1}>
      <rect
        x={rect.x}
        y={rect.y}
        width={rect.width}
        height={rect.height}
        rx={rect.height / 2}
        fill={state === 'running' ? 'url(#thread-hatch)' : palette.exitedFill}
        stroke={state === 'running' ? palette.thread : palette.exited}
        strokeWidth={active ? 4 : 2}
        strokeDasharray={state === 'running' ? undefined : '6 5'}
      />
      <FitText x={rect.x + 16} y={textY} fontSize={17} fontWeight={700} fill={palette.ink} maxWidth={inner * 0.58}>
        {tidText ? `${title} · ${tidText}` : title}
      </FitText>
      <FitText x={rect.x + rect.width - 16} y={textY} fontSize={15} textAnchor="end" fill={palette.muted} maxWidth={inner * 0.42}>
        {stateText}
      </FitText>
    </g>
  );
}
