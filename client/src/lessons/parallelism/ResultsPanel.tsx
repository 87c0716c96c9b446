/**
 * The parallelism figures, shown once playback reaches the run's end: the
 * verdict, a table of wall times and speedups, the speedup chart with the
 * core ceiling, and CPU time per unit. Stable test ids: verdict,
 * result-cores, result-baseline-ms, result-speedup-<threads|processes>-<n>.
 */
import { lazy, Suspense } from 'react';
import type { ParallelismResult } from '../../../../shared/results/parallelism.js';
import type { Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useLocalized } from '../../i18n/index.js';
import { significant, times } from '../../lessonParts/figures.js';
import { VerdictBox } from '../../lessonParts/Panels.js';
import { ResultsSection } from '../../lessonParts/ResultsSection.js';
import { partsText } from '../../lessonParts/text.js';
import type { TerminalState } from '../../scene/types.js';
import { amdahlSentence } from './amdahl.js';
import { cpuBars, speedupPoints, type CpuBar } from './chartData.js';
import type { ParallelismText } from './text.js';
import { parseParallelismResult, verdictSentence } from './verdict.js';

// recharts is large; it loads only when a result is on screen.
const SpeedupChart = lazy(() => import('./SpeedupChart.js'));
const CpuChart = lazy(() => import('./CpuChart.js'));

type Words = { text: ParallelismText; format: Formatters; language: Language };

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: Words }) {
  return (
    <ResultsSection heading={words.text.results.heading} terminal={terminal} parse={parseParallelismResult}>
      {(result) => <ParallelismFigures result={result} words={words} />}
    </ResultsSection>
  );
}

function ParallelismFigures({ result, words }: { result: ParallelismResult; words: Words }) {
  const { text, format, language } = words;
  const parts = useLocalized(partsText);
  const r = text.results;
  const ms = (value: number) => significant(format, value);
  const amdahl = amdahlSentence(result, text, format);
  const ns = [...new Set([...result.threads, ...result.processes].map((entry) => entry.n))].sort((a, b) => a - b);
  const barName = (bar: CpuBar) =>
    bar.kind === 'baseline' ? r.baselineBar : bar.kind === 'threads' ? r.barThreads({ n: format.integer(bar.n) }) : r.barProcesses({ n: format.integer(bar.n) });
  return (
    <>
      <VerdictBox sentence={verdictSentence(result, language) ?? parts.unreadable} />
      <p className="note">
        {r.job({ primes: format.integer(result.primeCount), below: format.integer(result.primesBelow), baselineMs: ms(result.baselineMs) })}{' '}
        <span data-testid="result-cores" data-cores={result.cores}>
          {text.cores.title({ n: format.integer(result.cores) })}.
        </span>
      </p>
      {result.cutForTime && <p className="chart-warning">{parts.cutForTime}</p>}
      <p className="note">{r.tableNote}</p>
      <div className="table-scroll-x">
        <table className="figure-table" data-testid="parallelism-figures">
          <thead>
            <tr>
              <th scope="col">{r.columnN}</th>
              <th scope="col">{r.columnThreadWall}</th>
              <th scope="col">{r.columnThreadSpeedup}</th>
              <th scope="col">{r.columnProcessWall}</th>
              <th scope="col">{r.columnProcessSpeedup}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{text.rowBaseline}</th>
              <td data-testid="result-baseline-ms">{ms(result.baselineMs)}</td>
              <td>1×</td>
              <td />
              <td />
            </tr>
            {ns.map((n) => {
              const thread = result.threads.find((entry) => entry.n === n);
              const process = result.processes.find((entry) => entry.n === n);
              return (
                <tr key={n}>
                  <th scope="row">{format.integer(n)}</th>
                  <td>{thread ? ms(thread.wallMs) : '–'}</td>
                  <td data-testid={`result-speedup-threads-${n}`}>{thread ? `${times(format, thread.speedup)}×` : '–'}</td>
                  <td>{process ? ms(process.wallMs) : '–'}</td>
                  <td data-testid={`result-speedup-processes-${n}`}>{process ? `${times(format, process.speedup)}×` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {amdahl && (
        <p className="note" data-testid="amdahl">
          {amdahl}
        </p>
      )}
      <div className="lesson-charts">
        <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
          <SpeedupChart
            points={speedupPoints(result)}
            cores={result.cores}
            names={{ threads: r.lineThreads, processes: r.lineProcesses, ideal: r.lineIdeal, cores: r.coresLine({ n: format.integer(result.cores) }) }}
            title={r.speedupTitle}
            xLabel={r.unitsAxis}
            yLabel={r.speedupAxis}
            format={(value) => format.decimal(value, 1)}
          />
        </Suspense>
        <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
          <CpuChart bars={cpuBars(result)} barName={barName} title={r.cpuTitle} axisLabel={r.cpuAxis} note={r.cpuNote} wallName={r.wall} format={(value) => format.integer(value)} />
        </Suspense>
      </div>
    </>
  );
}
