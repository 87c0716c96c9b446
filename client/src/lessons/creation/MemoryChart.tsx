/**
 * Memory per unit in MiB (lazy-loaded with recharts), as horizontal bars so
 * the long names read flat on any screen: a process's private, PSS and RSS,
 * and a thread's private growth. RSS is drawn as a dashed outline: it counts
 * shared pages in full, so it is not what the unit costs.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { palette } from '../../stage/palette.js';
import type { MemoryBar, MemoryBarKind } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type MemoryChartProps = {
  bars: readonly MemoryBar[];
  names: Record<MemoryBarKind, string>;
  title: string;
  axisLabel: string;
  format(mb: number): string;
};

const fills: Record<MemoryBarKind, { fill: string; stroke: string }> = {
  processPrivate: { fill: palette.process, stroke: palette.ink },
  processPss: { fill: '#6aa9d6', stroke: palette.ink },
  processRss: { fill: palette.paper, stroke: palette.process },
  threadPrivate: { fill: 'url(#memory-thread-hatch)', stroke: palette.ink },
};

const tickStyle = { fontSize: 14, fill: palette.ink };

export default function MemoryChart({ bars, names, title, axisLabel, format }: MemoryChartProps) {
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const narrow = boxWidth > 0 && boxWidth < 460;
  const data = bars.map((bar) => ({ ...bar, name: names[bar.kind] }));
  return (
    <figure className="lesson-chart" data-testid="memory-chart">
      <figcaption>{title}</figcaption>
      <div className="lesson-chart-box" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart layout="vertical" data={data} margin={{ top: 4, right: 64, bottom: 26, left: 4 }}>
            <defs>
              <pattern id="memory-thread-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={palette.thread} />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.45" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tick={tickStyle} tickFormatter={format} label={{ value: axisLabel, position: 'bottom', offset: 6, style: tickStyle }} />
            <YAxis type="category" dataKey="name" interval={0} tick={{ ...tickStyle, fontSize: narrow ? 12 : 14 }} width={narrow ? 118 : 176} />
            <Bar dataKey="mb" isAnimationActive={false} strokeWidth={2} minPointSize={2} barSize={30}>
              {data.map((bar) => (
                <Cell key={bar.kind} fill={fills[bar.kind].fill} stroke={fills[bar.kind].stroke} strokeDasharray={bar.kind === 'processRss' ? '6 4' : undefined} />
              ))}
              <LabelList
                dataKey="mb"
                position="right"
                formatter={(value: unknown) => (typeof value === 'number' ? `${format(value)} MiB` : '')}
                style={{ fontSize: 15, fontWeight: 700, fill: palette.ink }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartExport rows={data} />
    </figure>
  );
}
