/**
 * A named memory cell with its live value. It flashes when written (the
 * flash restarts for every write because it is keyed by the event's seq) and
 * shows a "write"/"read" tag while it is the current event's target, so the
 * change is visible without colour and without motion.
 */
import { FitText } from './FitText.js';
import { estimateTextWidth, type Rect } from './geometry.js';
import { palette } from './palette.js';

type MemoryCellProps = {
  rect: Rect;
  name: string;
  /** Formatted value, or "–" before the first write. */
  valueText: string;
  /** e.g. "last write: thread 2". */
  caption?: string;
  /** What the current event does to this cell, if anything. */
  touch?: 'write' | 'read' | undefined;
  touchLabel?: string;
  /** Changes on every write, restarting the flash. */
  flashKey?: number | undefined;
  /** Which top corner carries the write/read tag: the one the access arrow does not come from. */
  tagSide?: 'left' | 'right';
  testId?: string;
};

export function MemoryCell({ rect, name, valueText, caption, touch, touchLabel, flashKey, tagSide = 'right', testId }: MemoryCellProps) {
  // Big values ("1,000" in a narrow cell) get a smaller font rather than running into the name.
  const nameWidth = name ? Math.min(estimateTextWidth(name, 20, true), rect.width * 0.4) + 10 : 0;
  const valueRoom = Math.max(20, rect.width - 34 - nameWidth);
  const valueSize = Math.min(34, rect.height * 0.62, valueRoom / (Math.max(1, valueText.length) * 0.62));
  const tagX = tagSide === 'right' ? rect.x + rect.width - 64 : rect.x + 4;
  return (
    <g data-testid={testId} className="memory-cell">
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={8} fill={palette.paper} stroke={palette.ink} strokeWidth={touch ? 4 : 2} />
      {flashKey !== undefined && touch === 'write' && (
        <rect key={flashKey} className="cell-flash" x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={8} fill={palette.flash} />
      )}
      <FitText x={rect.x + 12} y={rect.y + rect.height / 2 + 7} fontSize={20} fontWeight={700} fill={palette.muted} maxWidth={rect.width * 0.4} className="mono">
        {name}
      </FitText>
      <text
        x={rect.x + rect.width - 12}
        y={rect.y + rect.height / 2 + valueSize * 0.36}
        fontSize={valueSize}
        fontWeight={800}
        textAnchor="end"
        fill={palette.ink}
        className="mono"
        data-testid={testId ? `${testId}-value` : undefined}
      >
        {valueText}
      </text>
      {touch && touchLabel && (
        <g>
          <rect x={tagX} y={rect.y - 13} width={60} height={22} rx={11} fill={touch === 'write' ? palette.write : palette.read} />
          <FitText x={tagX + 30} y={rect.y + 3} fontSize={14} fontWeight={700} textAnchor="middle" fill={palette.paper} maxWidth={54}>
            {touchLabel}
          </FitText>
        </g>
      )}
      {caption && (
        <FitText x={rect.x + 2} y={rect.y + rect.height + 18} fontSize={14} fill={palette.muted} maxWidth={rect.width}>
          {caption}
        </FitText>
      )}
    </g>
  );
}
