/**
 * Bar chart of heartbeats after the failure, one bar per actor of both sides
 * (lazy-loaded: recharts stays out of the first page). Processes are solid,
 * threads hatched like their lanes, the failed actor grey and dashed like its
 * dead box; every bar carries its number, and a zero is drawn as a sliver
 * labelled 0 rather than left out.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useElementWidth } from '../../lessonKit/useElementWidth.js';
import { palette } from '../../stage/palette.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

export type ChartBar = { name: string; beats: number; side: 'process' | 'thread'; victim: boolean };

type BeatsChartProps = {
  bars: readonly ChartBar[];
  title: string;
  axisLabel: string;
  note: string;
  legend: { process: string; thread: string; failed: string };
  format(value: number): string;
};

const FLAT_LABEL_WIDTH = 96;

function fillOf(bar: ChartBar): string {
  if (bar.victim) return palette.exitedFill;
  return bar.side === 'process' ? palette.process : 'url(#crash-thread-hatch)';
}

export default function BeatsChart({ bars, title, axisLabel, note, legend, format }: BeatsChartProps) {
  const [boxRef, boxWidth] = useElementWidth<HTMLDivElement>();
  const crowded = boxWidth > 0 && (boxWidth - 80) / Math.max(1, bars.length) < FLAT_LABEL_WIDTH;
  return (
    <figure className="kit-chart" data-testid="beats-chart">
      <figcaption>{title}</figcaption>
      <div className="kit-chart-box" ref={boxRef}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...bars]} margin={{ top: 26, right: 8, bottom: 4, left: 16 }}>
            <defs>
              <pattern id="crash-thread-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="8" height="8" fill={palette.thread} />
                <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.45" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" interval={0} tick={{ fontSize: 14, fill: palette.ink }} {...(crowded ? { angle: -35, textAnchor: 'end', height: 84 } : { height: 30 })} />
            <YAxis
              allowDecimals={false}
              width={56}
              tick={{ fontSize: 14, fill: palette.ink }}
              tickFormatter={format}
              label={{ value: axisLabel, angle: -90, position: 'insideLeft', offset: 0, style: { fontSize: 14, fill: palette.ink, textAnchor: 'middle' } }}
            />
            <Bar dataKey="beats" isAnimationActive={false} minPointSize={3}>
              {bars.map((bar) => (
                <Cell key={bar.name} fill={fillOf(bar)} stroke={bar.victim ? palette.exited : palette.ink} strokeWidth={bar.victim ? 2 : 1} strokeDasharray={bar.victim ? '5 3' : undefined} />
              ))}
              <LabelList dataKey="beats" position="top" formatter={(value: unknown) => (typeof value === 'number' ? format(value) : '')} style={{ fontSize: 15, fontWeight: 700, fill: palette.ink }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note">
        <span className="crash-key crash-key-process" /> {legend.process} <span className="crash-key crash-key-thread" /> {legend.thread}{' '}
        <span className="crash-key crash-key-failed" /> {legend.failed}. {note}
      </p>
      <ChartExport rows={bars} />
    </figure>
  );
}
