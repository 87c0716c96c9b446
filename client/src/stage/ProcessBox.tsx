/**
 * A process drawn as its address space: a solid box labelled with the real
 * PID and a name. A process that has not started is a faint dashed outline
 * (so the layout does not jump when it appears); an exited one is grey and
 * dashed, and says how it ended.
 */
import type { ReactNode } from 'react';
import { FitText } from './FitText.js';
import type { Rect } from './geometry.js';
import { palette } from './palette.js';

export type LifeState = 'notStarted' | 'running' | 'exited';

type ProcessBoxProps = {
  rect: Rect;
  title: string;
  /** "PID 4123", or empty before the process exists. */
  pidText: string;
  state: LifeState;
  /** "running", "exited (code 0)", "not started yet". */
  stateText: string;
  /** This process acted in the current event. */
  active?: boolean;
  /** Put PID and state on the title line (wide boxes) instead of below it. */
  compactHeader?: boolean;
  /**
   * Compact header only: font sizes and the share of the width the title may
   * take (default 20, 16 and 0.5), for narrower boxes with a longer title.
   */
  compactSizes?: { title: number; state: number; titleShare: number };
  testId?: string;
  children?: ReactNode;
};

export function ProcessBox({ rect, title, pidText, state, stateText, active = false, compactHeader = false, compactSizes, testId, children }: ProcessBoxProps) {
  const sizes = compactSizes ?? { title: 20, state: 16, titleShare: 0.5 };
  const stroke = state === 'running' ? palette.process : palette.exited;
  const fill = state === 'running' ? palette.processFill : state === 'exited' ? palette.exitedFill : palette.paper;
  const inner = rect.width - 24;
  return (
    <g data-testid={testId} data-state={state} className={`process-box process-${state}`} opacity={state === 'notStarted' ? 0.55 : 1}>
      <rect
        x={rect.x}
        y={rect.y}
        width={rect.width}
        height={rect.height}
        rx={12}
        fill={fill}
        stroke={stroke}
        strokeWidth={active ? 5 : 2.5}
        strokeDasharray={state === 'running' ? undefined : '8 6'}
      />
      {compactHeader ? (
        <>
          <FitText x={rect.x + 14} y={rect.y + 28} fontSize={sizes.title} fontWeight={700} fill={palette.ink} maxWidth={inner * sizes.titleShare}>
            {pidText ? `${title} · ${pidText}` : title}
          </FitText>
          <FitText x={rect.x + rect.width - 14} y={rect.y + 28} fontSize={sizes.state} textAnchor="end" fill={palette.muted} maxWidth={inner * (0.95 - sizes.titleShare)}>
            {stateText}
          </FitText>
        </>
      ) : (
        <>
          <FitText x={rect.x + 12} y={rect.y + 26} fontSize={19} fontWeight={700} fill={palette.ink} maxWidth={inner}>
            {title}
          </FitText>
          <FitText x={rect.x + 12} y={rect.y + 48} fontSize={17} fill={palette.ink} maxWidth={inner} className="mono">
            {pidText}
          </FitText>
          <FitText x={rect.x + 12} y={rect.y + 69} fontSize={16} fill={palette.muted} maxWidth={inner}>
            {stateText}
          </FitText>
        </>
      )}
      {children}
    </g>
  );
}
