/**
 * A tiny client-side router on the History API (no dependency): the server
 * answers every non-API path with index.html, and this decides what to show.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'home' }
  | { name: 'lesson'; id: string }
  /** A run's permalink: opens its lesson and replays it. */
  | { name: 'run'; id: string }
  /** The guided path through the lessons. */
  | { name: 'learn' }
  /** A hands-on class's wall: what the class measured. */
  | { name: 'class' }
  | { name: 'notFound' };

/** Which page a path shows. Pure, so it is easy to test and to extend. */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  const lesson = /^\/lessons\/([a-z0-9-]{1,64})$/.exec(path);
  if (lesson?.[1]) return { name: 'lesson', id: lesson[1] };
  // Run ids are the server's (letters and digits); anything else is not a run.
  const run = /^\/runs\/([A-Za-z0-9_-]{1,64})$/.exec(path);
  if (run?.[1]) return { name: 'run', id: run[1] };
  if (path === '/learn') return { name: 'learn' };
  if (path === '/class') return { name: 'class' };
  return { name: 'notFound' };
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of [...listeners]) listener();
}

/** Calls `listener` whenever the address changes (in-app navigation or back/forward). */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/**
 * Goes to `href` without reloading the page. With `replace`, the current
 * history entry is replaced (a follower moved by the presenter should not
 * fill the Back button with every step of the lesson).
 */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', href);
  else window.history.pushState(null, '', href);
  window.scrollTo(0, 0);
  notify();
}

/** Sets (or removes, with undefined) one query parameter, replacing the history entry (for permalinks). */
export function replaceSearchParam(name: string, value: string | undefined): void {
  const url = new URL(window.location.href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (url.href === window.location.href) return;
  window.history.replaceState(null, '', url);
  notify();
}

const pathSnapshot = () => window.location.pathname;
const searchSnapshot = () => window.location.search;

export function usePathname(): string {
  return useSyncExternalStore(subscribe, pathSnapshot);
}

export function useSearchParam(name: string): string | undefined {
  const search = useSyncExternalStore(subscribe, searchSnapshot);
  return new URLSearchParams(search).get(name) ?? undefined;
}
