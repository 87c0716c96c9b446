/**
 * Names of the creation lesson's actors in the reader's language. The server
 * labels them in English; ids follow a fixed pattern (thread-host,
 * thread-<round>-<n>, proc-<round>-<n>) that lets the page name them itself.
 */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { CreationText } from './text.js';

export function unitName(text: CreationText, actorId: string, t?: Dictionary): string {
  if (actorId === 'thread-host') return text.actors.threadHost;
  if (actorId === 'host' && t) return t.actors.host;
  const unit = /^(thread|proc)-\d+-(\d+)$/.exec(actorId);
  if (unit?.[2]) return unit[1] === 'thread' ? text.actors.thread({ n: unit[2] }) : text.actors.process({ n: unit[2] });
  return actorId;
}
