/**
 * The memory lesson's text panels: live callouts, what to notice (with what a
 * PID and a TID are on Linux, and what threads share), and the honest note about Node.js.
 */
import { Icon } from '../../app/Icon.js';
import type { MemoryCallout } from './callouts.js';
import type { MemoryText } from './text.js';

export function CalloutsPanel({ callouts, text }: { callouts: readonly MemoryCallout[]; text: MemoryText }) {
  return (
    <section className="panel callouts" aria-labelledby="callouts-heading">
      <h2 id="callouts-heading">{text.calloutsHeading}</h2>
      {callouts.length === 0 && <p className="muted">{text.calloutsEmpty}</p>}
      <ul aria-live="polite" data-testid="callouts">
        {callouts.map((callout) => (
          <li key={callout.id} className={`callout callout-${callout.section}`} data-testid={`callout-${callout.id}`}>
            {callout.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WhatToNotice({ text, heading, native = false }: { text: MemoryText; heading: string; native?: boolean }) {
  return (
    <section className="panel notice-panel" aria-labelledby="notice-heading">
      <h2 id="notice-heading">{heading}</h2>
      <p className="lead">{text.intro}</p>
      <ol>
        {(native ? text.native.whatToNotice : text.whatToNotice).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <h3 data-testid="linux-threads-heading">{text.linuxThreads.heading}</h3>
      <ul data-testid="linux-threads">
        {text.linuxThreads.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}

export function NodeNote({ text }: { text: MemoryText }) {
  return (
    <section className="panel node-note" aria-labelledby="node-note-heading" data-testid="node-note">
      <h2 id="node-note-heading">
        <Icon name="info" size={20} />{' '}
        {text.nodeNoteTitle}
      </h2>
      {text.nodeNote.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}

/** Shown with the native engine: this run was C, not Node, and what that changes. */
export function NativeNote({ text }: { text: MemoryText }) {
  return (
    <section className="panel node-note" aria-labelledby="native-note-heading" data-testid="native-note">
      <h2 id="native-note-heading">
        <Icon name="info" size={20} />{' '}
        {text.native.noteTitle}
      </h2>
      {text.native.note.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </section>
  );
}
