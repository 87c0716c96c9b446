/** Exception, fault, corruption: the three ways a unit can fail here, side by side in words. */
import type { CrashText } from './text.js';

export function Explainer({ text }: { text: CrashText }) {
  return (
    <section className="panel crash-explain" aria-labelledby="crash-explain-heading" data-testid="crash-explain">
      <h2 id="crash-explain-heading">{text.explainHeading}</h2>
      <ul>
        {text.explain.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
