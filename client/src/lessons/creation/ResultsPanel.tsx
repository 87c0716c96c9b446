/**
 * The creation figures, shown once playback reaches the run's end: the
 * verdict, a table of medians and memory, every time sample as a dot, and
 * the memory bars with why RSS misleads. Stable test ids: verdict,
 * result-ready-median-<kind>, result-exit-median-<kind>, result-private-<kind>,
 * result-pss-process, result-rss-process.
 */
import { lazy, Suspense } from 'react';
import type { CreationResult } from '../../../../shared/results/creation.js';
import { median } from '../../../../shared/stats.js';
import type { Language } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useLocalized } from '../../i18n/index.js';
import { mbFromKb, msFromUs, significant } from '../../lessonParts/figures.js';
import { VerdictBox } from '../../lessonParts/Panels.js';
import { ResultsSection } from '../../lessonParts/ResultsSection.js';
import { partsText } from '../../lessonParts/text.js';
import type { TerminalState } from '../../scene/types.js';
import { memoryBars, timeStrips } from './chartData.js';
import { NativeBeside } from './NativeBeside.js';
import type { CreationText } from './text.js';
import { parseCreationResult, verdictSentence } from './verdict.js';

// recharts is large; it loads only when a result is on screen.
const TimesChart = lazy(() => import('./TimesChart.js'));
const MemoryChart = lazy(() => import('./MemoryChart.js'));

type Words = { text: CreationText; format: Formatters; language: Language };

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: Words }) {
  return (
    <ResultsSection heading={words.text.results.heading} terminal={terminal} parse={parseCreationResult}>
      {(result) => <CreationFigures result={result} words={words} />}
    </ResultsSection>
  );
}

function CreationFigures({ result, words }: { result: CreationResult; words: Words }) {
  const { text, format, language } = words;
  const parts = useLocalized(partsText);
  const r = text.results;
  const sides = [
    { kind: 'thread', name: r.rowThread, side: result.threads, private: result.verdict.threadPrivateKb },
    { kind: 'process', name: r.rowProcess, side: result.processes, private: result.verdict.processPrivateKb },
  ] as const;
  const mb = (kb: number) => (Number.isFinite(kb) ? mbFromKb(format, kb) : '–');
  const { points, medians } = timeStrips(result);
  return (
    <>
      <VerdictBox sentence={verdictSentence(result, language) ?? parts.unreadable} />
      <p className="note">{r.samples({ samples: format.integer(result.threads.readyUs.length), repeats: format.integer(result.measuredRepeats ?? Math.round(result.threads.readyUs.length / Math.max(1, result.units))), units: format.integer(result.units) })}</p>
      {result.cutForTime && <p className="chart-warning">{parts.cutForTime}</p>}
      <div className="table-scroll-x">
        <table className="figure-table" data-testid="creation-figures">
          <thead>
            <tr>
              <th scope="col">{r.columnKind}</th>
              <th scope="col">{r.columnReadyMedian}</th>
              <th scope="col">{r.columnReadyP99}</th>
              <th scope="col">{r.columnExitMedian}</th>
              <th scope="col">{r.columnPrivate}</th>
              <th scope="col">{r.columnPss}</th>
              <th scope="col">{r.columnRss}</th>
            </tr>
          </thead>
          <tbody>
            {sides.map(({ kind, name, side, private: privateKb }) => (
              <tr key={kind}>
                <th scope="row">{name}</th>
                <td data-testid={`result-ready-median-${kind}`}>{msFromUs(format, side.readyMedianUs)}</td>
                <td>{msFromUs(format, side.readyP99Us)}</td>
                <td data-testid={`result-exit-median-${kind}`}>{msFromUs(format, side.exitMedianUs)}</td>
                <td data-testid={`result-private-${kind}`}>{mb(privateKb)}</td>
                {/* A thread's PSS and RSS growth say little (it has no pages of its own); shown for completeness. */}
                <td data-testid={kind === 'process' ? 'result-pss-process' : undefined}>{mb(median(side.pssKb))}</td>
                <td data-testid={kind === 'process' ? 'result-rss-process' : undefined}>{mb(median(side.rssKb))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NativeBeside result={result} text={text} format={format} />
      <div className="lesson-charts">
        <Suspense fallback={<div className="lesson-chart-box tall" aria-busy="true" />}>
          <TimesChart
            points={points}
            medians={medians}
            rowLabels={{ threadReady: r.rowThreadReady, processReady: r.rowProcessReady, threadExit: r.rowThreadExit, processExit: r.rowProcessExit }}
            title={r.timesTitle}
            axisLabel={r.timesAxis}
            note={r.timesNote}
            medianLabel={(ms) => r.median({ ms: significant(format, ms) })}
            formatTick={(ms) => format.decimal(ms, 3)}
          />
        </Suspense>
        <div>
          <Suspense fallback={<div className="lesson-chart-box" aria-busy="true" />}>
            <MemoryChart
              bars={memoryBars(result)}
              names={{ processPrivate: r.barProcessPrivate, processPss: r.barProcessPss, processRss: r.barProcessRss, threadPrivate: r.barThreadPrivate }}
              title={r.memoryTitle}
              axisLabel={r.memoryAxis}
              format={(value) => format.decimal(value, 1)}
            />
          </Suspense>
          <ul className="memory-explain">
            {r.memoryExplain.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
    </>
  );
}
