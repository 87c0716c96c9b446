/**
 * The crash run's measured outcome, once playback reaches the end: the
 * verdict, each actor's real exit and heartbeats after the failure, and the
 * chart. Stable test ids: verdict, result-row-<actor>, result-beats-<actor>.
 */
import { lazy, Suspense } from 'react';
import { Icon } from '../../app/Icon.js';
import type { TerminalState } from '../../scene/types.js';
import { VerdictBox } from '../../lessonKit/TextPanels.js';
import type { CrashWords } from './callouts.js';
import { beatBars, type BeatBar } from './chartData.js';
import { crashActorName } from './names.js';
import { parseCrashResult, verdictSentence } from './verdict.js';

// recharts is large; it loads only when a result is on screen.
const BeatsChart = lazy(() => import('./BeatsChart.js'));

function endOf(words: CrashWords, bar: BeatBar): string {
  const { t, text } = words;
  if (bar.reason === 'process died') return text.stage.processDied;
  if (bar.signal) return text.stage.killedBy({ signal: bar.signal });
  return bar.code === 0 ? t.stage.exitedWithCode({ code: '0' }) : text.stage.exitedWith({ code: String(bar.code ?? '?') });
}

export function ResultsPanel({ terminal, words }: { terminal: TerminalState; words: CrashWords }) {
  const { text } = words;
  return (
    <section className="panel results" aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{text.results.heading}</h2>
      <ResultsBody terminal={terminal} words={words} />
    </section>
  );
}

function ResultsBody({ terminal, words }: { terminal: TerminalState; words: CrashWords }) {
  const { text, format, language } = words;
  if (terminal.state === 'running') return <p className="muted">{text.results.waiting}</p>;
  if (terminal.state === 'failed') {
    return (
      <p className="error-text" data-testid="result-error">
        <Icon name="warning" /> {text.results.failed({ error: terminal.error })}
      </p>
    );
  }
  const result = parseCrashResult(terminal.result);
  const sentence = verdictSentence(terminal.result, language);
  if (!result || !sentence) return <p className="error-text">{text.results.unreadable}</p>;
  const bars = beatBars(result);
  const name = (actor: string) => crashActorName(text, actor, words.t.actors.threaded);
  const corruption = result.processSide.corruption;
  // The thread side went wrong if its process died, or if it lives on with corrupt data.
  const threadsHarmed = !result.threadSide.processSurvived || result.threadSide.corruptRecordsSeenBySiblings > 0;
  return (
    <>
      <VerdictBox heading={text.results.verdictHeading} sentence={sentence} tone={threadsHarmed ? 'alarm' : 'ok'} />
      <div className="kit-scroll-x">
        <table className="kit-table" data-testid="result-table">
          <thead>
            <tr>
              <th>{text.results.columnActor}</th>
              <th>{text.results.columnId}</th>
              <th>{text.results.columnEnd}</th>
              <th>{text.results.columnBeats}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.actor} data-testid={`result-row-${bar.actor}`}>
                <td>{bar.victim ? `${name(bar.actor)} (${text.results.failedHere})` : name(bar.actor)}</td>
                <td>{format.osId(bar.osId)}</td>
                <td className="kit-words">{endOf(words, bar)}</td>
                <td data-testid={`result-beats-${bar.actor}`}>{format.integer(bar.beats)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {corruption && (
        <p data-testid="result-corruption">{text.results.corruption({ victim: format.integer(corruption.victimSaw), siblings: format.integer(corruption.siblingsSaw) })}</p>
      )}
      <Suspense fallback={<div className="kit-chart-box" />}>
        <BeatsChart
          bars={bars.map((bar) => ({ name: name(bar.actor), beats: bar.beats, side: bar.side, victim: bar.victim }))}
          title={text.results.chartTitle}
          axisLabel={text.results.chartAxis}
          note={text.results.chartNote}
          legend={{ process: text.results.legendProcess, thread: text.results.legendThread, failed: text.results.legendFailed }}
          format={format.integer}
        />
      </Suspense>
    </>
  );
}
