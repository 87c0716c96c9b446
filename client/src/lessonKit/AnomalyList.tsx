/**
 * Events that broke the protocol's promises (the reducer records them instead
 * of guessing). Shown plainly so a producer bug is noticed, not hidden.
 * The details are technical and stay in the reducer's words.
 */
import { Icon } from '../app/Icon.js';
import { useI18n } from '../i18n/index.js';

export function AnomalyList({ anomalies }: { anomalies: readonly string[] }) {
  const { t } = useI18n();
  if (anomalies.length === 0) return null;
  return (
    <div className="notice" role="alert" data-testid="anomalies">
      <p>
        <Icon name="warning" /> {t.errors.anomalies}
      </p>
      <ul className="mono small">
        {anomalies.slice(0, 5).map((anomaly) => (
          <li key={anomaly}>{anomaly}</li>
        ))}
      </ul>
    </div>
  );
}
