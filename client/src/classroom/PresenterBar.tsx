/**
 * The presenter's controls, a second row of the top bar in presenter view
 * (it hides with the bar when the mouse rests): one button per lesson (1, 2, …), run again,
 * slower / faster, full screen, keys, leave. Every button says its key.
 */
import type { MouseEvent } from 'react';
import { Icon } from '../app/Icon.js';
import { HandsOnControls } from '../handsOn/HandsOnControls.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { matchRoute, usePathname } from '../router/router.js';
import { useLabStore } from '../store/labStore.js';
import { catalogLessons, changeSpeed, goToLesson, runAgain, setPresenting, toggleFullscreen, toggleOverlay } from './presenterActions.js';
import { classroomText } from './text.js';

/** After a mouse click, give the keys back to the page (Space must not press the button again). */
function thenRefocus(action: () => void) {
  return (event: MouseEvent<HTMLButtonElement>) => {
    action();
    if (event.detail > 0) document.getElementById('main')?.focus({ preventScroll: true });
  };
}

export function PresenterBar() {
  const { t } = useI18n();
  const text = useLocalized(classroomText).presenter;
  const route = matchRoute(usePathname());
  const lessonId = route.name === 'lesson' ? route.id : undefined;
  const canRun = useLabStore((state) => state.connection.canControl && state.connection.status.state === 'open');
  return (
    <div className="presenter-bar" role="toolbar" aria-label={text.label} data-testid="presenter-bar">
      <nav className="presenter-lessons" aria-label={text.lessons}>
        {catalogLessons.map((id, index) => (
          <button
            key={id}
            type="button"
            aria-current={id === lessonId ? 'page' : undefined}
            title={text.lessonKey({ key: String(index + 1), title: lessonTitle(t, id).title })}
            onClick={thenRefocus(() => goToLesson(index + 1))}
          >
            <kbd>{index + 1}</kbd> {text.shortTitles[id] ?? lessonTitle(t, id).title.split(':')[0]}
          </button>
        ))}
      </nav>
      <HandsOnControls variant="bar" />
      <div className="presenter-actions">
        <button type="button" disabled={!lessonId || !canRun} title={canRun ? undefined : text.cannotRun} onClick={thenRefocus(() => lessonId && runAgain(lessonId))} data-testid="presenter-run-again">
          <Icon name="play" /> {text.runAgain} <kbd>R</kbd>
        </button>
        <button type="button" onClick={thenRefocus(() => changeSpeed(-1))} aria-label={text.slower}>
          <kbd>−</kbd>
        </button>
        <button type="button" onClick={thenRefocus(() => changeSpeed(1))} aria-label={text.faster}>
          <kbd>+</kbd>
        </button>
        <button type="button" onClick={thenRefocus(toggleFullscreen)}>
          {text.fullscreen} <kbd>F</kbd>
        </button>
        <button type="button" onClick={thenRefocus(() => toggleOverlay('help'))} data-testid="presenter-keys">
          {text.keys} <kbd>?</kbd>
        </button>
        <button type="button" onClick={() => setPresenting(false)} data-testid="presenter-exit">
          <Icon name="cross" /> {text.exit} <kbd>P</kbd>
        </button>
      </div>
    </div>
  );
}
