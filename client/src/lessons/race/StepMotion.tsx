/**
 * The moving part of the step stage: the value travelling between x and a
 * register for the step just taken (x → register for a read, register → x
 * for a write; an add stays in the register, shown by a "+1"). It alone
 * subscribes to the clock's per-frame fraction.
 */
import { edgePoint, center } from '../../stage/geometry.js';
import { palette } from '../../stage/palette.js';
import { TouchTrail } from '../../stage/TouchTrail.js';
import { useReducedMotion } from '../../stage/useReducedMotion.js';
import { selectFraction, selectPlaying, useClock } from '../../store/useClock.js';
import type { StepLayout } from './stepLayout.js';
import type { TakenStep } from './stepModel.js';

type StepMotionProps = { layout: StepLayout; step: TakenStep | undefined; label: string };

export function StepMotion({ layout, step, label }: StepMotionProps) {
  const reducedMotion = useReducedMotion();
  const playing = useClock(selectPlaying);
  const fraction = useClock(selectFraction);
  const progress = reducedMotion || !playing ? 1 : fraction;
  const column = layout.columns.find((item) => item.thread === step?.thread);
  if (!step || !column) return null;
  const register = column.register;
  if (step.kind === 'add') {
    return (
      <g className="step-add" pointerEvents="none">
        <rect x={register.x + register.width - 58} y={register.y - 16} width={52} height={26} rx={13} fill={palette.write} />
        <text x={register.x + register.width - 32} y={register.y + 3} fontSize={18} fontWeight={800} textAnchor="middle" fill={palette.paper}>
          +1
        </text>
      </g>
    );
  }
  const registerAt = edgePoint(register, center(layout.x));
  const xAt = edgePoint(layout.x, center(register));
  return step.kind === 'read' ? (
    <TouchTrail kind="read" from={xAt} to={registerAt} progress={progress} label={label} />
  ) : (
    <TouchTrail kind="write" from={registerAt} to={xAt} progress={progress} label={label} />
  );
}
