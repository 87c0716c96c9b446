/**
 * The results area of a lesson: says what is missing until playback reaches
 * the run's end (results belong to the end: stepping back hides them again),
 * reports a failed run, and otherwise hands the parsed result to the lesson.
 */
import type { ReactNode } from 'react';
import { Icon } from '../app/Icon.js';
import { useLocalized } from '../i18n/index.js';
import type { TerminalState } from '../scene/types.js';
import { partsText } from './text.js';

type ResultsSectionProps<R> = {
  heading: string;
  terminal: TerminalState;
  /** The lesson's schema check; undefined when the result does not have its shape. */
  parse(result: unknown): R | undefined;
  children(result: R): ReactNode;
};

export function ResultsSection<R>({ heading, terminal, parse, children }: ResultsSectionProps<R>) {
  const text = useLocalized(partsText);
  let body: ReactNode;
  if (terminal.state === 'running') body = <p className="muted">{text.resultsWaiting}</p>;
  else if (terminal.state === 'failed') {
    body = (
      <p className="error-text" data-testid="result-error">
        <Icon name="warning" /> {text.failed({ error: terminal.error })}
      </p>
    );
  } else {
    const result = parse(terminal.result);
    body = result === undefined ? <p className="error-text">{text.unreadable}</p> : children(result);
  }
  return (
    <section className="panel results" aria-labelledby="results-heading" data-testid="results">
      <h2 id="results-heading">{heading}</h2>
      {body}
    </section>
  );
}
