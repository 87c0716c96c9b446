/**
 * The backend lesson's page and stage text, English and Brazilian
 * Portuguese. `pt-BR` is typed as the English object's type, so a missing
 * key does not compile. Results text is in resultsText.ts.
 */
import type { Localized } from '../../i18n/dictionary.js';
import { formattersFor } from '../../i18n/format.js';

type N = { n: string };
type Who = { actor: string };
/** Requests the stage drew for one side and how many of them failed: figures as shown, and their numbers for the plural forms (Intl.PluralRules). */
type Lost = { side: string; lost: string; lostCount: number; shown: string; shownCount: number };
const en_ = formattersFor('en');
const pt_ = formattersFor('pt-BR');

const en = {
  intro:
    'A real HTTP service on this machine, built two ways, under the same real load from a load generator process: a thread pool (one process, several threads) and a cluster (several processes). Then one worker of each crashes for real. Last, two services in separate processes talk over HTTP.',
  sectionPool: 'Thread pool: one process, its threads serve',
  sectionCluster: 'Cluster: one process per worker',
  sectionServices: 'Microservices: two processes talking HTTP — these could be on different machines',
  whatToNotice: [
    'Every thread lane of the pool shows the same PID and its own TID; every cluster worker has its own PID.',
    'Each request shown is drawn at the worker that served it: both architectures spread the work. The stage shows only some requests (the first of each phase, and those sent just around the crash); the results count them all.',
    'When a pool thread sends the fatal signal, the whole box dies (SIGSEGV’s default action ends the whole process): every thread, and every request it held, which gets no answer. The service is down until something restarts the process.',
    'When a cluster worker does the same, only that box dies; the others keep answering and the primary starts a replacement.',
    'The hop between the two services is a real HTTP request over TCP: compare its cost with a function call in the results.',
  ],
  options: { sigsegv: 'a worker crashes (SIGSEGV)', none: 'no fault' } as Record<string, string>,
  faultNote: 'On both sides at once, one request makes the worker that serves it send SIGSEGV to its own process: in the pool that process holds every thread; in the cluster it is that worker alone.',
  phases: { start: 'start', pool: 'thread pool', cluster: 'cluster', fault: 'fault', microservices: 'microservices' } as Record<string, string>,
  actors: {
    loadgen: 'load generator',
    pool: 'thread-pool server',
    poolRestart: 'restarted pool server',
    poolThread: ({ n }: N) => `thread ${n}`,
    cluster: 'cluster primary',
    clusterWorker: ({ n }: N) => `worker ${n}`,
    svcFront: 'service A (orders)',
    svcBack: 'service B (prices)',
  },
  stage: {
    served: ({ count }: { count: string }) => `served ${count}`,
    // The stage draws only some requests; the results count them all, so say these are the ones shown.
    lost: ({ count }: { count: string }) => `✕ failed: ${count} (of those shown)`,
    onTheWire: ({ count }: { count: string }) => `${count} on the wire`,
    restartSlot: 'if the server dies, the lab host restarts it here',
    replacementSlot: 'replacement, if a worker dies',
    replacementOf: ({ actor }: Who) => `replaces ${actor}`,
    hop: 'HTTP over TCP (loopback)',
    hops: ({ count }: { count: string }) => `${count} hops shown`,
    threadsOf: ({ n }: N) => `${n} threads`,
    killedBy: ({ signal }: { signal: string }) => `killed by ${signal}`,
    exitedWith: ({ code }: { code: string }) => `exited with code ${code}`,
    processDied: 'process died',
    finished: 'finished',
    running: 'running',
  },
  callouts: {
    start: ({ n }: N) => `Starting real processes: a ${n}-thread server, a ${n}-process cluster, a load generator, two services.`,
    pool: 'Requests go to the thread pool: each served by one thread (same PID, own TID).',
    cluster: 'The same requests go to the cluster: each served by one worker process (own PID).',
    poolFault: ({ actor }: Who) => `${actor} sent SIGSEGV to its own process: it ends, with every thread and request it held.`,
    clusterFault: ({ actor }: Who) => `${actor} did the same: only that process dies; its siblings keep answering.`,
    replacement: ({ actor }: Who) => `The cluster primary started ${actor} to replace the dead worker.`,
    poolRestart: 'The lab host restarted the thread-pool server: a new process, new PID, new threads.',
    lost: ({ side, lost, shown, shownCount }: Lost) =>
      `${lost} of ${shown} ${en_.pluralForm(shownCount, { one: 'request', other: 'requests' })} shown for the ${side} failed; the verdict counts every request.`,
    microservices: 'Service A asks service B over HTTP: a real network hop, here on loopback.',
    sidePool: 'thread pool',
    sideCluster: 'cluster',
  },
  calloutsHeading: 'What just happened',
  calloutsEmpty: 'Explanations appear here as the run plays.',
  nodeNotesHeading: 'Honest about Node.js',
};

