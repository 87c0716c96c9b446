/**
 * The text panels every lesson has, worded by the lesson: live callouts,
 * what to notice, the Node.js notes its run names, and the verdict box.
 */
import { Icon } from '../app/Icon.js';
import type { LessonCallout } from './callouts.js';
import './lessonKit.css';

export function CalloutsList({ heading, empty, callouts }: { heading: string; empty: string; callouts: readonly LessonCallout[] }) {
  return (
    <section className="panel callouts" aria-labelledby="callouts-heading">
      <h2 id="callouts-heading">{heading}</h2>
      {callouts.length === 0 && <p className="muted">{empty}</p>}
      <ul aria-live="polite" data-testid="callouts">
        {callouts.map((callout) => (
          <li key={callout.id} className={`callout kit-callout kit-callout-${callout.tone ?? 'plain'}`} data-testid={`callout-${callout.id}`}>
            {callout.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function NoticeList({ heading, intro, items }: { heading: string; intro: string; items: readonly string[] }) {
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

export type NoteText = { id: string; title: string; body: string };

/** The Node-vs-textbook notes for this run (the ids its result lists). */
export function NodeNotes({ heading, notes }: { heading: string; notes: readonly NoteText[] }) {
  if (notes.length === 0) return null;
  return (
    <section className="panel node-note" aria-labelledby="node-note-heading" data-testid="node-note">
      <h2 id="node-note-heading">
        <Icon name="info" size={20} /> {heading}
      </h2>
      {notes.map((note) => (
        <div key={note.id} className="kit-note" data-testid={`node-note-${note.id}`}>
          <h3>{note.title}</h3>
          <p>{note.body}</p>
        </div>
      ))}
    </section>
  );
}

/** The one-line verdict of this run in large type (the sentence the home page shows too). */
export function VerdictBox({ heading, sentence, extra, tone = 'ok' }: { heading: string; sentence: string; extra?: string | undefined; tone?: 'ok' | 'alarm' }) {
  return (
    <div className={`kit-verdict kit-verdict-${tone}`} data-testid="verdict-box">
      <p className="kit-verdict-heading">{heading}</p>
      <p className="kit-verdict-sentence" data-testid="verdict">
        {sentence}
      </p>
      {extra && <p className="kit-verdict-extra">{extra}</p>}
    </div>
  );
}
