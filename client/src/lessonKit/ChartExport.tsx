/**
 * "Save PNG" and "Save CSV" under a chart. Put it inside the chart's
 * <figure>: it finds the drawing and the title (figcaption) there, and saves
 * the rows it is given, the very figures the chart draws.
 */
import { useRef, useState } from 'react';
import type { Localized } from '../i18n/dictionary.js';
import { useLocalized } from '../i18n/index.js';
import { chartPng, download, fileNameFor, toCsv, type CsvRow } from './chartExport.js';
import './lessonKit.css';

const text: Localized<{ png: string; csv: string; failed: (reason: string) => string; label: (title: string) => string }> = {
  en: { png: 'Save PNG', csv: 'Save CSV', failed: (reason) => `Could not save: ${reason}`, label: (title) => `Save the chart “${title}”` },
  'pt-BR': { png: 'Salvar PNG', csv: 'Salvar CSV', failed: (reason) => `Não foi possível salvar: ${reason}`, label: (title) => `Salvar o gráfico “${title}”` },
};

export function ChartExport({ rows }: { rows: readonly CsvRow[] }) {
  const words = useLocalized(text);
  const anchor = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string>();
  const figure = () => anchor.current?.closest('figure') ?? undefined;
  const title = () => figure()?.querySelector('figcaption')?.textContent?.trim() ?? 'chart';

  const savePng = async () => {
    const element = figure();
    if (!element) return;
    try {
      setError(undefined);
      download(await chartPng(element, title()), fileNameFor(title(), 'png'));
    } catch (failure) {
      setError(words.failed(failure instanceof Error ? failure.message : String(failure)));
    }
  };
  const saveCsv = () => download(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), fileNameFor(title(), 'csv'));

  return (
    <div className="chart-export" ref={anchor} role="group" aria-label={words.label(title())}>
      <button type="button" onClick={() => void savePng()} data-testid="chart-save-png">
        {words.png}
      </button>
      <button type="button" onClick={saveCsv} disabled={rows.length === 0} data-testid="chart-save-csv">
        {words.csv}
      </button>
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
