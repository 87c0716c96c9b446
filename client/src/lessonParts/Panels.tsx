/**
 * Side and result panels every lesson here has: live callouts, what to
 * notice, the Node.js notes named by the run's result, and the verdict box.
 */
import { Icon } from '../app/Icon.js';
import { useLocalized } from '../i18n/index.js';
import type { LessonCallout } from './callouts.js';
import { nodeNotes } from './nodeNotes.js';
import { partsText } from './text.js';

export function CalloutsPanel({ callouts }: { callouts: readonly LessonCallout[] }) {
  const text = useLocalized(partsText);
  return (
    <section className="panel callouts" aria-labelledby="callouts-heading">
      <h2 id="callouts-heading">{text.calloutsHeading}</h2>
      {callouts.length === 0 && <p className="muted">{text.calloutsEmpty}</p>}
      <ul aria-live="polite" data-testid="callouts">
        {callouts.map((callout) => (
          <li key={callout.id} className={`callout callout-part-${callout.section}`} data-testid={`callout-${callout.id}`}>
            {callout.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WhatToNotice({ heading, intro, items }: { heading: string; intro: string; items: readonly string[] }) {
  return (
    <section className="panel notice-panel" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{heading}</h2>
      <p className="lead">{intro}</p>
      <ol>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
    </section>
  );
}

/** The notes for these ids (from the run's result, or the lesson's usual ones before a run). */
export function NodeNotesPanel({ ids }: { ids: readonly string[] }) {
  const text = useLocalized(partsText);
  const notes = useLocalized(nodeNotes);
  if (ids.length === 0) return null;
  return (
    <section className="panel node-note" aria-labelledby="node-note-heading" data-testid="node-note">
      <h2 id="node-note-heading">
        <Icon name="info" size={20} /> {text.nodeNotesHeading}
      </h2>
      {ids.map((id) => {
        const note = Object.hasOwn(notes, id) ? notes[id] : undefined;
        return note ? (
          <div key={id} className="node-note-item" data-testid={`node-note-${id}`}>
            <h3>{note.title}</h3>
            <p>{note.body}</p>
          </div>
        ) : (
          <p key={id}>{text.unknownNote({ id })}</p>
        );
      })}
    </section>
  );
}

/** The one-line verdict of this run, in large type: the sentence the home page also shows. */
export function VerdictBox({ sentence, extra }: { sentence: string; extra?: string | undefined }) {
  const text = useLocalized(partsText);
  return (
    <div className="verdict-box" data-testid="verdict-box">
      <p className="verdict-heading">{text.verdictHeading}</p>
      <p className="verdict-sentence" data-testid="verdict">
        {sentence}
      </p>
      {extra && <p className="verdict-extra">{extra}</p>}
    </div>
  );
}
