/**
 * A short plain-language note placed on the stage (the lesson decides where).
 * It wraps like normal text (foreignObject), and points at what it explains.
 * A long note in a narrow stage (a phone) would be cut off by its box, so the
 * text steps down in size until it fits, never below MIN_FONT_PX.
 */
import { useContext, useLayoutEffect, useRef } from 'react';
import { MinStageFont } from './FitText.js';
import type { Point, Rect } from './geometry.js';
import { palette } from './palette.js';

type CalloutProps = {
  rect: Rect;
  text: string;
  /** Draws a small pointer from the callout's nearest edge towards this point. */
  pointsAt?: Point;
  testId?: string;
};

const FONT_PX = 17;
const MIN_FONT_PX = 12;

export function Callout({ rect, text, pointsAt, testId }: CalloutProps) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  // A stage drawn small raises its notes too (see FitText): they start there and may not shrink below it.
  const floor = useContext(MinStageFont);
  const largest = Math.max(FONT_PX, floor);
  const smallest = Math.max(MIN_FONT_PX, floor);
  useLayoutEffect(() => {
    const element = paragraph.current;
    const box = element?.parentElement;
    if (!element || !(box instanceof SVGForeignObjectElement)) return;
    // The text is laid out in the box's own units, so this holds whatever the stage's scale.
    const room = box.height.baseVal.value;
    let size = largest;
    element.style.fontSize = `${size}px`;
    while (size > smallest && element.scrollHeight > room + 1) {
      size -= 1;
      element.style.fontSize = `${size}px`;
    }
    element.dataset.fontPx = String(size);
  }, [text, rect.width, rect.height, largest, smallest]);
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
        <p ref={paragraph} className="stage-callout-text">
          {text}
        </p>
      </foreignObject>
    </g>
  );
}
