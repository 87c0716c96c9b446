/**
 * The animation of one memory access: a token carrying the value travels
 * from the actor (its lane or box) to the cell it writes, or from the cell
 * back to the actor that reads it. Writes are solid, reads are dashed.
 */
import { ease, lerp, type Point } from './geometry.js';
import { palette } from './palette.js';

type TouchTrailProps = {
  kind: 'write' | 'read';
  /** Where the access starts (actor for a write, cell for a read). */
  from: Point;
  to: Point;
  /** 0..1 along the path; 1 when paused or with reduced motion. */
  progress: number;
  label: string;
};

export function TouchTrail({ kind, from, to, progress, label }: TouchTrailProps) {
  const colour = kind === 'write' ? palette.write : palette.read;
  const token = lerp(from, to, ease(progress));
  const width = Math.max(34, label.length * 11 + 16);
  return (
    <g className={`touch-trail touch-${kind}`} pointerEvents="none">
      <line
        x1={from.x}
        y1={from.y}
        x2={to.x}
        y2={to.y}
        stroke={colour}
        strokeWidth={3}
        strokeDasharray={kind === 'read' ? '7 5' : undefined}
        markerEnd={`url(#arrow-${kind})`}
      />
      {/* Once it has arrived, the cell itself shows the value: the token would only hide the cell's tag. */}
      {progress < 1 && (
        <>
          <rect x={token.x - width / 2} y={token.y - 14} width={width} height={28} rx={14} fill={colour} stroke={palette.paper} strokeWidth={2} />
          <text x={token.x} y={token.y + 6} fontSize={17} fontWeight={800} textAnchor="middle" fill={palette.paper} className="mono">
            {label}
          </text>
        </>
      )}
    </g>
  );
}
