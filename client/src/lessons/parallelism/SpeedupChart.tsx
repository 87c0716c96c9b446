/**
 * Speedup against the number of units (lazy-loaded with recharts): threads
 * and processes, the ideal "N times faster" line, and the machine's core
 * count as the ceiling no split can pass.
 */
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { palette } from '../../stage/palette.js';
import { speedupAxisMax, type SpeedupPoint } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type SpeedupChartProps = {
  points: readonly SpeedupPoint[];
  cores: number;
  names: { threads: string; processes: string; ideal: string; cores: string };
  title: string;
  xLabel: string;
  yLabel: string;
  format(value: number): string;
};

const tickStyle = { fontSize: 14, fill: palette.ink };

export default function SpeedupChart({ points, cores, names, title, xLabel, yLabel, format }: SpeedupChartProps) {
  const top = speedupAxisMax(points, cores);
  const lastN = points.at(-1)?.n ?? 1;
  return (
    <figure className="lesson-chart" data-testid="speedup-chart">
      <figcaption>{title}</figcaption>
      <div className="lesson-chart-box tall">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={[...points]} margin={{ top: 10, right: 16, bottom: 26, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="n"
              domain={[1, Math.max(2, lastN)]}
              ticks={points.map((point) => point.n)}
              allowDecimals={false}
              tick={tickStyle}
              label={{ value: xLabel, position: 'bottom', offset: 6, style: tickStyle }}
            />
            <YAxis
              domain={[0, top]}
              ticks={Array.from({ length: top + 1 }, (_, value) => value)}
              interval={0}
              tickFormatter={(value: number) => `${format(value)}×`}
              tick={tickStyle}
              width={52}
              label={{ value: yLabel, angle: -90, position: 'insideLeft', offset: 4, style: { ...tickStyle, textAnchor: 'middle' } }}
            />
            <ReferenceLine y={cores} stroke={palette.ink} strokeWidth={2.5} label={{ value: names.cores, position: 'insideTopLeft', style: { fontSize: 14, fontWeight: 700, fill: palette.ink } }} />
            <Line dataKey="ideal" name={names.ideal} stroke={palette.muted} strokeDasharray="6 5" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line dataKey="threads" name={names.threads} stroke={palette.thread} strokeWidth={3} dot={{ r: 6, fill: palette.thread }} isAnimationActive={false} connectNulls={false} />
            <Line
              dataKey="processes"
              name={names.processes}
              stroke={palette.process}
              strokeWidth={3}
              strokeDasharray="10 3"
              dot={{ r: 6, fill: palette.paper, stroke: palette.process, strokeWidth: 3 }}
              isAnimationActive={false}
              connectNulls={false}
            />
            <Legend verticalAlign="top" height={30} wrapperStyle={{ fontSize: 14 }} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartExport rows={points} />
    </figure>
  );
}
