/**
 * Every time sample as a dot (strip plot, lazy-loaded with recharts): rows
 * for thread/process ready and exit, milliseconds on a log axis (exits take
 * about 1 ms, starts about 100), the median of each row as a bar.
 */
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { palette } from '../../stage/palette.js';
import { decadeTicks, logDomain, logTicks } from '../../lessonParts/scale.js';
import { stripRows, type StripMedian, type StripPoint, type StripRow } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type TimesChartProps = {
  points: readonly StripPoint[];
  medians: readonly StripMedian[];
  rowLabels: Record<StripRow, string>;
  title: string;
  axisLabel: string;
  note: string;
  medianLabel(ms: number): string;
  formatTick(ms: number): string;
};

const tickStyle = { fontSize: 14, fill: palette.ink };

type RowTickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A row's name with its median under it: the median is read beside its row, not over the dots. */
function RowTick({ x, y, payload, rowLabels, medians, medianLabel }: RowTickProps & Pick<TimesChartProps, 'rowLabels' | 'medians' | 'medianLabel'>) {
  const row = stripRows[Number(payload?.value)];
  if (!row) return null;
  const median = medians.find((entry) => entry.row === row);
  return (
    <text x={Number(x)} y={Number(y)} textAnchor="end" fontSize={14} fill={palette.ink}>
      <tspan x={Number(x)} dy={median ? -2 : 5} fontWeight={700}>
        {rowLabels[row]}
      </tspan>
      {median && (
        <tspan x={Number(x)} dy={17} fontSize={13}>
          {medianLabel(median.ms)}
        </tspan>
      )}
    </text>
  );
}

export default function TimesChart({ points, medians, rowLabels, title, axisLabel, note, medianLabel, formatTick }: TimesChartProps) {
  const domain = logDomain(points.map((point) => point.ms));
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  // On a phone, only the powers of ten fit under the axis without running into each other.
  const ticks = boxWidth > 0 && boxWidth < 500 ? decadeTicks(domain) : logTicks(domain);
  return (
    <figure className="lesson-chart" data-testid="times-chart">
      <figcaption>{title}</figcaption>
      <div className="lesson-chart-box tall" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <ScatterChart margin={{ top: 8, right: 18, bottom: 26, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="ms"
              scale="log"
              domain={domain}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={formatTick}
              tick={tickStyle}
              label={{ value: axisLabel, position: 'bottom', offset: 6, style: tickStyle }}
            />
            <YAxis
              type="number"
              dataKey="y"
              domain={[-0.6, stripRows.length - 0.4]}
              ticks={stripRows.map((_, index) => index)}
              reversed
              interval={0}
              tick={(props: RowTickProps) => <RowTick {...props} rowLabels={rowLabels} medians={medians} medianLabel={medianLabel} />}
              width={132}
            />
            <Scatter data={points.filter((point) => point.kind === 'thread')} fill={palette.thread} fillOpacity={0.75} shape="circle" isAnimationActive={false} />
            <Scatter data={points.filter((point) => point.kind === 'process')} fill={palette.process} fillOpacity={0.75} shape="square" isAnimationActive={false} />
            {medians.map((entry) => (
              <ReferenceLine
                key={entry.row}
                segment={[
                  { x: entry.ms, y: entry.y - 0.4 },
                  { x: entry.ms, y: entry.y + 0.4 },
                ]}
                stroke={palette.ink}
                strokeWidth={3}
                ifOverflow="visible"
              />
            ))}
          </ScatterChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note">{note}</p>
      <ChartExport rows={points.map(({ row, kind, ms }) => ({ row, kind, ms }))} />
    </figure>
  );
}
