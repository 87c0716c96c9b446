/**
 * The machine's cores as chips. As many chips light up as units are running,
 * up to the core count: that is the most that can run at once. (Which core
 * runs which unit is the kernel's choice and is not drawn.)
 */
import type { Formatters } from '../../i18n/format.js';
import { FitText } from '../../stage/FitText.js';
import type { Rect } from '../../stage/geometry.js';
import { palette } from '../../stage/palette.js';
import type { ParallelismText } from './text.js';

type CoresPanelProps = { rect: Rect; narrow: boolean; cores: number | undefined; running: number; words: { text: ParallelismText; format: Formatters } };

/** Chips drawn at most; a bigger machine shows the first ones and says how many there are. */
const MAX_CHIPS = 16;

export function CoresPanel({ rect, narrow, cores, running, words }: CoresPanelProps) {
  const { text, format } = words;
  const shown = Math.min(cores ?? 0, MAX_CHIPS);
  const columns = narrow ? Math.min(Math.max(shown, 1), 8) : Math.min(Math.max(shown, 1), 4);
  const top = narrow ? rect.y + 30 : rect.y + 40;
  const chipGap = 8;
  const chipWidth = Math.min(narrow ? 80 : 70, (rect.width - 24 - (columns - 1) * chipGap) / columns);
  const chipHeight = narrow ? 26 : 44;
  const busy = Math.min(running, cores ?? 0);
  const rows = Math.ceil(shown / columns);
  const statusY = narrow ? rect.y + rect.height - 6 : top + rows * (chipHeight + chipGap) + 16;
  return (
    <g data-testid="cores" data-cores={cores ?? ''} data-busy={busy}>
      <rect x={rect.x} y={rect.y} width={rect.width} height={rect.height} rx={12} fill={palette.paper} stroke={palette.ink} strokeWidth={2} />
      <FitText x={rect.x + 12} y={rect.y + 24} fontSize={17} fontWeight={700} fill={palette.ink} maxWidth={rect.width - 24}>
        {cores === undefined ? text.cores.unknown : text.cores.title({ n: format.integer(cores) })}
      </FitText>
      {Array.from({ length: shown }, (_, index) => {
        const x = rect.x + 12 + (index % columns) * (chipWidth + chipGap);
        const y = top + Math.floor(index / columns) * (chipHeight + chipGap);
        const lit = index < busy;
        return (
          <g key={index} data-testid={`core-${index + 1}`} data-busy={lit}>
            <rect x={x} y={y} width={chipWidth} height={chipHeight} rx={6} fill={lit ? palette.write : palette.exitedFill} stroke={palette.ink} strokeWidth={lit ? 2.5 : 1.5} />
            <FitText x={x + chipWidth / 2} y={y + chipHeight / 2 + 5} fontSize={14} fontWeight={700} textAnchor="middle" fill={lit ? palette.paper : palette.muted} maxWidth={chipWidth - 8}>
              {text.cores.core({ n: format.integer(index + 1) })}
            </FitText>
          </g>
        );
      })}
      {cores !== undefined && (
        <FitText x={rect.x + 12} y={statusY} fontSize={15} fontWeight={700} fill={palette.ink} maxWidth={narrow ? rect.width / 2 - 16 : rect.width - 24}>
          {running > 0 ? text.cores.running({ n: format.integer(running) }) : text.cores.idle}
        </FitText>
      )}
      {cores !== undefined && (
        <FitText
          x={narrow ? rect.x + rect.width - 12 : rect.x + 12}
          y={narrow ? statusY : statusY + 20}
          textAnchor={narrow ? 'end' : 'start'}
          fontSize={15}
          fill={palette.muted}
          maxWidth={narrow ? rect.width / 2 - 16 : rect.width - 24}
        >
          {text.cores.atOnce({ n: format.integer(cores) })}
        </FitText>
      )}
    </g>
  );
}
