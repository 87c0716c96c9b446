/**
 * The native engine's own figures, under the memory results: for the parent,
 * every child, the process with threads and every thread, the address of x it
 * printed, its final x and (children) its minor page faults around the first
 * write. Every number is from the run. Stable test ids: native-details,
 * native-address-<actor>, native-x-<actor>, native-faults-<actor>.
 */
import { Icon } from '../../app/Icon.js';
import type { NativeMemoryResult } from '../../../../shared/results/nativeMemory.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { actorName } from '../../lessonKit/actorNames.js';
import { copyOnWriteFaults } from './nativeVerdict.js';
import type { MemoryText } from './text.js';

type NativeDetailsProps = { result: NativeMemoryResult; words: { t: Dictionary; text: MemoryText; format: Formatters } };

type Row = { actor: string; id: number; address: string; x: number; faults?: string };

export function NativeDetails({ result, words }: NativeDetailsProps) {
  const { t, text, format } = words;
  const { native } = result;
  const rows: Row[] = [
    { actor: 'native', id: result.parentPid, address: native.parentAddress, x: result.parentX },
    ...native.children.map((child) => ({
      actor: child.actor,
      id: child.pid,
      address: child.address,
      x: result.children.find((item) => item.actor === child.actor)?.x ?? Number.NaN,
      faults: [child.minfltBeforeWrite, child.minfltAfterWrite, child.minfltAtEnd].map((count) => format.integer(count)).join(' → '),
    })),
    { actor: 'threaded', id: result.threadedPid, address: native.threadedAddress, x: result.sharedX },
    ...native.threads.map((thread) => ({ actor: thread.actor, id: thread.tid, address: thread.address, x: thread.x })),
  ];
  const addresses = new Set(rows.map((row) => row.address));
  const cow = copyOnWriteFaults(native.children);
  return (
    <div data-testid="native-details">
      <h3>{text.results.nativeHeading}</h3>
      <ul className="verdicts">
        <li className={addresses.size === 1 ? 'ok' : 'bad'} data-testid="native-same-address">
          <Icon name={addresses.size === 1 ? 'check' : 'cross'} />{' '}
          {addresses.size === 1 ? text.results.sameAddress({ address: native.parentAddress }) : text.results.differentAddresses}
        </li>
        <li className={cow !== undefined ? 'ok' : 'bad'} data-testid="native-copy-on-write">
          <Icon name={cow !== undefined ? 'check' : 'cross'} />{' '}
          {cow !== undefined ? text.results.copyOnWrite({ faults: format.integer(cow) }) : text.results.noCopy}
        </li>
      </ul>
      <div className="kit-scroll-x">
        <table className="kit-table">
          <thead>
            <tr>
              <th>{text.results.nativeActor}</th>
              <th>{text.results.nativeId}</th>
              <th>{text.results.nativeAddress}</th>
              <th>{text.results.nativeValue}</th>
              <th>{text.results.nativeFaults}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.actor}>
                <td>{actorName(t, row.actor)}</td>
                <td>{format.osId(row.id)}</td>
                <td data-testid={`native-address-${row.actor}`}>{row.address}</td>
                <td data-testid={`native-x-${row.actor}`}>{format.integer(row.x)}</td>
                <td data-testid={`native-faults-${row.actor}`}>{row.faults ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
