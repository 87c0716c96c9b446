/**
 * The communication lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Localized } from '../../i18n/dictionary.js';

type Channel = { channel: string };

const en = {
  intro:
    'The lab host sends a message and waits for the reply, over each channel in turn: to a worker thread of its own (postMessage, or shared memory), and to child processes (IPC, a pipe, a Unix socket, TCP). Two round trips of each are played here; thousands are measured silently.',
  whatToNotice: [
    'Between processes, over these channels (IPC, a pipe, sockets), the message must leave the sender’s address space: it is serialized, copied into the kernel, copied out, and decoded.',
    'postMessage between threads does not carry the message through the kernel: it copies it from one heap into the other inside the process (waking the receiving thread still takes a system call).',
    'Through shared memory no channel carries the bytes: one thread writes them into the shared buffer and the other reads them from the same place (the lab still copies the message into and out of the buffer).',
    'Compare the medians: processes are slower than threads, but by a small factor, not by orders of magnitude.',
    'sab-spin is the fastest of all because the waiting thread never sleeps — it keeps a whole core busy.',
  ],
  now: {
    setup: 'Starting the peers: a thread, and child processes',
    story: ({ channel, bytes }: Channel & { bytes: string }) => `Now: ${channel}, ${bytes}-byte messages`,
    threads: 'between two threads of one process',
    processes: 'between two processes',
    done: 'Done: every channel measured',
  },
  kernel: 'kernel',
  kernelNote: 'the only way between address spaces',
  mailbox: 'mailbox',
  hostMain: 'main thread (lab host)',
  peerThread: 'peer thread',
  actors: {
    host: 'lab host',
    peerThread: 'peer thread',
    peerProcess: 'peer process',
    peerAdvanced: 'peer process (advanced)',
  },
  steps: {
    serialize: ['Serialize: JSON.stringify turns the message into bytes', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'Deserialize: JSON.parse builds a new object'],
    serializeAdvanced: ['Serialize: V8’s serializer turns the message into bytes', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'Deserialize: V8 builds a new object from the bytes'],
    stream: ['The frame is already bytes: nothing to encode', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'The bytes arrive as they were sent'],
    clone: ['Structured clone: the message is copied out of the sender’s heap', 'Queued on the other thread’s message port', 'Rebuilt in the receiver’s heap: a new copy', 'Inside one process: no kernel crossing'],
    sharedWait: ['Write the message into the shared buffer', 'Wake the other thread (Atomics.notify, a futex)', 'It reads the very same bytes: no copy', 'One address space: nothing crossed anything'],
    sharedSpin: ['Write the message into the shared buffer', 'The other thread is spinning on a flag: it sees it at once', 'It reads the very same bytes: no copy', 'One address space: nothing crossed anything'],
  },
  callouts: {
    processChannel: ({ channel, from, to }: { channel: string; from: string; to: string }) =>
      `${channel}: each message left PID ${from}, crossed the kernel, and was rebuilt in PID ${to}.`,
    postMessage: ({ pid }: { pid: string }) => `postMessage: both threads are in PID ${pid}, yet each message was copied from one heap to the other.`,
    shared: ({ channel, pid }: { channel: string; pid: string }) => `${channel}: the peer thread read the bytes the host wrote, in PID ${pid}’s memory — nothing was copied.`,
    spin: 'sab-spin: the waiting thread does not sleep; it spins on a core at 100% until the flag changes.',
    measured: ({ thread, threadUs, process, processUs }: { thread: string; threadUs: string; process: string; processUs: string }) =>
      `Measured medians: fastest between threads ${thread} ${threadUs} µs, fastest between processes ${process} ${processUs} µs per round trip.`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  native: {
    heading: 'Beside C: the same round trip without a runtime',
    intro: ({ bytes }: { bytes: string }) =>
      `The same run also timed a C program (the lab’s native engine): two processes, a parent and its forked child, passing ${bytes} bytes there and back. Beside each, Node’s channel that does the same job in this run: its pipe, and sab-wait (Atomics.wait sleeps on a futex too, but between threads).`,
    columnChannel: 'C channel',
    columnMedian: 'round trip, median (µs)',
    columnP99: 'p99 (µs)',
    columnRoundTrips: 'round trips',
    columnNode: 'Node, same job: median (µs)',
    columnNodeOverC: 'Node ÷ C',
    pipe: 'pipe: the kernel copies the bytes each way',
    shmFutex: 'shared memory + futex: the bytes stay in a shared mapping, the kernel only wakes the other side',
    cut: 'stopped early to stay within the time limit',
    unavailable: ({ reason }: { reason: string }) => `No C figures in this run: ${reason}.`,
  },
  results: {
    heading: 'Results: measured on this machine',
    setup: ({ bytes, roundTrips }: { bytes: string; roundTrips: string }) => `Messages of ${bytes} bytes; up to ${roundTrips} round trips per channel.`,
    columnChannel: 'channel',
    columnBetween: 'between',
    columnCopies: 'copies',
    columnMedian: 'round trip, median (µs)',
    columnP99: 'p99 (µs)',
    columnThroughput: 'throughput (MB/s)',
    between: { threads: 'threads', processes: 'processes' },
    copies: { 'structured-clone': 'structured clone', none: 'none', 'serialize-kernel': 'serialize + kernel', kernel: 'kernel' },
    latencyTitle: 'Round-trip latency per channel (log scale)',
    latencyAxis: 'microseconds per round trip (log scale)',
    latencyNote: 'Bars: median. Diamonds: p99 (1 round trip in 100 was slower). Orange: between threads; blue: between processes.',
    median: 'median',
    p99: 'p99',
    throughputTitle: 'Throughput per channel (log scale)',
    throughputAxis: 'MB/s, one way (log scale)',
    spinWarning: ({ cores }: { cores: string }) =>
      `sab-spin looks unbeatable, but its waiting thread burns a whole core (100% CPU) the entire time it waits: one of this machine’s ${cores} cores. Use it only for very short waits.`,
    cut: ({ channels }: { channels: string }) => `Cut short to stay within the time limit: ${channels}.`,
  },
};

const ptBR: typeof en = {
  intro:
    'O host do laboratório envia uma mensagem e espera a resposta, por cada canal de cada vez: para uma worker thread dele mesmo (postMessage, ou memória compartilhada) e para processos filhos (IPC, um pipe, um socket Unix, TCP). Duas idas e voltas de cada são mostradas aqui; milhares são medidas em silêncio.',
  whatToNotice: [
    'Entre processos, por estes canais (IPC, um pipe, sockets), a mensagem precisa sair do espaço de endereçamento de quem envia: é serializada, copiada para o kernel, copiada de volta e decodificada.',
    'O postMessage entre threads não leva a mensagem pelo kernel: copia-a de um heap para o outro dentro do processo (acordar a thread que recebe ainda custa uma chamada de sistema).',
    'Pela memória compartilhada nenhum canal leva os bytes: uma thread os escreve no buffer compartilhado e a outra os lê do mesmo lugar (o laboratório ainda copia a mensagem para dentro e para fora do buffer).',
    'Compare as medianas: processos são mais lentos que threads, mas por um fator pequeno, não por ordens de grandeza.',
    'O sab-spin é o mais rápido de todos porque a thread que espera nunca dorme — ela mantém um núcleo inteiro ocupado.',
  ],
  now: {
    setup: 'Iniciando os pares: uma thread e processos filhos',
    story: ({ channel, bytes }) => `Agora: ${channel}, mensagens de ${bytes} bytes`,
    threads: 'entre duas threads de um processo',
    processes: 'entre dois processos',
    done: 'Fim: todos os canais medidos',
  },
  kernel: 'kernel',
  kernelNote: 'o único caminho entre espaços de endereçamento',
  mailbox: 'caixa postal',
  hostMain: 'thread principal (host)',
  peerThread: 'thread par',
  actors: {
    host: 'host do laboratório',
    peerThread: 'thread par',
    peerProcess: 'processo par',
    peerAdvanced: 'processo par (advanced)',
  },
  steps: {
    serialize: ['Serializar: JSON.stringify transforma a mensagem em bytes', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Desserializar: JSON.parse monta um objeto novo'],
    serializeAdvanced: ['Serializar: o serializador do V8 transforma a mensagem em bytes', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Desserializar: o V8 monta um objeto novo a partir dos bytes'],
    stream: ['O quadro já é bytes: nada a codificar', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Os bytes chegam como foram enviados'],
    clone: ['Structured clone: a mensagem é copiada para fora do heap de quem envia', 'Enfileirada na porta de mensagens da outra thread', 'Reconstruída no heap de quem recebe: uma cópia nova', 'Dentro de um processo: nada atravessa o kernel'],
    sharedWait: ['Escrever a mensagem no buffer compartilhado', 'Acordar a outra thread (Atomics.notify, um futex)', 'Ela lê exatamente os mesmos bytes: sem cópia', 'Um espaço de endereçamento: nada atravessou nada'],
    sharedSpin: ['Escrever a mensagem no buffer compartilhado', 'A outra thread gira numa flag: vê a mudança na hora', 'Ela lê exatamente os mesmos bytes: sem cópia', 'Um espaço de endereçamento: nada atravessou nada'],
  },
  callouts: {
    processChannel: ({ channel, from, to }) => `${channel}: cada mensagem saiu do PID ${from}, atravessou o kernel e foi reconstruída no PID ${to}.`,
    postMessage: ({ pid }) => `postMessage: as duas threads estão no PID ${pid}, mas cada mensagem foi copiada de um heap para o outro.`,
    shared: ({ channel, pid }) => `${channel}: a thread par leu os bytes que o host escreveu, na memória do PID ${pid} — nada foi copiado.`,
    spin: 'sab-spin: a thread que espera não dorme; ela gira num núcleo a 100% até a flag mudar.',
    measured: ({ thread, threadUs, process, processUs }) =>
      `Medianas medidas: o mais rápido entre threads foi ${thread} com ${threadUs} µs, entre processos ${process} com ${processUs} µs por ida e volta.`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  native: {
    heading: 'Ao lado do C: a mesma ida e volta sem runtime',
    intro: ({ bytes }) =>
      `A mesma execução também cronometrou um programa em C (o motor nativo do laboratório): dois processos, um pai e o filho criado por fork, passando ${bytes} bytes de ida e de volta. Ao lado de cada um, o canal do Node que faz o mesmo papel nesta execução: o seu pipe, e sab-wait (Atomics.wait também dorme num futex, mas entre threads).`,
    columnChannel: 'canal em C',
    columnMedian: 'ida e volta, mediana (µs)',
    columnP99: 'p99 (µs)',
    columnRoundTrips: 'idas e voltas',
    columnNode: 'Node, mesmo papel: mediana (µs)',
    columnNodeOverC: 'Node ÷ C',
    pipe: 'pipe: o kernel copia os bytes em cada sentido',
    shmFutex: 'memória compartilhada + futex: os bytes ficam num mapeamento compartilhado, o kernel só acorda o outro lado',
    cut: 'parou antes para caber no limite de tempo',
    unavailable: ({ reason }) => `Sem números de C nesta execução: ${reason}.`,
  },
  results: {
    heading: 'Resultados: medidos nesta máquina',
    setup: ({ bytes, roundTrips }) => `Mensagens de ${bytes} bytes; até ${roundTrips} idas e voltas por canal.`,
    columnChannel: 'canal',
    columnBetween: 'entre',
    columnCopies: 'cópias',
    columnMedian: 'ida e volta, mediana (µs)',
    columnP99: 'p99 (µs)',
    columnThroughput: 'vazão (MB/s)',
    between: { threads: 'threads', processes: 'processos' },
    copies: { 'structured-clone': 'structured clone', none: 'nenhuma', 'serialize-kernel': 'serializar + kernel', kernel: 'kernel' },
    latencyTitle: 'Latência de ida e volta por canal (escala log)',
    latencyAxis: 'microssegundos por ida e volta (escala log)',
    latencyNote: 'Barras: mediana. Losangos: p99 (1 ida e volta em 100 foi mais lenta). Laranja: entre threads; azul: entre processos.',
    median: 'mediana',
    p99: 'p99',
    throughputTitle: 'Vazão por canal (escala log)',
    throughputAxis: 'MB/s, num sentido (escala log)',
    spinWarning: ({ cores }) =>
      `O sab-spin parece imbatível, mas a thread que espera queima um núcleo inteiro (100% de CPU) durante toda a espera: um dos ${cores} núcleos desta máquina. Use só para esperas muito curtas.`,
    cut: ({ channels }) => `Encurtado para caber no limite de tempo: ${channels}.`,
  },
};

export type CommunicationText = typeof en;
export const text: Localized<CommunicationText> = { en, 'pt-BR': ptBR };
