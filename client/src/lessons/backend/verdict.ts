/**
 * The backend lesson's one-line verdict, from a run's result: how many
 * requests each architecture lost when one worker crashed, and how each
 * served under normal load. No React here: the home page loads this file
 * eagerly (it lights up the comparison table's "common use" row).
 */
import { backendResultSchema, type BackendResult } from '../../../../shared/results/backend.js';
import type { Language, Localized } from '../../i18n/dictionary.js';
import { formattersFor, type Formatters } from '../../i18n/format.js';
import { significant } from '../../lessonParts/figures.js';

type Load = { poolRate: string; poolMedian: string; clusterRate: string; clusterMedian: string };
/** `poolTotalCount` picks the plural form of "request" (Intl.PluralRules); the other fields are figures as shown. */
type Fault = { poolFailed: string; poolTotal: string; poolTotalCount: number; signal: string; poolBack: string; clusterFailed: string; clusterTotal: string; clusterBack: string };

type Sentences = {
  fault(f: Fault): string;
  load(l: Load): string;
  noFault(l: Load): string;
  back(ms: string): string;
  notBack: string;
  exitCode(code: string): string;
};

const en = formattersFor('en');
const pt = formattersFor('pt-BR');

const sentences: Localized<Sentences> = {
  en: {
    fault: (f) =>
      `When one worker crashed, the thread pool lost ${f.poolFailed} of the ${f.poolTotal} ${en.pluralForm(f.poolTotalCount, { one: 'request', other: 'requests' })} sent in the crash window (the whole process died: ${f.signal}; ${f.poolBack}); the cluster lost ${f.clusterFailed} of ${f.clusterTotal} and kept answering (${f.clusterBack}).`,
    load: (l) => ` Under normal load: pool ${l.poolRate} req/s, median ${l.poolMedian} ms; cluster ${l.clusterRate} req/s, median ${l.clusterMedian} ms.`,
    noFault: (l) => `Under the same load the thread pool answered ${l.poolRate} req/s (median ${l.poolMedian} ms) and the cluster ${l.clusterRate} req/s (median ${l.clusterMedian} ms).`,
    back: (ms) => `serving again after ${ms} ms`,
    notBack: 'not back within the window',
    exitCode: (code) => `exit code ${code}`,
  },
  'pt-BR': {
    fault: (f) =>
      `Quando um worker caiu, o pool de threads perdeu ${f.poolFailed} de ${f.poolTotal} ${pt.pluralForm(f.poolTotalCount, { one: 'requisição enviada', other: 'requisições enviadas' })} na janela da queda (o processo inteiro morreu: ${f.signal}; ${f.poolBack}); o cluster perdeu ${f.clusterFailed} de ${f.clusterTotal} e continuou respondendo (${f.clusterBack}).`,
    load: (l) => ` Com carga normal: pool ${l.poolRate} req/s, mediana ${l.poolMedian} ms; cluster ${l.clusterRate} req/s, mediana ${l.clusterMedian} ms.`,
    noFault: (l) => `Sob a mesma carga, o pool de threads respondeu ${l.poolRate} req/s (mediana ${l.poolMedian} ms) e o cluster ${l.clusterRate} req/s (mediana ${l.clusterMedian} ms).`,
    back: (ms) => `atendendo de novo após ${ms} ms`,
    notBack: 'não voltou dentro da janela',
    exitCode: (code) => `código de saída ${code}`,
  },
};

export function parseBackendResult(result: unknown): BackendResult | undefined {
  const parsed = backendResultSchema.safeParse(result);
  return parsed.success ? parsed.data : undefined;
}

/** Requests per second as people read them: whole numbers above 100, else three significant digits. */
export function rate(format: Formatters, perSec: number): string {
  return perSec >= 100 ? format.integer(perSec) : significant(format, perSec);
}

function loadFigures(result: BackendResult, format: Formatters): Load {
  return {
    poolRate: rate(format, result.pool.measured.throughputPerSec),
    poolMedian: significant(format, result.pool.measured.latencyMs.median),
    clusterRate: rate(format, result.cluster.measured.throughputPerSec),
    clusterMedian: significant(format, result.cluster.measured.latencyMs.median),
  };
}

export function verdictSentence(result: unknown, language: Language): string | undefined {
  const parsed = parseBackendResult(result);
  if (!parsed) return undefined;
  const format = formattersFor(language);
  const words = sentences[language];
  const load = loadFigures(parsed, format);
  const { fault } = parsed;
  if (!fault) return words.noFault(load);
  const back = (ms: number | null) => (ms === null ? words.notBack : words.back(significant(format, ms)));
  return (
    words.fault({
      poolFailed: format.integer(fault.pool.failed),
      poolTotal: format.integer(fault.pool.total),
      poolTotalCount: fault.pool.total,
      signal: fault.pool.deadProcess.signal ?? words.exitCode(fault.pool.deadProcess.code === null ? '?' : format.osId(fault.pool.deadProcess.code)),
      poolBack: back(fault.pool.recoveryMs),
      clusterFailed: format.integer(fault.cluster.failed),
      clusterTotal: format.integer(fault.cluster.total),
      clusterBack: back(fault.cluster.recoveryMs),
    }) + words.load(load)
  );
}
