/**
 * What this tab was opened for, read once at start-up from its address and
 * kept in sessionStorage so in-app navigation (which drops the query) and a
 * reload keep it:
 *   ?token=SECRET  the classroom presenter (the server grants control to it);
 *   ?follow=1      follow the presenter even where this tab could control;
 *   ?present=1     start in presenter view.
 * The token is also removed from the address bar: the presenter's screen is
 * projected, and the secret must not be readable from the back of the room.
 */

export type PageIntent = { token: string | undefined; follow: boolean; present: boolean };

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keys = {
  token: 'process-thread-lab.presenter-token',
  follow: 'process-thread-lab.follow',
  present: 'process-thread-lab.present',
} as const;

const yes = (value: string | null): boolean => value === '1' || value === 'true';

/**
 * Pure: the intent from the address's query and what the tab stored before,
 * and the query to show instead (without the token). An explicit ?follow=0
 * or ?present=0 turns a remembered choice off.
 */
export function readPageIntent(search: string, stored: { token?: string | null; follow?: string | null; present?: string | null }): {
  intent: PageIntent;
  cleanedSearch: string;
} {
  const params = new URLSearchParams(search);
  const urlToken = params.get('token');
  const token = urlToken && urlToken.length > 0 ? urlToken : (stored.token ?? undefined) || undefined;
  const follow = params.has('follow') ? yes(params.get('follow')) : yes(stored.follow ?? null);
  const present = params.has('present') ? yes(params.get('present')) : yes(stored.present ?? null);
  params.delete('token');
  const rest = params.toString();
  return { intent: { token, follow, present }, cleanedSearch: rest ? `?${rest}` : '' };
}

function sessionStore(): KeyValueStorage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}

let intent: PageIntent | undefined;

/** Reads the intent once (and hides the token from the address bar); later calls return the same. */
export function pageIntent(): PageIntent {
  if (intent) return intent;
  const storage = sessionStore();
  const read = (key: string): string | null => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };
  const { intent: found, cleanedSearch } = readPageIntent(window.location.search, {
    token: read(keys.token),
    follow: read(keys.follow),
    present: read(keys.present),
  });
  intent = found;
  rememberIntent(found);
  if (cleanedSearch !== window.location.search) {
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${cleanedSearch}${window.location.hash}`);
  }
  return found;
}

/** Keeps the intent for the tab's life (sessionStorage: never shared with other tabs). */
export function rememberIntent(next: Partial<PageIntent>): void {
  intent = { ...(intent ?? { token: undefined, follow: false, present: false }), ...next };
  const storage = sessionStore();
  try {
    if (intent.token) storage?.setItem(keys.token, intent.token);
    storage?.setItem(keys.follow, intent.follow ? '1' : '0');
    storage?.setItem(keys.present, intent.present ? '1' : '0');
  } catch {
    // Storage disabled: the choice lasts until the next reload.
  }
}

/** Headers for HTTP calls that need the presenter's rights (none without a token). */
export function presenterHeaders(): Record<string, string> {
  const token = intent?.token;
  return token ? { authorization: `Bearer ${token}` } : {};
}
