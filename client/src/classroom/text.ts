/**
 * The classroom's own text (presenter view, room, export and replay), in
 * English and Brazilian Portuguese. pt-BR is typed as the English object's
 * type, so a missing key does not compile; text.test.ts checks the rest.
 */
import type { Localized } from '../i18n/dictionary.js';

const en = {
  presenter: {
    enter: 'Present',
    exit: 'Leave presenter view',
    label: 'Presenter controls',
    runAgain: 'Run again',
    fullscreen: 'Full screen',
    slower: 'Slower',
    faster: 'Faster',
    keys: 'Keys',
    join: 'How to join',
    lessons: 'Lessons',
    lessonKey: ({ key, title }: { key: string; title: string }) => `${key}: ${title}`,
    /** Button labels for lessons whose title is long (the full title is the button's tooltip); others show their title up to a colon. */
    shortTitles: { backend: 'Backend' } as Record<string, string>,
    cannotRun: 'Only the presenter can start runs here.',
  },
  keyHelp: {
    title: 'Keyboard shortcuts',
    close: 'Close',
    playPause: 'Play or pause',
    step: 'Step back / forward one event',
    runAgain: 'Run this lesson again (same parameters)',
    fullscreen: 'Full screen on or off',
    speed: 'Slower / faster',
    lessons: ({ last }: { last: string }) => `Go to lesson 1 to ${last}`,
    help: 'Show or hide this help',
    present: 'Presenter view on or off',
    join: 'Show how students join',
    escape: 'Close this panel',
    presenterOnly: ({ last }: { last: string }) => `R, F, + / −, 1–${last} and J work in presenter view.`,
    spaceKey: 'Space',
    escapeKey: 'Esc',
  },
  room: {
    following: 'Following the presenter',
    exploreAlone: 'Explore alone',
    exploring: 'Exploring alone',
    rejoin: 'Rejoin the presenter',
    /** No plural form needed: "1 following", "2 following"; "1 acompanhando", "2 acompanhando". */
    followers: ({ count }: { count: string }) => `${count} following`,
    joinTitle: 'Join this class',
    joinLead: 'Open this address on a phone or laptop on the same network (or scan the code):',
    joinLoopback:
      'This page was opened through this computer’s own address, which other machines cannot reach. Open the presenter address the server printed (with the network IP) so this shows the right one.',
    qrLabel: ({ url }: { url: string }) => `QR code of ${url}`,
    close: 'Close',
    showJoin: 'Join info',
  },
  runTools: {
    label: 'This run',
    permalink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Copy this link:',
    ndjson: 'Download events (NDJSON)',
    trace: 'Download trace (Perfetto)',
    traceHint: 'Open the trace at ui.perfetto.dev: processes become groups of thread tracks, messages become arrows.',
    openFile: 'Open a run file…',
    fromFile: ({ name }: { name: string }) => `replayed from the file ${name}`,
    replayHeading: 'Replay a recorded run',
    replayLead: 'A run downloaded as NDJSON plays here even without the lab server: open it, or drop it on the page.',
  },
  replay: {
    dropHere: 'Drop a run file (.ndjson) to replay it',
    reading: 'Reading the file…',
    loaded: ({ count, name }: { count: string; name: string }) => `Replaying ${name} (events: ${count}).`,
    pickLesson: 'Which lesson recorded this run?',
    open: 'Replay',
    cancel: 'Cancel',
    errorTitle: ({ name }: { name: string }) => `Cannot replay ${name}`,
    errors: {
      empty: 'the file is empty.',
      tooLarge: ({ megabytes }: { megabytes: string }) => `the file is larger than ${megabytes} MB.`,
      notJson: ({ line }: { line: string }) => `line ${line} is not JSON.`,
      notEvent: ({ line, detail }: { line: string; detail: string }) => `line ${line} is not a lab event (${detail}).`,
      otherRun: ({ line, run, first }: { line: string; run: string; first: string }) =>
        `line ${line} belongs to run ${run}, but line 1 to run ${first}.`,
      outOfOrder: ({ line, seq, expected }: { line: string; seq: string; expected: string }) =>
        `line ${line} has event number ${seq}; expected ${expected} (events missing or out of order).`,
      afterEnd: ({ line }: { line: string }) => `line ${line} comes after the run already ended.`,
      unreadable: 'the file could not be read.',
    },
  },
  permalink: {
    opening: ({ id }: { id: string }) => `Opening run ${id}…`,
    notFound: ({ id }: { id: string }) => `The lab has no run ${id}. It may have been deleted, or recorded on another machine: open its file instead.`,
    offline: 'The lab server did not answer.',
  },
  announce: {
    currentEvent: ({ index, text }: { index: string; text: string }) => `Event ${index}: ${text}`,
  },
};

