/**
 * Every configuration as a row on its own real clock (0 = the configuration
 * began), one fixed scale for all rows: a row's grey bar is how long the
 * configuration took, its coloured lines are its units from start to exit.
 * Lines side by side = units running at the same time. The rows are drawn
 * once per event; only a row still growing follows the clock's frames (its
 * running units' lines grow at the played real time).
 */
import { useMemo } from 'react';
import type { LabEvent } from '../../../../shared/protocol.js';
import type { Formatters } from '../../i18n/format.js';
import { significant } from '../../lessonParts/figures.js';
import { realTimeAt } from '../../lessonParts/phases.js';
import { rulerTicks } from '../../lessonParts/scale.js';
import type { Scene } from '../../scene/types.js';
import { FitText } from '../../stage/FitText.js';
import { estimateTextWidth } from '../../stage/geometry.js';
import { palette } from '../../stage/palette.js';
import { selectFraction, selectIndex, useClock } from '../../store/useClock.js';
import type { TimelineLayout } from './layout.js';
import { rowAt, rowFollowsClock, timelineRows, type Configuration, type TimelineRow } from './stageModel.js';
import type { ParallelismText } from './text.js';

type RunTimelineProps = {
  rows: TimelineLayout;
  configs: readonly Configuration[];
  events: readonly LabEvent[];
  scene: Scene;
  scaleMs: number;
  words: { text: ParallelismText; format: Formatters };
};

const colours = { baseline: palette.muted, threads: palette.thread, processes: palette.process } as const;

export function RunTimeline({ rows: layout, configs, events, scene, scaleMs, words }: RunTimelineProps) {
  const { text, format } = words;
  const index = useClock(selectIndex);
  // The rows at the current event's own time; the ones still growing are moved on by LiveRow, frame by frame.
  const rows = useMemo(() => timelineRows(configs, events.slice(0, index + 1), scene, events[index]?.t ?? 0), [configs, events, index, scene]);
  const x = (ms: number) => layout.x0 + (Math.min(ms, scaleMs) / scaleMs) * (layout.x1 - layout.x0);
  return (
    <g className="run-timeline" data-testid="run-timeline">
      {rows.map((row, rowIndex) => {
        const shape: RowShapeProps = {
          row,
          layout,
          scaleMs,
          y: layout.top + rowIndex * layout.rowHeight,
          current: row.phase === scene.phase && scene.terminal.state === 'running',
          name: rowName(text, format, row),
          words,
        };
        return rowFollowsClock(row) ? <LiveRow key={row.phase} events={events} {...shape} /> : <RowShape key={row.phase} {...shape} />;
      })}
      <line x1={layout.x0} y1={layout.axisY} x2={layout.x1} y2={layout.axisY} stroke={palette.ink} strokeWidth={1.5} />
      {rulerTicks(scaleMs).map((tick) => {
        const label = format.integer(tick);
        // A tick at the axis's end would run into its unit ("2,000" over "ms"): its mark stays, its figure goes.
        const clear = x(tick) + estimateTextWidth(label, 14) / 2 <= layout.x1;
        return (
          <g key={tick}>
            <line x1={x(tick)} y1={layout.axisY} x2={x(tick)} y2={layout.axisY + 5} stroke={palette.ink} strokeWidth={1.5} />
            {clear && (
              <text x={x(tick)} y={layout.axisY + 19} fontSize={14} textAnchor="middle" fill={palette.ink}>
                {label}
              </text>
            )}
          </g>
        );
      })}
      <FitText x={layout.x1} y={layout.axisY + 19} fontSize={14} fill={palette.muted} textAnchor="start" maxWidth={70} dx={6}>
        ms
      </FitText>
    </g>
  );
}

function rowName(text: ParallelismText, format: Formatters, row: TimelineRow): string {
  const n = format.integer(row.n);
  return row.kind === 'baseline' ? text.rowBaseline : row.kind === 'threads' ? text.rowThreads({ n }) : text.rowProcesses({ n });
}

type RowShapeProps = {
  row: TimelineRow;
  layout: TimelineLayout;
  scaleMs: number;
  y: number;
  current: boolean;
  name: string;
  words: RunTimelineProps['words'];
};

/** A row still running: it follows the clock's frames, growing to the played real time. */
function LiveRow({ events, row, ...rest }: RowShapeProps & { events: readonly LabEvent[] }) {
  const index = useClock(selectIndex);
  const fraction = useClock(selectFraction);
  const now = realTimeAt(events, index, fraction) ?? 0;
  return <RowShape row={rowAt(row, now)} {...rest} />;
}

/** One configuration's row: its name, its length bar, its units' lines and, once it finished, its length. */
function RowShape({ row, layout, scaleMs, y, current, name, words }: RowShapeProps) {
  const x = (ms: number) => layout.x0 + (Math.min(ms, scaleMs) / scaleMs) * (layout.x1 - layout.x0);
  const lineHeight = Math.max(2, Math.min(5, (layout.rowHeight - 8) / Math.max(1, row.spans.length)));
  return (
    <g data-testid={`timeline-row-${row.phase}`} data-played={row.startT !== undefined}>
      <FitText
        x={layout.labelX}
        y={y + layout.rowHeight / 2 + 5}
        fontSize={14}
        fontWeight={current ? 800 : 600}
        fill={row.startT === undefined ? palette.muted : colours[row.kind]}
        maxWidth={layout.x0 - layout.labelX - 8}
      >
        {current ? `▸ ${name}` : name}
      </FitText>
      {row.lengthMs !== undefined && (
        <rect x={layout.x0} y={y + 2} width={x(row.lengthMs) - layout.x0} height={layout.rowHeight - 4} rx={3} fill={palette.exitedFill} stroke={current ? palette.ink : 'none'} strokeWidth={1.5} />
      )}
      {row.spans.map((span, spanIndex) => (
        <rect
          key={span.actorId}
          x={x(span.fromMs)}
          y={y + 4 + spanIndex * lineHeight}
          width={Math.max(1.5, x(span.toMs) - x(span.fromMs))}
          height={Math.max(1.5, lineHeight - 1)}
          fill={colours[row.kind]}
        />
      ))}
      {row.finished && row.lengthMs !== undefined && (
        <text x={x(row.lengthMs) + 6} y={y + layout.rowHeight / 2 + 5} fontSize={14} fill={palette.ink}>
          {words.text.rowLength({ ms: significant(words.format, row.lengthMs) })}
        </text>
      )}
    </g>
  );
}
