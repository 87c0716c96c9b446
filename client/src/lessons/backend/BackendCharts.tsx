/**
 * The backend lesson's charts (lazy-loaded with recharts): latency and
 * throughput per architecture, failed requests and recovery time per side,
 * and answers vs failures over the fault window.
 */
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartExport } from '../../lessonKit/ChartExport.js';
import { palette } from '../../stage/palette.js';
import type { ArchitectureRow, FaultRow, TimelineRow } from './chartData.js';
import type { BackendResultsText } from './resultsText.js';

type ChartsProps = {
  architectures: readonly ArchitectureRow[];
  faults: readonly FaultRow[];
  timeline: readonly TimelineRow[];
  binMs: number;
  text: BackendResultsText;
  format(value: number): string;
};

const tickStyle = { fontSize: 14, fill: palette.ink };
const axisLabel = (value: string) => ({ value, angle: -90, position: 'insideLeft' as const, offset: 0, style: { ...tickStyle, textAnchor: 'middle' as const } });

export default function BackendCharts({ architectures, faults, timeline, binMs, text, format }: ChartsProps) {
  const named = architectures.map((row) => ({ ...row, name: text[row.architecture] }));
  const faultNamed = faults.map((row) => ({ ...row, name: text[row.architecture], recovery: row.recoveryMs }));
  return (
    <div className="lesson-charts">
      <figure className="lesson-chart" data-testid="latency-chart">
        <figcaption>{text.latencyTitle}</figcaption>
        <div className="lesson-chart-box">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={named} margin={{ top: 10, right: 8, bottom: 4, left: 12 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={tickStyle} />
              <YAxis tickFormatter={format} tick={tickStyle} width={60} label={axisLabel(text.latencyAxis)} />
              <Tooltip formatter={(value) => `${format(Number(value))} ms`} />
              <Legend />
              <Bar dataKey="median" name={text.median} fill={palette.process} isAnimationActive={false} />
              <Bar dataKey="p99" name={text.p99} fill={palette.thread} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <p className="chart-note">{text.latencyNote}</p>
        <ChartExport rows={named} />
      </figure>
      <figure className="lesson-chart" data-testid="throughput-chart">
        <figcaption>{text.throughputTitle}</figcaption>
        <div className="lesson-chart-box">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={named} margin={{ top: 10, right: 8, bottom: 4, left: 12 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="name" tick={tickStyle} />
              <YAxis tickFormatter={format} tick={tickStyle} width={64} label={axisLabel(text.throughputAxis)} />
              <Tooltip formatter={(value) => `${format(Number(value))} req/s`} />
              <Bar dataKey="throughput" name={text.throughputAxis} fill={palette.read} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <ChartExport rows={named} />
      </figure>
      {faultNamed.length > 0 && (
        <>
          <figure className="lesson-chart" data-testid="failed-chart">
            <figcaption>{text.failedTitle}</figcaption>
            <div className="lesson-chart-box">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={faultNamed} margin={{ top: 10, right: 8, bottom: 4, left: 12 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={tickStyle} />
                  <YAxis allowDecimals={false} tick={tickStyle} width={56} label={axisLabel(text.failedAxis)} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="inFlight" name={text.inFlight} stackId="failed" fill={palette.write} isAnimationActive={false} />
                  <Bar dataKey="after" name={text.after} stackId="failed" fill={palette.message} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <ChartExport rows={faultNamed} />
          </figure>
          <figure className="lesson-chart" data-testid="recovery-chart">
            <figcaption>{text.recoveryTitle}</figcaption>
            <div className="lesson-chart-box">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart data={faultNamed} margin={{ top: 10, right: 8, bottom: 4, left: 12 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="name" tick={tickStyle} />
                  <YAxis tickFormatter={format} tick={tickStyle} width={60} label={axisLabel(text.recoveryAxis)} />
                  <Tooltip formatter={(value) => `${format(Number(value))} ms`} />
                  <Bar dataKey="recovery" name={text.recoveryAxis} fill={palette.muted} isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <ChartExport rows={faultNamed} />
          </figure>
          <figure className="lesson-chart" data-testid="timeline-chart">
            <figcaption>{text.timelineTitle({ bin: String(binMs) })}</figcaption>
            <div className="lesson-chart-box tall">
              <ResponsiveContainer width="100%" height="100%">
                <LineChart data={[...timeline]} margin={{ top: 10, right: 8, bottom: 18, left: 12 }}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="fromMs" tick={tickStyle} label={{ value: text.timeAxis, position: 'insideBottom', offset: -10, style: tickStyle }} />
                  <YAxis allowDecimals={false} tick={tickStyle} width={56} label={axisLabel(text.timelineAxis)} />
                  <Tooltip />
                  <Legend verticalAlign="top" />
                  <Line dataKey="poolOk" name={text.poolOk} stroke={palette.thread} strokeWidth={2.5} dot={false} isAnimationActive={false} />
                  <Line dataKey="poolFailed" name={text.poolFailed} stroke={palette.write} strokeWidth={2.5} strokeDasharray="6 4" dot={false} isAnimationActive={false} />
                  <Line dataKey="clusterOk" name={text.clusterOk} stroke={palette.process} strokeWidth={2.5} dot={false} isAnimationActive={false} />
                  <Line dataKey="clusterFailed" name={text.clusterFailed} stroke={palette.message} strokeWidth={2.5} strokeDasharray="2 4" dot={false} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
            <ChartExport rows={timeline} />
          </figure>
        </>
      )}
    </div>
  );
}