const ptBR: typeof en = {
  presenter: {
    enter: 'Apresentar',
    exit: 'Sair do modo apresentação',
    label: 'Controles da apresentação',
    runAgain: 'Executar de novo',
    fullscreen: 'Tela cheia',
    slower: 'Mais devagar',
    faster: 'Mais rápido',
    keys: 'Teclas',
    join: 'Como entrar',
    lessons: 'Lições',
    lessonKey: ({ key, title }) => `${key}: ${title}`,
    shortTitles: { backend: 'Backend' },
    cannotRun: 'Aqui só quem apresenta pode iniciar execuções.',
  },
  keyHelp: {
    title: 'Atalhos de teclado',
    close: 'Fechar',
    playPause: 'Reproduzir ou pausar',
    step: 'Voltar / avançar um evento',
    runAgain: 'Executar esta lição de novo (mesmos parâmetros)',
    fullscreen: 'Ligar ou desligar a tela cheia',
    speed: 'Mais devagar / mais rápido',
    lessons: ({ last }) => `Ir para a lição 1 a ${last}`,
    help: 'Mostrar ou esconder esta ajuda',
    present: 'Ligar ou desligar o modo apresentação',
    join: 'Mostrar como os alunos entram',
    escape: 'Fechar este painel',
    presenterOnly: ({ last }) => `R, F, + / −, 1–${last} e J funcionam no modo apresentação.`,
    spaceKey: 'Espaço',
    escapeKey: 'Esc',
  },
  room: {
    following: 'Acompanhando quem apresenta',
    exploreAlone: 'Explorar sozinho',
    exploring: 'Explorando sozinho',
    rejoin: 'Voltar a acompanhar',
    followers: ({ count }) => `${count} acompanhando`,
    joinTitle: 'Entre nesta aula',
    joinLead: 'Abra este endereço num celular ou notebook na mesma rede (ou leia o código):',
    joinLoopback:
      'Esta página foi aberta pelo endereço local deste computador, que as outras máquinas não alcançam. Abra o endereço de apresentação que o servidor mostrou (com o IP da rede) para que apareça o endereço certo.',
    qrLabel: ({ url }) => `Código QR de ${url}`,
    close: 'Fechar',
    showJoin: 'Como entrar',
  },
  runTools: {
    label: 'Esta execução',
    permalink: 'Copiar link',
    copied: 'Link copiado',
    copyFailed: 'Copie este link:',
    ndjson: 'Baixar eventos (NDJSON)',
    trace: 'Baixar trace (Perfetto)',
    traceHint: 'Abra o trace em ui.perfetto.dev: processos viram grupos de trilhas de threads, mensagens viram setas.',
    openFile: 'Abrir arquivo de execução…',
    fromFile: ({ name }) => `reproduzida do arquivo ${name}`,
    replayHeading: 'Reproduzir uma execução gravada',
    replayLead: 'Uma execução baixada em NDJSON é reproduzida aqui mesmo sem o servidor do laboratório: abra o arquivo ou solte-o na página.',
  },
  replay: {
    dropHere: 'Solte um arquivo de execução (.ndjson) para reproduzi-lo',
    reading: 'Lendo o arquivo…',
    loaded: ({ count, name }) => `Reproduzindo ${name} (eventos: ${count}).`,
    pickLesson: 'Qual lição gravou esta execução?',
    open: 'Reproduzir',
    cancel: 'Cancelar',
    errorTitle: ({ name }) => `Não foi possível reproduzir ${name}`,
    errors: {
      empty: 'o arquivo está vazio.',
      tooLarge: ({ megabytes }) => `o arquivo tem mais de ${megabytes} MB.`,
      notJson: ({ line }) => `a linha ${line} não é JSON.`,
      notEvent: ({ line, detail }) => `a linha ${line} não é um evento do laboratório (${detail}).`,
      otherRun: ({ line, run, first }) => `a linha ${line} é da execução ${run}, mas a linha 1 é da execução ${first}.`,
      outOfOrder: ({ line, seq, expected }) =>
        `a linha ${line} tem o evento número ${seq}; esperava-se ${expected} (eventos faltando ou fora de ordem).`,
      afterEnd: ({ line }) => `a linha ${line} vem depois do fim da execução.`,
      unreadable: 'não foi possível ler o arquivo.',
    },
  },
  permalink: {
    opening: ({ id }) => `Abrindo a execução ${id}…`,
    notFound: ({ id }) =>
      `O laboratório não tem a execução ${id}. Ela pode ter sido apagada ou gravada em outra máquina: abra o arquivo dela.`,
    offline: 'O servidor do laboratório não respondeu.',
  },
  announce: {
    currentEvent: ({ index, text }) => `Evento ${index}: ${text}`,
  },
};

export type ClassroomText = typeof en;
export const classroomText: Localized<ClassroomText> = { en, 'pt-BR': ptBR };
