/**
 * The creation lesson's native figures beside Node's, from the same run:
 * fork() vs child_process.fork, pthread_create() vs new Worker, time to
 * ready (median), and how many times as long Node took (its units started
 * N at once, C's one at a time: the intro says so). Stable test ids:
 * native-creation, native-ready-<kind>, native-times-<kind>.
 */
import type { CreationResult } from '../../../../shared/results/creation.js';
import type { Formatters } from '../../i18n/format.js';
import { msFromUs, times } from '../../lessonParts/figures.js';
import type { CreationText } from './text.js';

export function NativeBeside({ result, text, format }: { result: CreationResult; text: CreationText; format: Formatters }) {
  const native = result.native;
  if (!native) return null;
  const n = text.native;
  if (!native.available) {
    return (
      <p className="note" data-testid="native-creation-unavailable">
        {n.unavailable({ reason: native.reason })}
      </p>
    );
  }
  const rows = [
    { kind: 'process', name: n.rowProcess, node: result.processes.readyMedianUs, c: native.forkReadyMedianUs },
    { kind: 'thread', name: n.rowThread, node: result.threads.readyMedianUs, c: native.threadReadyMedianUs },
  ];
  return (
    <section data-testid="native-creation">
      <h3>{n.heading}</h3>
      <p className="note">{n.intro({ units: format.integer(result.units) })}</p>
      <div className="table-scroll-x">
        <table className="figure-table">
          <thead>
            <tr>
              <th scope="col">{n.columnWhat}</th>
              <th scope="col">{n.columnNode}</th>
              <th scope="col">{n.columnNative}</th>
              <th scope="col">{n.columnTimes}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind}>
                <th scope="row">{row.name}</th>
                <td>{msFromUs(format, row.node)}</td>
                <td data-testid={`native-ready-${row.kind}`}>{msFromUs(format, row.c)}</td>
                <td data-testid={`native-times-${row.kind}`}>{row.c > 0 ? `× ${times(format, row.node / row.c)}` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="note">{n.totals({ fork: msFromUs(format, native.forkTotalMedianUs), thread: msFromUs(format, native.threadTotalMedianUs) })}</p>
    </section>
  );
}
