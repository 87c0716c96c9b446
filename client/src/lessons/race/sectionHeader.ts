/** A stage section's label and its callout: side by side when wide, stacked when narrow. Pure. */
import type { Rect } from '../../stage/geometry.js';

export type SectionHeader = { label: Rect; callout: Rect; bottom: number };

const PAD = 16;
const LABEL_HEIGHT = 30;
const CALLOUT_HEIGHT = 52;
/** Width of the label when the callout sits beside it. */
const LABEL_WIDTH = 372;

export function sectionHeader(top: number, width: number, narrow: boolean): SectionHeader {
  if (narrow) {
    const label = { x: PAD, y: top + 2, width: width - 2 * PAD, height: LABEL_HEIGHT };
    const callout = { x: PAD, y: label.y + LABEL_HEIGHT + 4, width: width - 2 * PAD, height: CALLOUT_HEIGHT };
    return { label, callout, bottom: callout.y + callout.height };
  }
  const callout = { x: PAD + LABEL_WIDTH + 12, y: top + 2, width: width - 2 * PAD - LABEL_WIDTH - 12, height: CALLOUT_HEIGHT };
  return { label: { x: PAD, y: top + 2, width: LABEL_WIDTH, height: CALLOUT_HEIGHT }, callout, bottom: callout.y + callout.height };
}
