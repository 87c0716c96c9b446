/**
 * Bar chart of the final x in every address space (lazy-loaded: recharts
 * stays out of the first page). Bars differ by pattern as well as colour:
 * the parent is plain, children are solid, the shared x is hatched like the
 * thread lanes. The y axis is labelled with its unit.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { palette } from '../../stage/palette.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

export type ResultBar = { name: string; value: number; kind: 'parent' | 'child' | 'shared' };

type ResultsChartProps = {
  bars: readonly ResultBar[];
  title: string;
  axisLabel: string;
  format(value: number): string;
};

const fillFor: Record<ResultBar['kind'], string> = {
  parent: palette.exited,
  child: palette.process,
  shared: 'url(#chart-thread-hatch)',
};

/** Width a bar's name needs to sit flat under it; below that the names are slanted. */
const FLAT_LABEL_WIDTH = 120;

export default function ResultsChart({ bars, title, axisLabel, format }: ResultsChartProps) {
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const crowded = boxWidth > 0 && (boxWidth - 80) / bars.length < FLAT_LABEL_WIDTH;
  return (
    <figure className="results-chart">
      <figcaption>{title}</figcaption>
      <div className="chart-box" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...bars]} margin={{ top: 24, right: 8, bottom: 4, left: 16 }}>
            <defs>
              <pattern id="chart-thread-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={palette.thread} />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.45" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="name"
              tick={{ fontSize: 14, fill: palette.ink }}
              interval={0}
              {...(crowded ? { angle: -35, textAnchor: 'end', height: 80 } : { height: 30 })}
            />
            <YAxis
              allowDecimals={false}
              tick={{ fontSize: 14, fill: palette.ink }}
              tickFormatter={format}
              width={56}
              label={{ value: axisLabel, angle: -90, position: 'insideLeft', offset: 0, style: { fontSize: 14, fill: palette.ink, textAnchor: 'middle' } }}
            />
            {/* minPointSize keeps a 0 visible as a sliver with its "0" label, instead of no bar at all. */}
            <Bar dataKey="value" isAnimationActive={false} stroke={palette.ink} strokeWidth={1} minPointSize={2}>
              {bars.map((bar) => (
                <Cell key={bar.name} fill={fillFor[bar.kind]} />
              ))}
              <LabelList dataKey="value" position="top" formatter={(value: unknown) => (typeof value === 'number' ? format(value) : '')} style={{ fontSize: 15, fontWeight: 700, fill: palette.ink }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartExport rows={bars} />
    </figure>
  );
}
