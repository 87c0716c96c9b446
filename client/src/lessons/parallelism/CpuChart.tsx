/**
 * CPU time of each unit, stacked per configuration, with the configuration's
 * wall-clock time as a dot (lazy-loaded with recharts). A stack taller than
 * its dot means units ran at the same time on different cores.
 */
import { Bar, CartesianGrid, Cell, ComposedChart, ResponsiveContainer, Scatter, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { palette } from '../../stage/palette.js';
import { maxUnits, type CpuBar } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type CpuChartProps = {
  bars: readonly CpuBar[];
  barName(bar: CpuBar): string;
  title: string;
  axisLabel: string;
  note: string;
  wallName: string;
  format(ms: number): string;
};

const tickStyle = { fontSize: 14, fill: palette.ink };
const shades = { baseline: [palette.muted], threads: [palette.thread, '#d9a250'], processes: [palette.process, '#5fa2d4'] } as const;

export default function CpuChart({ bars, barName, title, axisLabel, note, wallName, format }: CpuChartProps) {
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const crowded = boxWidth > 0 && (boxWidth - 80) / bars.length < 56;
  const series = maxUnits(bars);
  // Every block is CPU time, the baseline's too (one grey block, when the run measured it): the note says so.
  const data = bars.map((bar) => ({
    name: barName(bar),
    kind: bar.kind,
    wall: bar.wallMs,
    ...Object.fromEntries(Array.from({ length: series }, (_, index) => [`unit${index}`, bar.units[index] ?? null])),
  }));
  return (
    <figure className="lesson-chart" data-testid="cpu-chart">
      <figcaption>{title}</figcaption>
      <div className="lesson-chart-box tall" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 10, right: 8, bottom: 4, left: 12 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} tick={tickStyle} {...(crowded ? { angle: -40, textAnchor: 'end', height: 64 } : { height: 30 })} />
            <YAxis
              tickFormatter={format}
              tick={tickStyle}
              width={60}
              label={{ value: axisLabel, angle: -90, position: 'insideLeft', offset: 0, style: { ...tickStyle, textAnchor: 'middle' } }}
            />
            {Array.from({ length: series }, (_, index) => (
              <Bar key={index} dataKey={`unit${index}`} stackId="cpu" isAnimationActive={false} stroke={palette.paper} strokeWidth={1.5}>
                {data.map((entry) => {
                  const palettes = shades[entry.kind];
                  return <Cell key={entry.name} fill={palettes[index % palettes.length]} />;
                })}
              </Bar>
            ))}
            <Scatter dataKey="wall" name={wallName} fill={palette.ink} shape="diamond" isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note">{note}</p>
      <ChartExport rows={data} />
    </figure>
  );
}
