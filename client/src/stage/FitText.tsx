/**
 * SVG text that never spills out of its box: if the label is estimated to be
 * wider than `maxWidth` (a long Portuguese word, a big PID), it is squeezed to
 * fit instead of overflowing into the next box.
 */
import type { SVGProps } from 'react';
import { estimateTextWidth } from './geometry.js';

type FitTextProps = Omit<SVGProps<SVGTextElement>, 'children'> & {
  children: string;
  maxWidth: number;
  fontSize: number;
};

export function FitText({ children, maxWidth, fontSize, ...rest }: FitTextProps) {
  const bold = Number(rest.fontWeight ?? 400) >= 600;
  const tooWide = estimateTextWidth(children, fontSize, bold) > maxWidth;
  return (
    <text fontSize={fontSize} {...rest} {...(tooWide ? { textLength: maxWidth, lengthAdjust: 'spacingAndGlyphs' } : {})}>
      {children}
    </text>
  );
}
