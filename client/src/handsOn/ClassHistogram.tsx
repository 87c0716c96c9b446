/**
 * One class-wall histogram (lazy-loaded, so recharts stays out of the first
 * page): one bar per bin of the class's runs. The bin holding the median is
 * hatched and labelled "median" as well as coloured, so colour is never the
 * only cue. Ticks and labels are large enough to read across a room.
 */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { palette } from '../stage/palette.js';
import type { Bin } from './histogram.js';

type ClassHistogramProps = {
  bins: readonly Bin[];
  axisLabel: string;
  runsLabel: string;
  medianLabel: string;
  /** Shorter on a student's compact summary; larger type when projected. */
  size?: 'compact' | 'normal' | 'projected';
};

const fontSizes = { compact: 13, normal: 15, projected: 19 } as const;

export function ClassHistogram({ bins, axisLabel, runsLabel, medianLabel, size = 'normal' }: ClassHistogramProps) {
  const compact = size === 'compact';
  // The bar's own label carries "median", so the words never depend on matching a label to its bar by index.
  const rows = bins.map((bin) => ({
    label: bin.label,
    count: bin.count,
    median: bin.hasMedian,
    barLabel: bin.count === 0 ? '' : bin.hasMedian ? `${bin.count} · ${medianLabel}` : String(bin.count),
  }));
  const fontSize = fontSizes[size];
  return (
    <div className={`class-chart-box ${size}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 26, right: 8, bottom: 4, left: 4 }} barCategoryGap="12%">
          <defs>
            <pattern id="class-median-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="8" height="8" fill={palette.write} />
              <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.55" strokeWidth="3" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="label"
            interval="preserveStartEnd"
            tick={{ fontSize, fill: palette.ink }}
            height={fontSize * 2}
          />
          <YAxis
            allowDecimals={false}
            width={fontSize * 3.4}
            tick={{ fontSize, fill: palette.ink }}
            label={{ value: runsLabel, angle: -90, position: 'insideLeft', offset: 8, style: { fontSize, fill: palette.ink, textAnchor: 'middle' } }}
          />
          <Bar dataKey="count" name={runsLabel} stroke={palette.ink} strokeWidth={1} isAnimationActive={false} minPointSize={0}>
            {rows.map((row) => (
              <Cell key={row.label} fill={row.median ? 'url(#class-median-hatch)' : palette.process} />
            ))}
            <LabelList dataKey="barLabel" position="top" style={{ fontSize, fontWeight: 700, fill: palette.ink }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      {/* The axis's name in HTML, so it wraps on a phone instead of being cut off. */}
      <p className="class-axis" style={{ fontSize }}>
        {axisLabel}
      </p>
    </div>
  );
}

export default ClassHistogram;
