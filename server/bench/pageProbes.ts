/**
 * Scripts the bench runs inside the page. They are kept as source text on
 * purpose: the server's TypeScript project has no DOM types (it must not
 * pretend `document` exists in Node), and a string is what Playwright sends
 * to the page anyway. Each probe only observes; none changes the app.
 */

/**
 * Arms a one-shot probe: the time (performance.now) of the next click on the
 * Run button, and of the first DOM change after it where the playback
 * readout's event total ("event i / N") is above zero, i.e. the first event
 * of the new run reached the store and was rendered. Resolves on
 * `window.__benchFirstEvent` to { clickAt, eventAt } (ms).
 */
export const armFirstEventProbe = `(() => {
  const total = () => {
    const text = document.querySelector('[data-testid="event-index"]')?.textContent ?? '';
    const match = /\\/\\s*([\\d.,\\s\\u00a0\\u202f]+)$/.exec(text);
    return match ? Number(match[1].replace(/[^\\d]/g, '')) : 0;
  };
  if (total() !== 0) throw new Error('the page already shows events: ' + total());
  window.__benchFirstEvent = new Promise((resolve) => {
    let clickAt;
    const button = document.querySelector('[data-testid="run-button"]');
    // Capture phase on the document: runs before React's handler sends run.start.
    document.addEventListener('click', (event) => {
      if (clickAt === undefined && button && button.contains(event.target)) clickAt = performance.now();
    }, { capture: true });
    const observer = new MutationObserver(() => {
      if (clickAt !== undefined && total() > 0) {
        observer.disconnect();
        resolve({ clickAt, eventAt: performance.now() });
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
})()`;

/** Awaits the armed first-event probe. */
export const readFirstEventProbe = `window.__benchFirstEvent`;

/** How many message envelopes and actor slots the stage draws right now. */
export const countStageShapes = `(() => ({
  packets: document.querySelectorAll('[data-testid="stage"] [data-testid^="packet-"]').length,
  boxes: document.querySelectorAll('[data-testid="stage"] [data-testid^="box-"]').length,
  lanes: document.querySelectorAll('[data-testid="stage"] [data-testid^="lane-"]').length,
  playing: document.querySelector('[data-testid="play-pause"]')?.getAttribute('aria-pressed') === 'true',
}))()`;

/** Scrolls the window so the stage's top edge is at the top. */
export const scrollStageToTop = `document.querySelector('[data-testid="stage"]')?.scrollIntoView({ block: 'start' })`;

/**
 * Counts requestAnimationFrame callbacks for \`durationMs\` and returns the
 * frame intervals (ms). A frame the page could not render in time shows up
 * as a long interval: the browser skips vsyncs while the main thread is busy.
 */
export function measureFramesScript(durationMs: number): string {
  return `new Promise((resolve) => {
    const intervals = [];
    let last;
    let start;
    const frame = (now) => {
      if (start === undefined) start = now;
      else intervals.push(now - last);
      last = now;
      if (now - start < ${Number(durationMs)}) requestAnimationFrame(frame);
      else resolve({ elapsedMs: now - start, intervals });
    };
    requestAnimationFrame(frame);
  })`;
}
