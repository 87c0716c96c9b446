/**
 * The backend figures, shown once playback reaches the run's end: the
 * verdict; per architecture throughput, latency and the real ids that served;
 * the fault's failed requests and recovery; the network hop; the charts; and
 * "when to use which" with this run's figures. Stable test ids: verdict,
 * result-throughput-<side>, result-median-<side>, result-failed-<side>,
 * result-recovery-<side>, result-hop-median, result-local-median.
 */
import { lazy, Suspense } from 'react';
import type { BackendResult } from '../../../../shared/results/backend.js';
import type { Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useLocalized } from '../../i18n/index.js';
import { VerdictBox } from '../../lessonKit/TextPanels.js';
import { significant, times } from '../../lessonParts/figures.js';
import { ResultsSection } from '../../lessonParts/ResultsSection.js';
import { partsText } from '../../lessonParts/text.js';
import type { TerminalState } from '../../scene/types.js';
import { architectureRows, faultRows, hopRatio, timelineRows } from './chartData.js';
import { resultsText, type BackendResultsText } from './resultsText.js';
import { SideTable } from './SideTable.js';
import { parseBackendResult, rate, verdictSentence } from './verdict.js';
import { WhenToUse } from './WhenToUse.js';
// The chart boxes' sizes (.lesson-charts, .lesson-chart-box) live with the shared result parts.
import '../../lessonParts/lessonParts.css';

// recharts is large; it loads only when a result is on screen.
const BackendCharts = lazy(() => import('./BackendCharts.js'));

type Words = { format: Formatters; language: Language };
const sides = ['pool', 'cluster'] as const;

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: Words }) {
  const r = useLocalized(resultsText);
  return (
    <ResultsSection heading={r.heading} terminal={terminal} parse={parseBackendResult}>
      {(result) => <BackendFigures result={result} words={words} r={r} />}
    </ResultsSection>
  );
}

function BackendFigures({ result, words, r }: { result: BackendResult; words: Words; r: BackendResultsText }) {
  const { format, language } = words;
  const parts = useLocalized(partsText);
  const ms = (value: number) => significant(format, value);
  const servedBy = (side: 'pool' | 'cluster') => {
    const workers = result[side].measured.workers;
    return side === 'pool'
      ? r.tidList({ pid: format.osId(result.pool.pid), tids: workers.map((worker) => `${format.osId(worker.tid)} (${format.integer(worker.served)})`).join(', ') })
      : r.pidList({ pids: workers.map((worker) => `${format.osId(worker.pid)} (${format.integer(worker.served)})`).join(', ') });
  };
  const ratio = hopRatio(result);
  const { fault } = result;
  return (
    <>
      <VerdictBox heading={parts.verdictHeading} sentence={verdictSentence(result, language) ?? parts.unreadable} />
      <p className="note">
        {r.loadNote({ requests: format.integer(result.pool.measured.requests), concurrency: format.integer(result.concurrency), primes: format.integer(result.jobPrimesBelow) })}
      </p>
      <SideTable
        testId="backend-load-figures"
        corner={r.columnArchitecture}
        sides={sides}
        sideLabel={(side) => r[side]}
        rows={[
          { label: r.columnThroughput, cell: (side) => ({ value: rate(format, result[side].measured.throughputPerSec), testId: `result-throughput-${side}` }) },
          { label: r.columnMedian, cell: (side) => ({ value: ms(result[side].measured.latencyMs.median), testId: `result-median-${side}` }) },
          { label: r.columnP99, cell: (side) => ({ value: ms(result[side].measured.latencyMs.p99) }) },
          { label: r.columnFailed, cell: (side) => ({ value: format.integer(result[side].measured.failed) }) },
          { label: r.columnWorkers, cell: (side) => ({ value: servedBy(side) }), wrap: true },
        ]}
      />
      {fault && (
        <>
          <h3>{r.faultHeading}</h3>
          <p className="note">{r.faultNote({ window: format.integer(fault.windowMs) })}</p>
          <SideTable
            testId="backend-fault-figures"
            corner={r.columnArchitecture}
            sides={sides}
            sideLabel={(side) => r[side]}
            rows={[
              {
                label: r.columnDied,
                cell: (side) => ({ value: `PID ${format.osId(fault[side].deadProcess.pid)} · ${fault[side].deadProcess.signal ?? fault[side].deadProcess.code ?? '?'}` }),
                wrap: true,
              },
              { label: r.columnTotal, cell: (side) => ({ value: format.integer(fault[side].total) }) },
              { label: r.columnFailed, cell: (side) => ({ value: format.integer(fault[side].failed), testId: `result-failed-${side}` }) },
              { label: r.columnInFlight, cell: (side) => ({ value: format.integer(fault[side].failedInFlight) }) },
              { label: r.columnAfter, cell: (side) => ({ value: format.integer(fault[side].failedAfter) }) },
              { label: r.columnWhileRecovering, cell: (side) => ({ value: format.integer(fault[side].okWhileRecovering) }) },
              {
                label: r.columnRecovery,
                cell: (side) => {
                  const recovery = fault[side].recoveryMs;
                  return { value: recovery === null ? r.notBack : ms(recovery), testId: `result-recovery-${side}` };
                },
              },
            ]}
          />
        </>
      )}
      <h3>{r.hopHeading}</h3>
      <p className="note">{r.hopNote({ hops: format.integer(result.microservices.hops) })}</p>
      <div className="table-scroll-x">
        <table className="figure-table wrap-rows" data-testid="backend-hop-figures">
          <thead>
            <tr>
              <th scope="col">{r.columnPath}</th>
              <th scope="col">{r.columnMedianUs}</th>
              <th scope="col">{r.columnP99Us}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{r.hopRow}</th>
              <td data-testid="result-hop-median">{significant(format, result.microservices.hopUs.median)}</td>
              <td>{significant(format, result.microservices.hopUs.p99)}</td>
            </tr>
            <tr>
              <th scope="row">{r.localRow}</th>
              <td data-testid="result-local-median">{significant(format, result.microservices.inProcessUs.median)}</td>
              <td>{significant(format, result.microservices.inProcessUs.p99)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      {ratio !== undefined && <p className="note">{r.hopRatio({ times: times(format, ratio) })}</p>}
      <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
        <BackendCharts
          architectures={architectureRows(result)}
          faults={faultRows(result)}
          timeline={timelineRows(result)}
          binMs={fault?.binMs ?? 0}
          text={r}
          format={(value) => significant(format, value)}
        />
      </Suspense>
      <WhenToUse result={result} format={format} r={r} />
    </>
  );
}
