/**
 * The requests a worker holds right now, drawn as small numbered chips at the
 * right end of its lane or box; the fault request is dark. A chip whose
 * request was lost (its worker died holding it) is crossed out.
 */
import { palette } from '../../stage/palette.js';
import type { Rect } from '../../stage/geometry.js';
import { requestNumber, type DrawnRequest } from './model.js';
import { BACKEND_MIN_FONT, CHIP_HEIGHT, CHIP_STEP, CHIP_WIDTH } from './layout.js';

const CHIP = CHIP_WIDTH;
const MAX_CHIPS = 5;

type RequestChipsProps = { rect: Rect; requests: readonly DrawnRequest[]; testId: string; maxChips?: number };

/** The newest `maxChips` (at most 5) requests are drawn; `data-count` says how many are held. */
export function RequestChips({ rect, requests, testId, maxChips = MAX_CHIPS }: RequestChipsProps) {
  const shown = requests.slice(-Math.min(MAX_CHIPS, maxChips));
  const y = rect.y + rect.height / 2 - CHIP_HEIGHT / 2;
  return (
    <g data-testid={testId} data-count={requests.length}>
      {shown.map((request, index) => {
        const x = rect.x + rect.width - 14 - (shown.length - index) * CHIP_STEP;
        const lost = request.state === 'lost';
        const fill = request.poison ? palette.ink : palette.paper;
        return (
          <g key={request.msg} data-testid={`chip-${request.msg}`} data-state={request.state}>
            <rect x={x} y={y} width={CHIP} height={CHIP_HEIGHT} rx={4} fill={fill} stroke={lost ? palette.write : palette.message} strokeWidth={2} />
            {lost && <path d={`M${x} ${y}L${x + CHIP} ${y + CHIP_HEIGHT}M${x + CHIP} ${y}L${x} ${y + CHIP_HEIGHT}`} stroke={palette.write} strokeWidth={2.5} />}
            {/* Over the cross, with a halo of the chip's colour: a lost request still shows its number. */}
            <text
              x={x + CHIP / 2}
              y={y + CHIP_HEIGHT / 2 + 7}
              fontSize={BACKEND_MIN_FONT}
              fontWeight={700}
              textAnchor="middle"
              fill={request.poison ? palette.paper : palette.message}
              stroke={fill}
              strokeWidth={lost ? 3 : 0}
              paintOrder="stroke"
            >
              {requestNumber(request.msg)}
            </text>
          </g>
        );
      })}
    </g>
  );
}
