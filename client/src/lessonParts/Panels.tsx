/**
 * Side and result panels every lesson here has: live callouts, what to
 * notice, the Node.js notes named by the run's result, and the verdict box.
 */
import { useLocalized } from '../i18n/index.js';
import { NodeNotes, VerdictBox as KitVerdictBox } from '../lessonKit/TextPanels.js';
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

/** What to notice: the same panel as every lesson's. */
export { NoticeList as WhatToNotice } from '../lessonKit/TextPanels.js';

/** The notes for these ids (from the run's result, or the lesson's usual ones before a run). */
export function NodeNotesPanel({ ids }: { ids: readonly string[] }) {
  const text = useLocalized(partsText);
  const notes = useLocalized(nodeNotes);
  const shown = ids.map((id) => {
    const note = Object.hasOwn(notes, id) ? notes[id] : undefined;
    return note ? { id, ...note } : { id, title: id, body: text.unknownNote({ id }) };
  });
  return <NodeNotes heading={text.nodeNotesHeading} notes={shown} />;
}

/** The one-line verdict of this run, in large type: the sentence the home page also shows. */
export function VerdictBox({ sentence, extra }: { sentence: string; extra?: string | undefined }) {
  const text = useLocalized(partsText);
  return <KitVerdictBox heading={text.verdictHeading} sentence={sentence} extra={extra} />;
}
