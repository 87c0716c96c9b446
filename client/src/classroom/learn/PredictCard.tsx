/**
 * "Predict, then run": the lesson's question before the run, then, when
 * playback reaches the run's end, the prediction next to what this machine
 * measured (from the run's result, never a figure written here).
 */
import { useEffect, useId, useState } from 'react';
import { Icon } from '../../app/Icon.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { useLabStore } from '../../store/labStore.js';
import { selectIndex, useClock } from '../../store/useClock.js';
import { comparePrediction, measure, predictionOptions, type Measurement, type PredictionLesson } from '../../../../shared/predictions.js';
import { progressStore, useProgress } from './progress.js';
import { learnText, type LearnText } from './text.js';

/** An id's words from a table, or the id itself when the table has none (a newer server's id). */
function wordsFor(table: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(table, id) ? (table[id] ?? id) : id;
}

/** The measured figures in a sentence, formatted for the reader's language; ids (a fault, a channel) said in words. */
export function measuredSentence(measurement: Measurement, text: LearnText, format: Formatters, t: Dictionary): string {
  const one = (value: number) => format.decimal(value, 1);
  switch (measurement.lesson) {
    case 'memory':
      return text.measured.memory({ parentX: format.integer(measurement.parentX), children: format.integer(measurement.children), childX: format.integer(measurement.childX) });
    case 'creation':
      return text.measured.creation({ threadMs: one(measurement.threadMs), processMs: one(measurement.processMs), ratio: one(measurement.ratio) });
    case 'crash':
      return text.measured.crash({ fault: wordsFor(text.faults, measurement.fault), alive: format.integer(measurement.alive), total: format.integer(measurement.total) });
    case 'race':
      return text.measured.race({ withLoss: format.integer(measurement.withLoss), rounds: format.integer(measurement.rounds), lostMedian: format.integer(measurement.lostMedian) });
    case 'parallelism':
      return text.measured.parallelism({
        threads: format.count(measurement.n, text.threadWord),
        speedup: one(measurement.speedup),
        cores: format.count(measurement.cores, text.coreWord),
      });
    case 'communication':
      return text.measured.communication({ channel: wordsFor(t.channels, measurement.channel), ratio: one(measurement.ratio) });
    case 'backend':
      return text.measured.backend({
        signal: measurement.signal,
        poolFailed: format.integer(measurement.poolFailed),
        poolTotal: format.integer(measurement.poolTotal),
        clusterFailed: format.integer(measurement.clusterFailed),
        clusterTotal: format.integer(measurement.clusterTotal),
      });
    default: {
      const unreachable: never = measurement;
      return String(unreachable);
    }
  }
}

/** The lesson's run on stage and, once playback shows its end, its result. */
function useShownResult(lesson: string): { runId: string | undefined; result: Record<string, unknown> | undefined } {
  const watched = useLabStore((state) => state.watchedRun);
  const entry = useLabStore((state) => (watched ? state.runs[watched] : undefined));
  const index = useClock(selectIndex);
  if (!entry || entry.info?.experiment !== lesson) return { runId: undefined, result: undefined };
  const last = entry.events[entry.events.length - 1];
  const shown = last?.kind === 'run.finished' && index >= entry.events.length - 1;
  return { runId: entry.id, result: shown ? last.result : undefined };
}

export function PredictCard({ lesson, presenting }: { lesson: PredictionLesson; presenting: boolean }) {
  const { format, t } = useI18n();
  const text = useLocalized(learnText);
  const words = text.lessons[lesson].predict;
  const options: readonly string[] = predictionOptions[lesson];
  const label = (option: string) => (words.options as Record<string, string>)[option] ?? option;
  const prediction = useProgress().lessons[lesson]?.prediction;
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const { runId, result } = useShownResult(lesson);
  const measurement = result ? measure(lesson, result) : undefined;
  const comparison = prediction && measurement ? comparePrediction(lesson, prediction.answer, measurement) : undefined;
  const groupName = useId();

  useEffect(() => {
    if (runId && comparison) progressStore.recordOutcome(lesson, runId, comparison);
  }, [lesson, runId, comparison]);

  const measuredBlock = measurement && (
    <div className="predict-measured" data-testid="predict-measured" data-measured={measurement.answer}>
      <p>{measuredSentence(measurement, text, format, t)}</p>
      <p className="predict-measured-answer">{text.measuredHere({ answer: label(measurement.answer) })}</p>
    </div>
  );

  if (presenting) {
    return (
      <div className="predict-card" data-testid="predict-card">
        <h2>{text.classQuestion}</h2>
        <p className="predict-question">{words.question}</p>
        <ul className="predict-options-list">
          {options.map((option) => (
            <li key={option}>{label(option)}</li>
          ))}
        </ul>
        {measuredBlock}
      </div>
    );
  }

  return (
    <div className="predict-card" data-testid="predict-card">
      <h2>{text.predictHeading}</h2>
      {!prediction ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (choice) progressStore.predict(lesson, choice, Date.now());
          }}
        >
          <fieldset className="choice-group">
            <legend className="predict-question">{words.question}</legend>
            <p className="note">{text.predictLead}</p>
            {options.map((option) => (
              <label key={option} className="choice">
                <input type="radio" name={groupName} value={option} checked={choice === option} onChange={() => setChoice(option)} data-testid={`predict-option-${option}`} />
                {label(option)}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary" disabled={!choice} data-testid="predict-lock">
            {text.lockIn}
          </button>
        </form>
      ) : (
        <>
          <p className="predict-question">{words.question}</p>
          <p className="predict-yours" data-testid="predict-yours" data-answer={prediction.answer}>
            <strong>{text.yourPrediction({ answer: label(prediction.answer) })}</strong>{' '}
            <button type="button" className="link-button" onClick={() => progressStore.clearPrediction(lesson)} data-testid="predict-change">
              {text.change}
            </button>
          </p>
          <div aria-live="polite">
            {result === undefined && <p className="note">{text.waitingForRun}</p>}
            {result !== undefined && !measurement && <p className="note">{text.notMeasured}</p>}
            {measuredBlock}
            {comparison && (
              <p className={`predict-outcome outcome-${comparison}`} data-testid="predict-outcome" data-comparison={comparison}>
                <Icon name={comparison === 'miss' ? 'cross' : 'check'} /> {text.comparison[comparison]}
              </p>
            )}
          </div>
        </>
      )}
    </div>
  );
}
