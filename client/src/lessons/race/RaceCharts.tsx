/**
 * The measure-mode charts (lazy-loaded: recharts stays out of the first
 * page): lost updates in every repeat, and time per increment in every
 * repeat, for plain, Atomics.add and the lock. Every repeat is its own bar;
 * a zero is drawn as a thin bar labelled 0, never left out. The variants
 * differ by pattern as well as colour.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { raceVariants } from '../../../../shared/results/race.js';
import { palette } from '../../stage/palette.js';
import type { RepeatRow } from './chartData.js';
import { ChartExport } from '../../lessonKit/ChartExport.js';

type ChartProps = {
  rows: readonly RepeatRow[];
  title: string;
  axisLabel: string;
  repeatLabel: string;
  note: string;
  variantLabels: Readonly<Record<string, string>>;
  /** Short numbers for ticks and bar labels. */
  format(value: number): string;
  testId: string;
};

const fills: Record<(typeof raceVariants)[number], string> = {
  plain: palette.write,
  atomic: 'url(#race-atomic-hatch)',
  lock: 'url(#race-lock-dots)',
};

/** Bar labels only while they fit: with many repeats the bars carry no numbers (the table has them). */
const MAX_LABELLED_REPEATS = 6;

function Patterns() {
  return (
    <defs>
      <pattern id="race-atomic-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="8" height="8" fill={palette.read} />
        <line x1="0" y1="0" x2="0" y2="8" stroke="#ffffff" strokeOpacity="0.5" strokeWidth="3" />
      </pattern>
      <pattern id="race-lock-dots" width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill={palette.process} />
        <circle cx="3.5" cy="3.5" r="1.4" fill="#ffffff" fillOpacity="0.6" />
      </pattern>
    </defs>
  );
}

export function RepeatChart({ rows, title, axisLabel, repeatLabel, note, variantLabels, format, testId }: ChartProps) {
  const labelled = rows.length <= MAX_LABELLED_REPEATS;
  return (
    <figure className="kit-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <div className="kit-chart-box">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={[...rows]} margin={{ top: 24, right: 8, bottom: 4, left: 18 }} barCategoryGap="18%">
            <Patterns />
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="repeat" tick={{ fontSize: 14, fill: palette.ink }} label={{ value: repeatLabel, position: 'insideBottom', offset: -2, style: { fontSize: 14, fill: palette.ink } }} height={40} />
            <YAxis
              width={64}
              tick={{ fontSize: 14, fill: palette.ink }}
              tickFormatter={format}
              label={{ value: axisLabel, angle: -90, position: 'insideLeft', offset: -4, style: { fontSize: 14, fill: palette.ink, textAnchor: 'middle' } }}
            />
            <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 14 }} itemSorter={null} />
            {raceVariants.map((variant) => (
              <Bar key={variant} dataKey={variant} name={variantLabels[variant] ?? variant} fill={fills[variant]} stroke={palette.ink} strokeWidth={1} minPointSize={2} isAnimationActive={false}>
                {labelled && (
                  <LabelList dataKey={variant} position="top" formatter={(value: unknown) => (typeof value === 'number' ? format(value) : '')} style={{ fontSize: 13, fontWeight: 700, fill: palette.ink }} />
                )}
              </Bar>
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-note">{note}</p>
      <ChartExport rows={rows} />
    </figure>
  );
}

export default RepeatChart;
