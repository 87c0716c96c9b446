/**
 * The race run's measured outcome, once playback reaches the end. Measure
 * mode: the verdict, the slowdown of the safe variants, both charts and the
 * separate processes' counts. Step mode: x against what was expected.
 * Stable test ids: verdict, result-x, result-expected, result-lost, result-process-<actor>.
 */
import { lazy, Suspense } from 'react';
import type { RaceMeasureResult, RaceStepResult } from '../../../../shared/results/race.js';
import { Icon } from '../../app/Icon.js';
import { actorName } from '../../lessonKit/actorNames.js';
import { countShort } from '../../lessonKit/numbers.js';
import { VerdictBox } from '../../lessonKit/TextPanels.js';
import type { TerminalState } from '../../scene/types.js';
import type { RaceWords } from './callouts.js';
import { anyCutForTime, lostRows, timeRows } from './chartData.js';
import { parseRaceResult, verdictSentence } from './verdict.js';

// recharts is large; it loads only when a result is on screen.
const RepeatChart = lazy(() => import('./RaceCharts.js'));

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: RaceWords }) {
  return (
    <section className="panel results" aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{words.results.results.heading}</h2>
      <ResultsBody terminal={terminal} words={words} />
    </section>
  );
}

function ResultsBody({ terminal, words }: { terminal: TerminalState; words: RaceWords }) {
  const texts = words.results.results;
  if (terminal.state === 'running') return <p className="muted">{texts.waiting}</p>;
  if (terminal.state === 'failed') {
    return (
      <p className="error-text" data-testid="result-error">
        <Icon name="warning" /> {texts.failed({ error: terminal.error })}
      </p>
    );
  }
  const result = parseRaceResult(terminal.result);
  const sentence = verdictSentence(terminal.result, words.language);
  if (!result || !sentence) return <p className="error-text">{texts.unreadable}</p>;
  return result.mode === 'step' ? <StepResults result={result} sentence={sentence} words={words} /> : <MeasureResults result={result} sentence={sentence} words={words} />;
}

function StepResults({ result, sentence, words }: { result: RaceStepResult; sentence: string; words: RaceWords }) {
  const { format } = words;
  const figures = words.results.results.stepFigures;
  return (
    <>
      <VerdictBox heading={words.results.results.verdictHeading} sentence={sentence} tone={result.lost > 0 ? 'alarm' : 'ok'} />
      <dl className="figures">
        <div>
          <dt>{figures.x}</dt>
          <dd data-testid="result-x">{format.integer(result.x)}</dd>
        </div>
        <div>
          <dt>{figures.expected}</dt>
          <dd data-testid="result-expected">{format.integer(result.expected)}</dd>
        </div>
        <div>
          <dt>{figures.lost}</dt>
          <dd data-testid="result-lost">{format.integer(result.lost)}</dd>
        </div>
      </dl>
    </>
  );
}

function MeasureResults({ result, sentence, words }: { result: RaceMeasureResult; sentence: string; words: RaceWords }) {
  const { t, text, format, language } = words;
  const texts = words.results.results;
  const expected = Math.max(0, ...result.variants.flatMap((entry) => entry.rounds.map((round) => round.expected)));
  const short = (value: number) => countShort(value, language);
  return (
    <>
      <VerdictBox
        heading={texts.verdictHeading}
        sentence={sentence}
        tone={result.verdict.plainRoundsWithLoss > 0 ? 'alarm' : 'ok'}
        extra={texts.slowdown({ atomic: format.decimal(result.verdict.atomicSlowdown, 1), lock: format.decimal(result.verdict.lockSlowdown, 1) })}
      />
      {anyCutForTime(result) && <p className="kit-warning">{texts.cutForTime}</p>}
      <div className="kit-charts">
        <Suspense fallback={<div className="kit-chart-box" />}>
          <RepeatChart
            testId="lost-chart"
            rows={lostRows(result)}
            title={texts.lostChartTitle}
            axisLabel={texts.lostChartAxis}
            repeatLabel={texts.repeatAxis}
            note={texts.lostChartNote({ expected: format.integer(expected) })}
            variantLabels={text.variants}
            format={short}
          />
          <RepeatChart
            testId="time-chart"
            rows={timeRows(result)}
            title={texts.timeChartTitle}
            axisLabel={texts.timeChartAxis}
            repeatLabel={texts.repeatAxis}
            note={texts.timeChartNote}
            variantLabels={text.variants}
            format={(value) => format.decimal(value, value < 10 ? 1 : 0)}
          />
        </Suspense>
      </div>
      <h3>{texts.processesHeading}</h3>
      <div className="kit-scroll-x">
        <table className="kit-table" data-testid="result-processes">
          <thead>
            <tr>
              <th>{texts.columnProcess}</th>
              <th>{texts.columnPid}</th>
              <th>{texts.columnCounted}</th>
              <th>{texts.columnMs}</th>
            </tr>
          </thead>
          <tbody>
            {result.processes.map((process) => (
              <tr key={process.actor}>
                <td>{actorName(t, process.actor)}</td>
                <td>{format.osId(process.pid)}</td>
                <td data-testid={`result-process-${process.actor}`}>{format.integer(process.final)}</td>
                <td>{format.decimal(process.wallMs, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
