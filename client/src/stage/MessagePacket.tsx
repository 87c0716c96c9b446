/**
 * A message on its way: an envelope moving along a route (a polyline, so it
 * can travel above boxes instead of across their labels), labelled with what
 * carries it ("ipc · 43 B"). The lesson decides progress: it glides to the
 * middle when sent, waits there while in flight, finishes when received.
 */
import { ease, type Point } from './geometry.js';
import { palette } from './palette.js';
import { useStageFont } from './FitText.js';

type MessagePacketProps = {
  path: readonly Point[];
  progress: number;
  label: string;
  /** Right edge of the stage: near it the label goes left of the envelope. */
  maxX: number;
  testId?: string;
};

/** Total length of a polyline. */
function lengthOf(path: readonly Point[]): number {
  return path.slice(1).reduce((sum, point, i) => {
    const start = path[i] ?? point;
    return sum + Math.hypot(point.x - start.x, point.y - start.y);
  }, 0);
}

/** How far from each end the envelope stops, so it rests on a box's edge instead of over its title. */
const END_INSET = 14;

/** The point at `progress` (0..1) of the polyline's length. */
export function pointAlong(path: readonly Point[], progress: number): Point {
  const first = path[0] ?? { x: 0, y: 0 };
  const segments = path.slice(1).map((point, i) => {
    const start = path[i] ?? first;
    return { start, end: point, length: Math.hypot(point.x - start.x, point.y - start.y) };
  });
  const total = segments.reduce((sum, segment) => sum + segment.length, 0);
  let left = Math.max(0, Math.min(1, progress)) * total;
  for (const segment of segments) {
    if (left <= segment.length && segment.length > 0) {
      const f = left / segment.length;
      return { x: segment.start.x + (segment.end.x - segment.start.x) * f, y: segment.start.y + (segment.end.y - segment.start.y) * f };
    }
    left -= segment.length;
  }
  return path[path.length - 1] ?? first;
}

export function MessagePacket({ path, progress, label, maxX, testId }: MessagePacketProps) {
  const total = lengthOf(path);
  const inset = total > 4 * END_INSET ? END_INSET / total : 0;
  const at = pointAlong(path, inset + ease(progress) * (1 - 2 * inset));
  const labelLeft = at.x > maxX - 140;
  const labelSize = useStageFont(15);
  return (
    <g className="message-packet" data-testid={testId} pointerEvents="none">
      <polyline
        points={path.map((point) => `${point.x},${point.y}`).join(' ')}
        fill="none"
        stroke={palette.message}
        strokeWidth={2.5}
        strokeDasharray="2 6"
        strokeLinecap="round"
        strokeLinejoin="round"
        markerEnd="url(#arrow-message)"
      />
      <g transform={`translate(${at.x - 18} ${at.y - 12})`}>
        <rect width={36} height={24} rx={3} fill={palette.paper} stroke={palette.message} strokeWidth={2.5} />
        <path d="M2 3 L18 14 L34 3" fill="none" stroke={palette.message} strokeWidth={2.5} />
      </g>
      <text
        x={labelLeft ? at.x - 24 : at.x + 24}
        y={at.y + 6}
        fontSize={labelSize}
        fontWeight={700}
        textAnchor={labelLeft ? 'end' : 'start'}
        fill={palette.message}
        stroke={palette.paper}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {label}
      </text>
    </g>
  );
}
