/**
 * The hands-on class's text (students running their own experiments on a
 * hosted lab, the presenter's controls, the class wall), in English and
 * Brazilian Portuguese. pt-BR is typed as the English object's type, so a
 * missing key does not compile; text.test.ts checks the rest.
 *
 * Plural and ordinal forms are picked with Intl.PluralRules in wording.ts:
 * a form object lists the categories a language uses (`one`, `other`; for
 * English ordinals also `two`, `few`). Numbers arrive already formatted.
 */
import type { Localized } from '../i18n/dictionary.js';

type Count = { count: string };
type Where = { list: string };

const en = {
  placement: {
    alone: ({ where }: { where: string }) => `Measured alone ${where}`,
    beside: {
      one: ({ count, where }: Count & { where: string }) => `Measured beside ${count} other run, ${where}`,
      other: ({ count, where }: Count & { where: string }) => `Measured beside ${count} other runs, ${where}`,
    },
    cores: {
      one: ({ list }: Where) => `on core ${list}`,
      other: ({ list }: Where) => `on cores ${list}`,
    },
    notPinned: '(reserved, not pinned)',
    paced: 'on any core (paced by a person: it measures no time, so it holds no core)',
    load: ({ start }: { start: string }) => `load ${start} at start`,
    loadBoth: ({ start, end }: { start: string; end: string }) => `load ${start} at start, ${end} at end`,
    label: 'Where this run was measured',
  },
  queue: {
    place: {
      one: ({ n }: { n: string }) => `${n}st`,
      two: ({ n }: { n: string }) => `${n}nd`,
      few: ({ n }: { n: string }) => `${n}rd`,
      other: ({ n }: { n: string }) => `${n}th`,
    },
    waiting: ({ place, wait }: { place: string; wait: string }) => `Queued: ${place} in line, about ${wait} (an estimate)`,
    next: ({ place }: { place: string }) => `Queued: ${place} in line, next to start`,
    seconds: ({ n }: { n: string }) => `${n} s`,
    minutes: ({ n }: { n: string }) => `${n} min`,
  },
  run: {
    closed: 'Hands-on time is closed: follow the presenter.',
    open: 'Hands-on time: run the experiment yourself.',
    connected: 'Connected · hands-on time',
    reasons: {
      closed: 'Hands-on time is closed: follow the presenter.',
      quota: 'You already have a run going and one waiting: wait until one ends.',
      rate: 'You started several runs in a short time: wait a moment.',
      noSession: 'This browser has no session with the lab: reload the page.',
    },
    retryIn: ({ seconds }: { seconds: string }) => `Try again in ${seconds} s.`,
    retryNow: 'You may try again now.',
    quota: ({ running, queued, maxRunning, maxQueued }: { running: string; queued: string; maxRunning: string; maxQueued: string }) =>
      `Your runs: ${running} of ${maxRunning} going, ${queued} of ${maxQueued} waiting`,
    byPresenter: 'run by the presenter',
    byName: ({ name }: { name: string }) => `run by ${name}`,
    byStudent: 'run by a student',
  },
  name: {
    label: 'Your name (shown to the class)',
    save: 'Save name',
    shownAs: ({ name }: { name: string }) => `The class sees your runs as ${name}.`,
    invalid: 'Use 1 to 32 letters, digits, spaces or . _ \u2019 - only.',
    notSent: 'Not connected: the name was not sent.',
  },
  presenter: {
    open: 'Open hands-on time',
    close: 'Close hands-on time',
    isOpen: 'Hands-on time is open: students run their own experiments.',
    isClosed: 'Hands-on time is closed: students follow you.',
    wall: 'Class wall',
    label: 'Hands-on class',
  },
  wall: {
    title: 'Class wall',
    source: 'From the class’s recorded runs: every figure comes from a run’s measured result, never typed in.',
    runs: { one: ({ n }: { n: string }) => `${n} run`, other: ({ n }: { n: string }) => `${n} runs` },
    students: { one: ({ n }: { n: string }) => `${n} student`, other: ({ n }: { n: string }) => `${n} students` },
    /** `runs` and `students` are the counted phrases above. */
    totals: ({ runs, students }: { runs: string; students: string }) => `${runs} by ${students}`,
    pair: ({ runs, students }: { runs: string; students: string }) => `${runs} · ${students}`,
    waiting: 'No finished runs from the class yet. The wall fills in as students’ runs end.',
    hiddenForStudent: 'The class’s figures appear here after your own first run has ended.',
    closedNote: 'Hands-on time is closed: the wall shows the runs recorded so far.',
    runsAxis: 'runs',
    median: ({ value }: { value: string }) => `median ${value}`,
    medianBar: 'median',
    race: {
      title: 'Lost updates per run (plain increments)',
      axis: 'lost updates in a run',
      note: 'Each student’s run counts once: how many increments its threads lost without synchronization (the median over the run’s rounds of plain increments).',
    },
    creation: {
      title: 'Process ÷ thread time to ready, per run',
      axis: 'times slower to start a process',
      note: 'Above 1: a process took longer to be ready than a thread, on that student’s run.',
    },
    parallelism: {
      title: 'Best thread speedup, per run',
      axis: 'speedup (×)',
      note: 'For this CPU-bound job, a speedup above the number of cores the run was given would point to a measuring problem.',
    },
    predictions: ({ matched, total }: { matched: string; total: string }) => `Predictions that matched the run: ${matched} of ${total}`,
    noPredictions: 'No predictions recorded yet.',
    yourClass: 'Your class so far',
    open: 'Open the class wall',
    back: 'Back to the lessons',
    times: ({ value }: { value: string }) => `${value}×`,
  },
};

