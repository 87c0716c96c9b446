/** Shows whether the lab server is reachable; a symbol and words, not just a coloured dot. */
import { useEffect, useState, type ReactNode } from 'react';
import { Icon } from './Icon.js';
import { useI18n } from '../i18n/index.js';
import { handsOnText } from '../handsOn/text.js';
import { handsOnRole } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';

export function ConnectionBadge() {
  const { t, format } = useI18n();
  const status = useLabStore((state) => state.connection.status);
  const canControl = useLabStore((state) => state.connection.canControl);
  // A student of a hands-on class is not view-only while hands-on time is open.
  const handsOnOpen = useLabStore((state) => handsOnRole(state) === 'student' && state.handsOn.state?.open === true);
  const handsOnWords = handsOnText[useLabStore((state) => state.language)].run;
  const [now, setNow] = useState(() => Date.now());

  // Count down the retry only while waiting; otherwise no timer runs.
  useEffect(() => {
    if (status.state !== 'waiting') return undefined;
    const timer = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(timer);
  }, [status]);

  // The state shows as a shape too (filled dot, hollow dot, cross), never by colour alone.
  let text: string;
  let symbol: ReactNode;
  if (status.state === 'open') {
    text = canControl ? t.connection.open : handsOnOpen ? handsOnWords.connected : t.connection.viewOnly;
    symbol = <span className="dot dot-filled" />;
  } else if (status.state === 'connecting') {
    text = t.connection.connecting;
    symbol = <span className="dot dot-hollow" />;
  } else {
    text = t.connection.retrying({ seconds: format.integer(Math.max(0, Math.ceil((status.retryAt - now) / 1000))) });
    symbol = <Icon name="cross" size={16} />;
  }
  return (
    <p className={`connection connection-${status.state}`} role="status" aria-label={t.connection.label} data-testid="connection-status">
      <span aria-hidden="true" className="connection-symbol">
        {symbol}
      </span>{' '}
      {text}
    </p>
  );
}
