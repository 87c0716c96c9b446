/**
 * One lesson's share of the class wall: how many runs and students, then
 * what the class measured (race: lost updates per run; creation: process ÷
 * thread time to ready; parallelism: best speedup), each as a histogram with
 * its median in words, and how many predictions matched. Every figure is the
 * server's aggregate of recorded results.
 */
import { lazy, Suspense } from 'react';
import type { z } from 'zod';
import type { lessonAggregateSchema } from '../../../shared/protocol.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { lessonTitle } from '../i18n/lessonTitle.js';
import { useLabStore } from '../store/labStore.js';
import { histogram, median } from './histogram.js';
import { handsOnText, type HandsOnText } from './text.js';
import { classCounts } from './wording.js';

const ClassHistogram = lazy(() => import('./ClassHistogram.js'));

export type LessonAggregate = z.infer<typeof lessonAggregateSchema>;

type Figure = { key: 'race' | 'creation' | 'parallelism'; values: readonly number[]; integer: boolean };

function figuresOf(aggregate: LessonAggregate): Figure[] {
  const figures: Figure[] = [];
  if (aggregate.raceLostUpdates?.length) figures.push({ key: 'race', values: aggregate.raceLostUpdates, integer: true });
  if (aggregate.creationRatios?.length) figures.push({ key: 'creation', values: aggregate.creationRatios, integer: false });
  if (aggregate.parallelismSpeedups?.length) figures.push({ key: 'parallelism', values: aggregate.parallelismSpeedups, integer: false });
  return figures;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** Bin edges in millions are read at a glance as "2.5M" / "2,5 mi", as the lessons say "2.8 million". */
function compactNumber(language: string, value: number): string {
  let format = compactFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { notation: 'compact', maximumSignificantDigits: 3 });
    compactFormats.set(language, format);
  }
  return format.format(value);
}

function FigureChart({ figure, text, compact }: { figure: Figure; text: HandsOnText['wall']; compact: boolean }) {
  const { format, language } = useI18n();
  const presenting = useLabStore((state) => state.classroom.presenting);
  const words = text[figure.key];
  const large = Math.max(...figure.values) >= 10_000;
  const edge = (value: number) => (!figure.integer ? format.decimal(value, 2) : large ? compactNumber(language, value) : format.integer(value));
  const bins = histogram(figure.values, { integer: figure.integer, maxBins: compact ? 6 : 10, format: edge });
  const middle = median(figure.values);
  const middleText = middle === undefined ? '' : figure.integer ? format.integer(middle) : text.times({ value: format.decimal(middle, 2) });
  return (
    <figure className="class-figure" data-testid={`class-figure-${figure.key}`} data-runs={figure.values.length}>
      <figcaption>{words.title}</figcaption>
      <p className="class-median" data-testid={`class-median-${figure.key}`}>
        {text.median({ value: middleText })}
      </p>
      <Suspense fallback={<div className={compact ? 'class-chart-box compact' : 'class-chart-box'} />}>
        <ClassHistogram bins={bins} axisLabel={words.axis} runsLabel={text.runsAxis} medianLabel={text.medianBar} size={compact ? 'compact' : presenting ? 'projected' : 'normal'} />
      </Suspense>
      {!compact && <p className="chart-note">{words.note}</p>}
    </figure>
  );
}

export function LessonAggregateCard({ lessonId, aggregate, compact = false }: { lessonId: string; aggregate: LessonAggregate; compact?: boolean }) {
  const { t, format, language } = useI18n();
  const text = useLocalized(handsOnText).wall;
  const figures = figuresOf(aggregate);
  const predictions = aggregate.predictions;
  const Heading = compact ? 'h3' : 'h2';
  return (
    <section className={compact ? 'class-lesson compact' : 'panel class-lesson'} data-testid={`class-lesson-${lessonId}`} data-runs={aggregate.runs}>
      <Heading>{lessonTitle(t, lessonId).title}</Heading>
      <p className="class-lesson-count">{classCounts(aggregate, language).pair}</p>
      {figures.map((figure) => (
        <FigureChart key={figure.key} figure={figure} text={text} compact={compact} />
      ))}
      <p className="class-predictions" data-testid={`class-predictions-${lessonId}`}>
        {predictions && predictions.total > 0
          ? text.predictions({ matched: format.integer(predictions.matched), total: format.integer(predictions.total) })
          : text.noPredictions}
      </p>
    </section>
  );
}
