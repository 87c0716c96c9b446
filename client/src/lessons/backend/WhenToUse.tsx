/** "When to use which", from the course notes, with this run's figures in each line. */
import type { BackendResult } from '../../../../shared/results/backend.js';
import type { Formatters } from '../../i18n/format.js';
import { significant } from '../../lessonParts/figures.js';
import type { BackendResultsText } from './resultsText.js';
import { rate } from './verdict.js';

export function WhenToUse({ result, format, r }: { result: BackendResult; format: Formatters; r: BackendResultsText }) {
  const poolRate = rate(format, result.pool.measured.throughputPerSec);
  const clusterRate = rate(format, result.cluster.measured.throughputPerSec);
  const threads = r.threadsItems({ poolRate, poolMedian: significant(format, result.pool.measured.latencyMs.median) });
  const processes = result.fault
    ? r.processesItems({ clusterFailed: format.integer(result.fault.cluster.failed), poolFailed: format.integer(result.fault.pool.failed), clusterRate })
    : r.processesItemsNoFault({ clusterRate });
  return (
    <section className="when-to-use" data-testid="when-to-use" aria-labelledby="when-to-use-heading">
      <h3 id="when-to-use-heading">{r.whenHeading}</h3>
      <h4>{r.useThreads}</h4>
      <ul>
        {threads.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>{r.useProcesses}</h4>
      <ul>
        {processes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{r.servicesLine({ hop: significant(format, result.microservices.hopUs.median) })}</p>
    </section>
  );
}
