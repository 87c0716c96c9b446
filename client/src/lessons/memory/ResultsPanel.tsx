/**
 * The measured figures, read back from real memory by the run (parentX, each
 * child's x, sharedX vs expectedSharedX), shown once playback reaches the
 * run's end. Stable test ids: result-parent-x, result-child-x-<actor>,
 * result-shared-x, result-expected-shared-x.
 */
import { Icon } from '../../app/Icon.js';
import { lazy, Suspense } from 'react';
import { memoryResultSchema } from '../../../../shared/experiments.js';
import { nativeMemoryResultSchema } from '../../../../shared/results/nativeMemory.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { actorName } from '../../lessonKit/actorNames.js';
import type { TerminalState } from '../../scene/types.js';
import { NativeDetails } from './NativeDetails.js';
import type { MemoryText } from './text.js';

// recharts is large; it loads only when a result is on screen.
const ResultsChart = lazy(() => import('./ResultsChart.js'));

type ResultsPanelProps = {
  terminal: TerminalState;
  words: { t: Dictionary; text: MemoryText; format: Formatters };
};

export function ResultsPanel({ terminal, words }: ResultsPanelProps) {
  return (
    <section className="panel results" aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{words.text.results.heading}</h2>
      <ResultsBody terminal={terminal} words={words} />
    </section>
  );
}

function ResultsBody({ terminal: state, words }: ResultsPanelProps) {
  const { t, text, format } = words;
  if (state.state === 'running') return <p className="muted">{text.results.waiting}</p>;
  if (state.state === 'failed') {
    return (
      <p className="error-text" data-testid="result-error">
        <Icon name="warning" /> {text.results.failed({ error: state.error })}
      </p>
    );
  }
  const parsed = memoryResultSchema.safeParse(state.result);
  if (!parsed.success) return <p className="error-text">{text.results.unreadable}</p>;
  const result = parsed.data;
  // Present only when the run used the native engine (the C program).
  const native = nativeMemoryResultSchema.safeParse(state.result);
  const isolated = result.parentX === 0;
  const noneLost = result.sharedX === result.expectedSharedX;
  const bars = [
    { name: text.results.parentBar, value: result.parentX, kind: 'parent' as const },
    ...result.children.map((child) => ({ name: actorName(t, child.actor), value: child.x, kind: 'child' as const })),
    { name: text.results.sharedBar, value: result.sharedX, kind: 'shared' as const },
  ];
  return (
    <>
      <dl className="figures">
        <div>
          <dt>{text.results.parentX({ pid: format.osId(result.parentPid) })}</dt>
          <dd data-testid="result-parent-x">{format.decimal(result.parentX, 3)}</dd>
        </div>
        {result.children.map((child) => (
          <div key={child.actor}>
            <dt>{text.results.childX({ child: actorName(t, child.actor), pid: format.osId(child.pid) })}</dt>
            <dd data-testid={`result-child-x-${child.actor}`}>{format.decimal(child.x, 3)}</dd>
          </div>
        ))}
        <div className="figure-shared">
          <dt>{text.results.sharedX({ pid: format.osId(result.threadedPid) })}</dt>
          <dd data-testid="result-shared-x">{format.decimal(result.sharedX, 3)}</dd>
        </div>
        <div>
          <dt>{text.results.expectedSharedX}</dt>
          <dd data-testid="result-expected-shared-x">{format.decimal(result.expectedSharedX, 3)}</dd>
        </div>
      </dl>
      <ul className="verdicts">
        <li className={isolated ? 'ok' : 'bad'}>
          <Icon name={isolated ? 'check' : 'cross'} />{' '}
          {isolated ? text.results.isolated : text.results.notIsolated}
        </li>
        <li className={noneLost ? 'ok' : 'bad'}>
          <Icon name={noneLost ? 'check' : 'cross'} />{' '}
          {noneLost ? text.results.shared : text.results.lost}
        </li>
      </ul>
      {native.success && <NativeDetails result={native.data} words={words} />}
      <Suspense fallback={<div className="chart-placeholder" />}>
        <ResultsChart bars={bars} title={text.results.chartTitle} axisLabel={text.results.chartAxis} format={format.integer} />
      </Suspense>
    </>
  );
}
