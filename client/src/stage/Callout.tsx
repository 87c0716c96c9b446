/**
 * A short plain-language note placed on the stage (the lesson decides where).
 * It wraps like normal text (foreignObject), and points at what it explains.
 */
import type { Point, Rect } from './geometry.js';
import { palette } from './palette.js';

type CalloutProps = {
  rect: Rect;
  text: string;
  /** Draws a small pointer from the callout's nearest edge towards this point. */
  pointsAt?: Point;
  testId?: string;
};

export function Callout({ rect, text, pointsAt, testId }: CalloutProps) {
  const pointerX = pointsAt ? Math.max(rect.x + 16, Math.min(rect.x + rect.width - 16, pointsAt.x)) : 0;
  const below = pointsAt ? pointsAt.y > rect.y + rect.height : true;
  const edgeY = below ? rect.y + rect.height : rect.y;
  return (
    <g className="stage-callout" data-testid={testId}>
      {pointsAt && (
        <path
          d={`M${pointerX - 9} ${edgeY} L${pointerX} ${edgeY + (below ? 12 : -12)} L${pointerX + 9} ${edgeY} z`}
          fill={palette.callout}
          stroke={palette.ink}
          strokeWidth={1.5}
        />
      )}
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={8} fill={palette.callout} stroke={palette.ink} strokeWidth={1.5} />
      <foreignObject x={rect.x + 10} y={rect.y + 4} width={rect.width - 20} height={rect.height - 8}>
        <p className="stage-callout-text">{text}</p>
      </foreignObject>
    </g>
  );
}
