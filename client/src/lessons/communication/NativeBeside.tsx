/**
 * The communication lesson's native figures beside Node's channels, from the
 * same run: a C parent and its forked child passing the run's message size
 * over a pipe and through shared memory with a futex. Stable test ids:
 * native-communication, native-median-<channel>, native-node-<channel>,
 * native-ratio-<channel>.
 */
import type { CommunicationResult } from '../../../../shared/results/communication.js';
import type { Formatters } from '../../i18n/format.js';
import { times, us } from '../../lessonParts/figures.js';
import { nodeCounterpart } from './nodeCounterpart.js';
import type { CommunicationText } from './text.js';

export function NativeBeside({ result, text, format }: { result: CommunicationResult; text: CommunicationText; format: Formatters }) {
  const native = result.native;
  if (!native) return null;
  const n = text.native;
  if (!native.available) {
    return (
      <p className="note" data-testid="native-communication-unavailable">
        {n.unavailable({ reason: native.reason })}
      </p>
    );
  }
  return (
    <section data-testid="native-communication">
      <h3>{n.heading}</h3>
      <p className="note">{n.intro({ bytes: format.integer(result.messageBytes) })}</p>
      <div className="table-scroll-x">
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">{n.columnChannel}</th>
              <th scope="col">{n.columnMedian}</th>
              <th scope="col">{n.columnP99}</th>
              <th scope="col">{n.columnRoundTrips}</th>
              <th scope="col">{n.columnNode}</th>
              <th scope="col">{n.columnNodeOverC}</th>
            </tr>
          </thead>
          <tbody>
            {native.channels.map((entry) => {
              const node = nodeCounterpart(result.channels, entry.channel, entry.latencyMedianUs);
              return (
                <tr key={entry.channel}>
                  <th scope="row" className="text-cell">
                    {entry.channel === 'pipe' ? n.pipe : n.shmFutex}
                  </th>
                  <td data-testid={`native-median-${entry.channel}`}>{us(format, entry.latencyMedianUs)}</td>
                  <td>{us(format, entry.latencyP99Us)}</td>
                  <td>
                    {format.integer(entry.roundTrips)}
                    {entry.cutForTime ? ` (${n.cut})` : ''}
                  </td>
                  <td data-testid={`native-node-${entry.channel}`}>{node ? `${node.channel}: ${us(format, node.medianUs)}` : '–'}</td>
                  <td data-testid={`native-ratio-${entry.channel}`}>{node ? `× ${times(format, node.nodeOverC)}` : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