const ptBR: typeof en = {
  intro:
    'Um serviço HTTP real nesta máquina, construído de dois jeitos, sob a mesma carga real de um processo gerador de carga: um pool de threads (um processo, várias threads) e um cluster (vários processos). Depois um worker de cada um cai de verdade. Por fim, dois serviços em processos separados conversam por HTTP.',
  sectionPool: 'Pool de threads: um processo, as threads atendem',
  sectionCluster: 'Cluster: um processo por worker',
  sectionServices: 'Microsserviços: dois processos conversando por HTTP — poderiam estar em máquinas diferentes',
  whatToNotice: [
    'Toda faixa de thread do pool mostra o mesmo PID e o seu próprio TID; cada worker do cluster tem o seu próprio PID.',
    'Cada requisição mostrada aparece no worker que a atendeu: as duas arquiteturas distribuem o trabalho. O palco mostra só algumas requisições (as primeiras de cada fase e as enviadas logo em volta da queda); os resultados contam todas.',
    'Quando uma thread do pool envia o sinal fatal, a caixa inteira morre (a ação padrão do SIGSEGV encerra o processo inteiro): todas as threads, e todas as requisições que ela tinha, que ficam sem resposta. O serviço fica fora do ar até algo reiniciar o processo.',
    'Quando um worker do cluster faz o mesmo, só aquela caixa morre; as outras continuam respondendo e o primário inicia um substituto.',
    'O salto entre os dois serviços é uma requisição HTTP real sobre TCP: compare o custo dele com o de uma chamada de função nos resultados.',
  ],
  options: { sigsegv: 'um worker cai (SIGSEGV)', none: 'sem falha' },
  faultNote: 'Nos dois lados ao mesmo tempo, uma requisição faz o worker que a atende enviar SIGSEGV ao próprio processo: no pool, esse processo contém todas as threads; no cluster, é só aquele worker.',
  phases: { start: 'início', pool: 'pool de threads', cluster: 'cluster', fault: 'falha', microservices: 'microsserviços' },
  actors: {
    loadgen: 'gerador de carga',
    pool: 'servidor com pool de threads',
    poolRestart: 'servidor do pool reiniciado',
    poolThread: ({ n }) => `thread ${n}`,
    cluster: 'primário do cluster',
    clusterWorker: ({ n }) => `worker ${n}`,
    svcFront: 'serviço A (pedidos)',
    svcBack: 'serviço B (preços)',
  },
  stage: {
    served: ({ count }) => `atendeu ${count}`,
    lost: ({ count }) => `✕ falhas: ${count} (das mostradas)`,
    onTheWire: ({ count }) => `${count} a caminho`,
    restartSlot: 'se o servidor morrer, o host do laboratório o reinicia aqui',
    replacementSlot: 'substituto, se um worker morrer',
    replacementOf: ({ actor }) => `substitui ${actor}`,
    hop: 'HTTP sobre TCP (loopback)',
    hops: ({ count }) => `${count} saltos mostrados`,
    threadsOf: ({ n }) => `${n} threads`,
    killedBy: ({ signal }) => `morto por ${signal}`,
    exitedWith: ({ code }) => `saiu com código ${code}`,
    processDied: 'o processo morreu',
    finished: 'terminou',
    running: 'rodando',
  },
  callouts: {
    start: ({ n }) =>
      `Iniciando processos reais: servidor com ${n} ${pt_.pluralForm(Number(n.replace(/\D/g, '')), { one: 'thread', other: 'threads' })}, cluster com ${n} ${pt_.pluralForm(Number(n.replace(/\D/g, '')), { one: 'processo', other: 'processos' })}, gerador de carga, dois serviços.`,
    pool: 'As requisições vão para o pool de threads: cada uma atendida por uma thread (mesmo PID, TID próprio).',
    cluster: 'As mesmas requisições vão para o cluster: cada uma atendida por um processo worker (PID próprio).',
    poolFault: ({ actor }) => `${actor} enviou SIGSEGV ao próprio processo: ele termina, com todas as threads e requisições que tinha.`,
    clusterFault: ({ actor }) => `${actor} fez o mesmo: só aquele processo morre; os irmãos continuam respondendo.`,
    replacement: ({ actor }) => `O primário do cluster iniciou ${actor} para substituir o worker morto.`,
    poolRestart: 'O host do laboratório reiniciou o servidor do pool: um processo novo, PID novo, threads novas.',
    lost: ({ side, lost, lostCount, shown, shownCount }) =>
      `${lost} de ${shown} ${pt_.pluralForm(shownCount, { one: 'requisição mostrada', other: 'requisições mostradas' })} para o ${side} ${pt_.pluralForm(lostCount, { one: 'falhou', other: 'falharam' })}; o veredito conta todas as requisições.`,
    microservices: 'O serviço A pergunta ao serviço B por HTTP: um salto de rede real, aqui pelo loopback.',
    sidePool: 'pool de threads',
    sideCluster: 'cluster',
  },
  calloutsHeading: 'O que acabou de acontecer',
  calloutsEmpty: 'As explicações aparecem aqui durante a reprodução.',
  nodeNotesHeading: 'Sendo honesto sobre o Node.js',
};

export type BackendText = typeof en;
export const text: Localized<BackendText> = { en, 'pt-BR': ptBR };
