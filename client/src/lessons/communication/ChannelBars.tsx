/**
 * Round-trip latency per channel on a log axis (lazy-loaded with recharts):
 * a bar to the median, a diamond at the p99. Thread channels are orange and
 * hatched, process channels blue: the colour is never the only cue, the
 * channel names say which is which.
 */
import { Bar, CartesianGrid, Cell, ComposedChart, LabelList, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { decadeTicks, logDomain, logTicks } from '../../lessonParts/scale.js';
import { palette } from '../../stage/palette.js';
import type { ChannelRow } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type ChannelBarsProps = {
  rows: readonly ChannelRow[];
  /** Which figure the bars show. */
  value: 'medianUs' | 'mbps';
  /** Also mark the p99 (latency only). */
  withP99: boolean;
  title: string;
  axisLabel: string;
  note?: string;
  format(value: number): string;
  testId: string;
};

const tickStyle = { fontSize: 14, fill: palette.ink };

export default function ChannelBars({ rows, value, withP99, title, axisLabel, note, format, testId }: ChannelBarsProps) {
  const values = rows.flatMap((row) => (withP99 ? [row[value], row.p99Us] : [row[value]]));
  const domain = logDomain(values);
  const data = rows.map((row) => ({ ...row, bar: row[value] }));
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  // On a phone, only the powers of ten fit under the axis without running into each other.
  const ticks = boxWidth > 0 && boxWidth < 500 ? decadeTicks(domain) : logTicks(domain);
  return (
    <figure className="lesson-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="lesson-chart-box tall" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart layout="vertical" data={data} margin={{ top: 6, right: 16, bottom: 26, left: 4 }}>
            <defs>
              <pattern id={`${testId}-thread-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={palette.thread} />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.45" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              scale="log"
              domain={domain}
              ticks={ticks}
              allowDataOverflow
              tickFormatter={format}
              tick={tickStyle}
              label={{ value: axisLabel, position: 'bottom', offset: 6, style: tickStyle }}
            />
            <YAxis type="category" dataKey="channel" tick={{ fontSize: 13, fill: palette.ink, fontWeight: 700 }} width={112} interval={0} />
            {/* A log axis has no zero: bars start at the domain's low end. */}
            <Bar dataKey="bar" isAnimationActive={false} barSize={18} stroke={palette.ink} strokeWidth={1}>
              {data.map((row) => (
                <Cell key={row.channel} fill={row.between === 'threads' ? `url(#${testId}-thread-hatch)` : palette.process} />
              ))}
              {/* Inside the bar's start, so it never meets the p99 mark to the right of the bar. */}
              <LabelList
                dataKey="bar"
                position="insideLeft"
                formatter={(label: unknown) => (typeof label === 'number' ? format(label) : '')}
                style={{ fontSize: 13, fontWeight: 800, fill: palette.paper, stroke: palette.ink, strokeWidth: 3, paintOrder: 'stroke' }}
              />
            </Bar>
            {withP99 && <Scatter dataKey="p99Us" fill={palette.ink} shape="diamond" isAnimationActive={false} />}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {note && <p className="chart-note">{note}</p>}
      <ChartExport rows={data} />
    </figure>
  );
}
