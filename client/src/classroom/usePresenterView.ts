/**
 * Presenter view behaviour: the <html> classes the CSS keys on, controls
 * that hide after a few seconds without the mouse (and come back on any
 * movement, click or Tab), and the keyboard shortcuts.
 * Space and ←/→ are the playback controls' own keys (lessonKit); these add
 * R, F, + / −, the number keys (one per lesson, lessonKeys.ts), J, P and ?.
 */
import { useEffect } from 'react';
import { targetOwnsKey } from '../lessonKit/keyTarget.js';
import { useLabStore } from '../store/labStore.js';
import { lessonAtKey } from './lessonKeys.js';
import { catalogLessons, changeSpeed, currentOverlay, goToLesson, openOverlay, runAgain, setPresenting, toggleFullscreen, toggleOverlay } from './presenterActions.js';

/** Idle time before the presenter's controls hide, ms. */
const HIDE_AFTER_MS = 2500;


export function usePresenterChrome(presenting: boolean): void {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('presenting', presenting);
    if (!presenting) {
      root.classList.remove('chrome-hidden');
      return undefined;
    }
    let timer: number | undefined;
    const hideLater = () => {
      root.classList.remove('chrome-hidden');
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        // Keep the controls while a keyboard user is in them or a panel is open.
        const focusInChrome = Boolean(document.activeElement?.closest('.top-bar'));
        if (focusInChrome || currentOverlay()) hideLater();
        else root.classList.add('chrome-hidden');
      }, HIDE_AFTER_MS);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Tab') hideLater();
    };
    hideLater();
    window.addEventListener('mousemove', hideLater, { passive: true });
    window.addEventListener('pointerdown', hideLater, { passive: true });
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusin', hideLater);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', hideLater);
      window.removeEventListener('pointerdown', hideLater);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', hideLater);
      root.classList.remove('chrome-hidden', 'presenting');
    };
  }, [presenting]);
}

/** The shortcuts; `lessonId` is the lesson on screen, if any. */
export function usePresenterKeys(lessonId: string | undefined): void {
  useEffect(() => {
    function presenterAction(key: string): (() => void) | undefined {
      if (key === 'r' || key === 'R') return () => lessonId && runAgain(lessonId);
      if (key === 'f' || key === 'F') return toggleFullscreen;
      if (key === '+' || key === '=') return () => changeSpeed(1);
      if (key === '-' || key === '_') return () => changeSpeed(-1);
      if (key === 'j' || key === 'J') return () => toggleOverlay('join');
      if (lessonAtKey(key, catalogLessons)) return () => goToLesson(Number(key));
      return undefined;
    }
    function onKey(event: KeyboardEvent): void {
      if (event.ctrlKey || event.metaKey || event.altKey || targetOwnsKey(event.target, event.key)) return;
      const presenting = useLabStore.getState().classroom.presenting;
      const key = event.key;
      if (key === 'Escape') {
        if (currentOverlay()) openOverlay(undefined);
        return;
      }
      if (key === '?') return toggleOverlay('help');
      if (key === 'p' || key === 'P') return setPresenting(!presenting);
      const action = presenting ? presenterAction(key) : undefined;
      if (!action || event.repeat) return;
      // A lesson's own shortcut wins (the race lesson steps its threads with 1 and 2):
      // act only once every listener has seen the key and none claimed it.
      window.setTimeout(() => {
        if (!event.defaultPrevented) action();
      }, 0);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [lessonId]);
}
