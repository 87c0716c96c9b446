/**
 * The communication figures, shown once playback reaches the run's end: the
 * verdict, a table per channel, latency (median and p99, log scale) and
 * throughput, and the warning that sab-spin burns a core. Stable test ids:
 * verdict, result-median-<channel>, result-throughput-<channel>, spin-warning.
 */
import { lazy, Suspense } from 'react';
import type { CommunicationResult } from '../../../../shared/results/communication.js';
import type { Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useLocalized } from '../../i18n/index.js';
import { significant, us } from '../../lessonParts/figures.js';
import { VerdictBox } from '../../lessonParts/Panels.js';
import { ResultsSection } from '../../lessonParts/ResultsSection.js';
import { partsText } from '../../lessonParts/text.js';
import type { TerminalState } from '../../scene/types.js';
import { channelRows, cutChannels } from './chartData.js';
import { channelName } from './channelNames.js';
import { NativeBeside } from './NativeBeside.js';
import type { CommunicationText } from './text.js';
import { parseCommunicationResult, verdictSentence } from './verdict.js';

// recharts is large; it loads only when a result is on screen.
const ChannelBars = lazy(() => import('./ChannelBars.js'));

type Words = { text: CommunicationText; format: Formatters; language: Language };

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: Words }) {
  return (
    <ResultsSection heading={words.text.results.heading} terminal={terminal} parse={parseCommunicationResult}>
      {(result) => <CommunicationFigures result={result} words={words} />}
    </ResultsSection>
  );
}

function CommunicationFigures({ result, words }: { result: CommunicationResult; words: Words }) {
  const { text, format, language } = words;
  const parts = useLocalized(partsText);
  const r = text.results;
  const rows = channelRows(result);
  const cut = cutChannels(result);
  const spin = result.channels.some((entry) => entry.channel === 'sab-spin');
  const roundTrips = Math.max(...result.channels.map((entry) => entry.roundTrips));
  return (
    <>
      <VerdictBox sentence={verdictSentence(result, language) ?? parts.unreadable} />
      <p className="note">{r.setup({ bytes: format.integer(result.messageBytes), roundTrips: format.integer(roundTrips) })}</p>
      {cut.length > 0 && <p className="chart-warning">{r.cut({ channels: cut.map((channel) => channelName(channel, language)).join(', ') })}</p>}
      {spin && (
        <p className="chart-warning" data-testid="spin-warning">
          {r.spinWarning({ cores: format.count(result.cores, r.cores) })}
        </p>
      )}
      <div className="table-scroll-x">
        <table className="figure-table" data-testid="communication-figures">
          <thead>
            <tr>
              <th scope="col">{r.columnChannel}</th>
              <th scope="col">{r.columnBetween}</th>
              <th scope="col">{r.columnCopies}</th>
              <th scope="col">{r.columnMedian}</th>
              <th scope="col">{r.columnP99}</th>
              <th scope="col">{r.columnThroughput}</th>
            </tr>
          </thead>
          <tbody>
            {result.channels.map((entry) => (
              <tr key={entry.channel}>
                <th scope="row">{entry.channel}</th>
                <td className="text-cell">{r.between[entry.between]}</td>
                <td className="text-cell">{r.copies[entry.copies]}</td>
                <td data-testid={`result-median-${entry.channel}`}>{us(format, entry.latencyMedianUs)}</td>
                <td>{us(format, entry.latencyP99Us)}</td>
                <td data-testid={`result-throughput-${entry.channel}`}>{significant(format, entry.throughputMBps)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NativeBeside result={result} text={text} format={format} />
      <div className="lesson-charts">
        <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
          <ChannelBars
            testId="latency-chart"
            rows={rows}
            value="medianUs"
            withP99
            title={r.latencyTitle}
            axisLabel={r.latencyAxis}
            note={r.latencyNote}
            format={(value) => significant(format, value)}
          />
        </Suspense>
        <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
          <ChannelBars testId="throughput-chart" rows={rows} value="mbps" withP99={false} title={r.throughputTitle} axisLabel={r.throughputAxis} format={(value) => significant(format, value)} />
        </Suspense>
      </div>
    </>
  );
}
