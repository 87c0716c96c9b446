/**
 * The panels that open over the page: the keyboard help (?) and, for the
 * presenter in classroom mode, how to join (J). A native modal <dialog>:
 * focus stays inside, Escape closes it, the page behind is inert.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n, useLocalized } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { JoinCard } from './JoinCard.js';
import { lastLessonKey } from './lessonKeys.js';
import { catalogLessons, openOverlay, useOverlay } from './presenterActions.js';
import { classroomText } from './text.js';

function Dialog({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="overlay-dialog"
      aria-label={label}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        openOverlay(undefined);
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content) closes it.
        if (event.target === event.currentTarget) openOverlay(undefined);
      }}
    >
      {children}
    </dialog>
  );
}

function KeyHelp() {
  const { t } = useI18n();
  const text = useLocalized(classroomText).keyHelp;
  const lastKey = lastLessonKey(catalogLessons);
  const rows: Array<[string, string]> = [
    [text.spaceKey, text.playPause],
    ['← →', text.step],
    ['R', text.runAgain],
    ['F', text.fullscreen],
    ['− +', text.speed],
    [`1–${lastKey}`, text.lessons({ last: lastKey })],
    ['J', text.join],
    ['P', text.present],
    ['?', text.help],
    [text.escapeKey, text.escape],
  ];
  return (
    <div className="key-help">
      <h2>{text.title}</h2>
      <div className="key-help-columns">
        <table>
          <tbody>
            {rows.map(([keys, action]) => (
              <tr key={keys}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ol className="key-help-lessons">
          {catalogLessons.map((id, index) => (
            <li key={id}>
              <kbd>{index + 1}</kbd> {lessonTitle(t, id).title}
            </li>
          ))}
        </ol>
      </div>
      <p className="note">{text.presenterOnly({ last: lastKey })}</p>
      <button type="button" onClick={() => openOverlay(undefined)} data-testid="key-help-close" autoFocus>
        {text.close}
      </button>
    </div>
  );
}

export function Overlays() {
  const overlay = useOverlay();
  const text = useLocalized(classroomText);
  if (overlay === 'help') {
    return (
      <Dialog label={text.keyHelp.title} testId="key-help">
        <KeyHelp />
      </Dialog>
    );
  }
  if (overlay === 'join') {
    return (
      <Dialog label={text.room.joinTitle} testId="join-dialog">
        <JoinCard onClose={() => openOverlay(undefined)} />
      </Dialog>
    );
  }
  return null;
}
