/**
 * The board of rounds beside the shared counter: one row per variant, one
 * square per repeat as it finishes. A round that lost updates is a filled
 * square with a slash; an exact one is an outlined square with a tick: the
 * shape says which, not only the colour.
 */
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import type { BoardRow } from './measureLayout.js';
import type { RoundReading } from './measureModel.js';

type RoundBoardProps = {
  rows: readonly BoardRow[];
  rounds: readonly RoundReading[];
  expected: number | undefined;
  labels: Readonly<Record<string, string>>;
  /** The seq of the round read in the current event, to outline it. */
  currentSeq: number | undefined;
};

export function RoundBoard({ rows, rounds, expected, labels, currentSeq }: RoundBoardProps) {
  return (
    <g className="round-board" data-testid="round-board">
      {rows.map((row) => (
        <g key={row.variant}>
          <FitText x={row.label.x} y={row.label.y + row.label.height / 2 + 6} fontSize={15} fontWeight={700} fill={palette.ink} maxWidth={row.label.width} className="mono">
            {labels[row.variant] ?? row.variant}
          </FitText>
          {row.chips.map((chip, index) => {
            const round = rounds.find((item) => item.variant === row.variant && item.repeat === index + 1);
            const lost = round && expected !== undefined ? round.value < expected : false;
            const current = round !== undefined && round.seq === currentSeq;
            return (
              <g key={index} data-testid={round ? `round-${row.variant}-${index + 1}` : undefined} data-lost={round ? lost : undefined}>
                <rect
                  x={chip.x}
                  y={chip.y}
                  width={chip.width}
                  height={chip.height}
                  rx={3}
                  fill={round ? (lost ? palette.write : palette.paper) : '#f1f1f1'}
                  stroke={round ? palette.ink : palette.exited}
                  strokeWidth={current ? 3.5 : 1.5}
                  strokeDasharray={round ? undefined : '3 3'}
                />
                {round && lost && <path d={`M${chip.x + 4} ${chip.y + chip.height - 4}L${chip.x + chip.width - 4} ${chip.y + 4}`} stroke={palette.paper} strokeWidth={3} strokeLinecap="round" />}
                {round && !lost && (
                  <path
                    d={`M${chip.x + chip.width * 0.2} ${chip.y + chip.height * 0.55}l${chip.width * 0.2} ${chip.height * 0.2}l${chip.width * 0.4} -${chip.height * 0.45}`}
                    fill="none"
                    stroke={palette.read}
                    strokeWidth={2.5}
                    strokeLinecap="round"
                  />
                )}
              </g>
            );
          })}
        </g>
      ))}
    </g>
  );
}
