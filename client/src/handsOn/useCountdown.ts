/**
 * Seconds left until a retry, re-rendering once a second while it counts
 * (no timer runs when there is nothing to count down).
 */
import { useEffect, useState } from 'react';
import { retrySeconds } from './wording.js';

export function useCountdown(retry: { retryAfterMs: number; at: number } | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  const due = retry ? retry.at + retry.retryAfterMs : undefined;
  useEffect(() => {
    if (due === undefined) return undefined;
    setNow(Date.now());
    const timer = window.setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= due) window.clearInterval(timer);
    }, 500);
    return () => window.clearInterval(timer);
  }, [due]);
  return retry ? retrySeconds(retry, now) : undefined;
}
