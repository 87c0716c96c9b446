/**
 * SVG text that never spills out of its box: if the label is estimated to be
 * wider than `maxWidth` (a long Portuguese word, a big PID), it is squeezed to
 * fit instead of overflowing into the next box.
 *
 * A stage drawn at a small scale (many SVG units per screen pixel, as the
 * backend's wide stage at 1280×720) raises every label to at least its
 * `MinStageFont` (SVG units), so no label is drawn below 12 px on screen.
 */
import { createContext, useContext, useLayoutEffect, useRef, type SVGProps } from 'react';
import { estimateTextWidth } from './geometry.js';

/** The smallest font size (SVG units) of the stage drawn around it; 0: the sizes as given. */
export const MinStageFont = createContext(0);

/** A font size raised to the stage's minimum. */
export function useStageFont(fontSize: number): number {
  return Math.max(fontSize, useContext(MinStageFont));
}

type FitTextProps = Omit<SVGProps<SVGTextElement>, 'children'> & {
  children: string;
  maxWidth: number;
  fontSize: number;
};

export function FitText({ children, maxWidth, fontSize: asked, ...rest }: FitTextProps) {
  const fontSize = useStageFont(asked);
  const bold = Number(rest.fontWeight ?? 400) >= 600;
  const tooWide = estimateTextWidth(children, fontSize, bold) > maxWidth;
  const element = useRef<SVGTextElement>(null);
  // The estimate is a guess (a label of wide letters, another font): measure the drawn text, and squeeze it
  // too when it is wider after all (a lane's title ran into its state text on a phone).
  useLayoutEffect(() => {
    const text = element.current;
    if (!text || tooWide || typeof text.getComputedTextLength !== 'function') return;
    text.removeAttribute('textLength');
    text.removeAttribute('lengthAdjust');
    if (text.getComputedTextLength() > maxWidth) {
      text.setAttribute('textLength', String(maxWidth));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
    // Measuring forces a layout: only when what is drawn could have changed width, not on every render of the stage.
  }, [children, maxWidth, fontSize, tooWide, rest.fontWeight, rest.fontFamily]);
  return (
    <text ref={element} fontSize={fontSize} {...rest} {...(tooWide ? { textLength: maxWidth, lengthAdjust: 'spacingAndGlyphs' } : {})}>
      {children}
    </text>
  );
}