export type HandsOnText = typeof en;

const ptBR: HandsOnText = {
  placement: {
    alone: ({ where }) => `Medida sozinha ${where}`,
    beside: {
      one: ({ count, where }) => `Medida ao lado de ${count} outra execução, ${where}`,
      other: ({ count, where }) => `Medida ao lado de ${count} outras execuções, ${where}`,
    },
    cores: {
      one: ({ list }) => `no núcleo ${list}`,
      other: ({ list }) => `nos núcleos ${list}`,
    },
    notPinned: '(com reserva, sem fixação)',
    paced: 'em qualquer núcleo (no ritmo de uma pessoa: não mede tempo, por isso não reserva núcleo)',
    load: ({ start }) => `carga ${start} no início`,
    loadBoth: ({ start, end }) => `carga ${start} no início, ${end} no fim`,
    label: 'Onde esta execução foi medida',
  },
  queue: {
    // Portuguese ordinals take the same mark for every number (lugar is masculine: 1.º, 2.º, 3.º).
    place: {
      one: ({ n }) => `${n}.º`,
      two: ({ n }) => `${n}.º`,
      few: ({ n }) => `${n}.º`,
      other: ({ n }) => `${n}.º`,
    },
    waiting: ({ place, wait }) => `Na fila: ${place} lugar, cerca de ${wait} (uma estimativa)`,
    next: ({ place }) => `Na fila: ${place} lugar, a próxima a começar`,
    seconds: ({ n }) => `${n} s`,
    minutes: ({ n }) => `${n} min`,
  },
  run: {
    closed: 'A prática está fechada: acompanhe quem apresenta.',
    open: 'Hora da prática: rode o experimento você mesmo.',
    connected: 'Conectado · hora da prática',
    reasons: {
      closed: 'A prática está fechada: acompanhe quem apresenta.',
      quota: 'Você já tem uma execução rodando e uma esperando: aguarde uma terminar.',
      rate: 'Você começou várias execuções em pouco tempo: espere um pouco.',
      noSession: 'Este navegador não tem sessão com o laboratório: recarregue a página.',
    },
    retryIn: ({ seconds }) => `Tente de novo em ${seconds} s.`,
    retryNow: 'Você já pode tentar de novo.',
    quota: ({ running, queued, maxRunning, maxQueued }) => `Suas execuções: ${running} de ${maxRunning} rodando, ${queued} de ${maxQueued} esperando`,
    byPresenter: 'executada por quem apresenta',
    byName: ({ name }) => `executada por ${name}`,
    byStudent: 'executada por um estudante',
  },
  name: {
    label: 'Seu nome (mostrado à turma)',
    save: 'Salvar nome',
    shownAs: ({ name }) => `A turma vê suas execuções como ${name}.`,
    invalid: 'Use de 1 a 32 letras, dígitos, espaços ou . _ \u2019 - apenas.',
    notSent: 'Sem conexão: o nome não foi enviado.',
  },
  presenter: {
    open: 'Abrir a prática',
    close: 'Fechar a prática',
    isOpen: 'A prática está aberta: os estudantes rodam seus próprios experimentos.',
    isClosed: 'A prática está fechada: os estudantes acompanham você.',
    wall: 'Painel da turma',
    label: 'Turma na prática',
  },
  wall: {
    title: 'Painel da turma',
    source: 'Das execuções gravadas da turma: cada número vem do resultado medido de uma execução, nunca digitado.',
    runs: { one: ({ n }) => `${n} execução`, other: ({ n }) => `${n} execuções` },
    students: { one: ({ n }) => `${n} estudante`, other: ({ n }) => `${n} estudantes` },
    totals: ({ runs, students }) => `${runs} de ${students}`,
    pair: ({ runs, students }) => `${runs} · ${students}`,
    waiting: 'Ainda não há execuções terminadas da turma. O painel se preenche à medida que as execuções terminam.',
    hiddenForStudent: 'Os números da turma aparecem aqui depois que a sua primeira execução terminar.',
    closedNote: 'A prática está fechada: o painel mostra as execuções gravadas até agora.',
    runsAxis: 'execuções',
    median: ({ value }) => `mediana ${value}`,
    medianBar: 'mediana',
    race: {
      title: 'Atualizações perdidas por execução (incrementos simples)',
      axis: 'atualizações perdidas numa execução',
      note: 'Cada execução de um estudante conta uma vez: quantos incrementos as threads dela perderam sem sincronização (a mediana das rodadas de incrementos simples da execução).',
    },
    creation: {
      title: 'Tempo até pronto, processo ÷ thread, por execução',
      axis: 'vezes mais lento para iniciar um processo',
      note: 'Acima de 1: um processo demorou mais que uma thread para ficar pronto, na execução daquele estudante.',
    },
    parallelism: {
      title: 'Melhor aceleração com threads, por execução',
      axis: 'aceleração (×)',
      note: 'Neste trabalho limitado pela CPU, uma aceleração acima do número de núcleos que a execução recebeu indicaria um problema de medição.',
    },
    predictions: ({ matched, total }) => `Previsões que bateram com a execução: ${matched} de ${total}`,
    noPredictions: 'Nenhuma previsão registrada ainda.',
    yourClass: 'Sua turma até agora',
    open: 'Abrir o painel da turma',
    back: 'Voltar às lições',
    times: ({ value }) => `${value}×`,
  },
};

export const handsOnText: Localized<HandsOnText> = { en, 'pt-BR': ptBR };
