/**
 * A thread's three steps of x = x + 1 (read, add, write) as pills: the ones
 * done in this increment carry a tick, the next one a thick border and a
 * "next" tag, so a person sees what the thread will do if they step it.
 */
import type { Rect } from '../../stage/geometry.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { stepCycle, type StepKind } from './stepModel.js';

type StepPillsProps = {
  pills: readonly Rect[];
  labels: Readonly<Record<StepKind, string>>;
  /** Steps taken in the current increment (0..3). */
  doneInIncrement: number;
  /** The next step, or undefined when the thread is finished. */
  next: StepKind | undefined;
  nextLabel: string;
  testId: string;
};

export function StepPills({ pills, labels, doneInIncrement, next, nextLabel, testId }: StepPillsProps) {
  return (
    <g data-testid={testId} data-next={next ?? 'none'}>
      {stepCycle.map((kind, index) => {
        const pill = pills[index];
        if (!pill) return null;
        const done = index < doneInIncrement;
        const isNext = kind === next;
        return (
          <g key={kind}>
            <rect
              x={pill.x}
              y={pill.y}
              width={pill.width}
              height={pill.height}
              rx={pill.height / 2}
              fill={isNext ? palette.callout : done ? palette.exitedFill : palette.paper}
              stroke={palette.ink}
              strokeWidth={isNext ? 4 : 1.5}
              strokeDasharray={done ? '5 4' : undefined}
            />
            {done && <path d={`M${pill.x + 12} ${pill.y + 21}l5 6l10 -13`} fill="none" stroke={palette.read} strokeWidth={3} strokeLinecap="round" />}
            <FitText x={pill.x + pill.width / 2 + (done ? 8 : 0)} y={pill.y + pill.height / 2 + 6} fontSize={16} fontWeight={isNext ? 800 : 600} textAnchor="middle" fill={palette.ink} maxWidth={pill.width - (done ? 36 : 16)}>
              {`${index + 1} ${labels[kind]}`}
            </FitText>
            {isNext && (
              <g>
                <rect x={pill.x + pill.width / 2 - 30} y={pill.y - 15} width={60} height={20} rx={10} fill={palette.ink} />
                <FitText x={pill.x + pill.width / 2} y={pill.y} fontSize={13} fontWeight={700} textAnchor="middle" fill={palette.paper} maxWidth={54}>
                  {nextLabel}
                </FitText>
              </g>
            )}
          </g>
        );
      })}
    </g>
  );
}
