/**
 * The communication lesson's own text, English and Brazilian Portuguese.
 * `pt-BR` is typed as the English object's type, so a missing key does not compile.
 */
import type { Localized } from '../../i18n/dictionary.js';

type Channel = { channel: string };

const en = {
  intro:
    'The lab host sends a message and waits for the reply, over each channel in turn: to a worker thread of its own (postMessage, or shared memory), and to child processes (Node’s IPC channel, a named pipe, a Unix socket, TCP). Two round trips of each are played here; the rest (as many as the form asks, 2,000 by default) are measured without being drawn.',
  whatToNotice: [
    'Between processes, over these channels (Node IPC, a named pipe, sockets), write() copies the bytes into the kernel and read() copies them out into the other process; over IPC the message is also serialized before and decoded after.',
    'postMessage between threads does not carry the message through the kernel: it copies it from one heap into the other inside the process, by structured clone (a deep copy that rebuilds the object, nested values included, in the receiver’s heap). Waking the receiving thread still takes a system call.',
    'Through shared memory no channel carries the bytes: the sender copies the message into a buffer both threads see, and the receiver reads it there. With Atomics.wait the receiver sleeps in the kernel on a futex (a memory word the kernel can make a thread wait on until another thread wakes it, through the futex() system call); with busy-waiting it never sleeps.',
    'Processes can share memory too (mmap with MAP_SHARED, or shm_open): the C program in the results (“Beside C”) does it between a parent and its child. Node’s SharedArrayBuffer, though, is shared only between threads of one process.',
    'Compare the medians: the verdict gives, for this run, the time of the fastest channel between processes as a multiple of postMessage’s time between threads.',
    'Shared memory with busy-waiting was the fastest in this lab’s runs on a 2-core machine because neither thread sleeps: each tests a flag in a loop, keeping its core busy while it waits.',
  ],
  now: {
    setup: 'Starting the other end of each channel: a thread, and child processes',
    story: ({ channel, bytes }: Channel & { bytes: string }) => `Now: ${channel}, ${bytes}-byte messages`,
    threads: 'between two threads of one process',
    processes: 'between two processes',
    done: 'Done: every channel measured',
  },
  kernel: 'kernel',
  kernelNote: 'pipes, sockets and IPC copy through it',
  mailbox: 'mailbox',
  hostMain: 'main thread (lab host)',
  peerThread: 'peer thread',
  actors: {
    host: 'lab host',
    peerThread: 'peer thread',
    peerProcess: 'peer process',
    peerAdvanced: 'peer process (V8 serializer)',
  },
  steps: {
    serialize: ['Serialize: JSON.stringify turns the message into bytes', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'Deserialize: JSON.parse builds a new object'],
    serializeAdvanced: ['Serialize: V8’s serializer turns the message into bytes', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'Deserialize: V8 builds a new object from the bytes'],
    stream: ['The frame is already bytes: nothing to encode', 'write(): the bytes are copied into the kernel', 'read(): copied out of the kernel into the other process', 'The bytes arrive as they were sent'],
    clone: ['Structured clone: the message is copied out of the sender’s heap', 'Queued on the other thread’s message port', 'Rebuilt in the receiver’s heap: a new copy', 'Inside one process: the bytes do not pass through the kernel'],
    sharedWait: ['Copy the message into the shared buffer', 'Wake the other thread (Atomics.notify: a futex call)', 'It reads the bytes in place: no second copy', 'One address space: the bytes never left it'],
    sharedSpin: ['Copy the message into the shared buffer', 'The other thread tests a flag in a loop: it sees the change at once', 'It reads the bytes in place: no second copy', 'One address space: the bytes never left it'],
  },
  callouts: {
    processChannel: ({ channel, from, to }: { channel: string; from: string; to: string }) =>
      `${channel}: PID ${from} → kernel → PID ${to}, a copy at each arrow.`,
    postMessage: ({ pid }: { pid: string }) => `postMessage: both threads are in PID ${pid}, yet each message was copied heap to heap.`,
    shared: ({ channel, pid }: { channel: string; pid: string }) => `${channel}: messages copied once into a buffer in PID ${pid}, read in place.`,
    spin: 'Busy-waiting: the waiting thread never sleeps, testing a flag in a loop, its core at 100%.',
    measured: ({ thread, threadUs, process, processUs }: { thread: string; threadUs: string; process: string; processUs: string }) =>
      `Fastest median round trip: threads, ${thread} (${threadUs} µs); processes, ${process} (${processUs} µs).`,
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  native: {
    heading: 'Beside C: the same round trip without a runtime',
    intro: ({ bytes }: { bytes: string }) =>
      `The same run also timed a C program (the lab’s native engine): two processes, a parent and its forked child, passing ${bytes} bytes there and back. Beside each, the Node channel that does the same job, from this run: the named pipe, and shared memory with Atomics.wait (whose waiting thread also sleeps on a futex, but it runs between two threads of one process, not two processes).`,
    columnChannel: 'C channel',
    columnMedian: 'round trip, median (µs)',
    columnP99: 'p99 (µs)',
    columnRoundTrips: 'round trips',
    columnNode: 'Node, same job: median (µs)',
    columnNodeOverC: 'Node ÷ C: how many times as long',
    pipe: 'pipe: the kernel copies the bytes each way',
    shmFutex: 'shared memory + futex: the bytes are written and read in a mapping both processes share; the kernel only puts the waiting side to sleep and wakes it',
    cut: 'stopped early to stay within the time limit',
    unavailable: ({ reason }: { reason: string }) => `No C figures in this run: ${reason}.`,
  },
  results: {
    heading: 'Results: measured on this machine',
    setup: ({ bytes, roundTrips }: { bytes: string; roundTrips: string }) => `Messages of ${bytes} bytes; up to ${roundTrips} round trips per channel.`,
    columnChannel: 'channel',
    columnBetween: 'between',
    columnCopies: 'how the bytes travel',
    columnMedian: 'round trip, median (µs)',
    columnP99: 'p99 (µs)',
    columnThroughput: 'throughput (MB/s)',
    between: { threads: 'threads', processes: 'processes' },
    copies: { 'structured-clone': 'structured clone, heap to heap', none: 'shared buffer, read in place', 'serialize-kernel': 'serialized, through the kernel', kernel: 'through the kernel' },
    latencyTitle: 'Round-trip latency per channel (log scale)',
    latencyAxis: 'microseconds per round trip (log scale)',
    latencyNote: 'Bars: median. Diamonds: p99 (1 round trip in 100 took longer than this). Orange, hatched: between threads; blue: between processes.',
    median: 'median',
    p99: 'p99',
    throughputTitle: 'Throughput per channel (log scale)',
    throughputAxis: 'MB/s, one way (log scale)',
    spinWarning: ({ cores }: { cores: string }) =>
      `Shared memory with busy-waiting looks unbeatable, but both of its threads wait by testing a flag in a loop: each keeps a core at 100% for as long as it waits (this run could use ${cores}). Use it only for very short waits.`,
    cut: ({ channels }: { channels: string }) => `Cut short to stay within the time limit: ${channels}.`,
    cores: { one: 'core', other: 'cores' },
  },
};

const ptBR: typeof en = {
  intro:
    'O host do laboratório envia uma mensagem e espera a resposta, por cada canal de cada vez: para uma worker thread dele mesmo (postMessage, ou memória compartilhada) e para processos filhos (o canal IPC do Node, um pipe nomeado, um socket Unix, TCP). Duas idas e voltas de cada são mostradas aqui; as demais (quantas o formulário pedir, 2.000 por padrão) são medidas sem ser desenhadas.',
  whatToNotice: [
    'Entre processos, por estes canais (IPC do Node, um pipe nomeado, sockets), write() copia os bytes para o kernel e read() os copia de lá para o outro processo; no IPC a mensagem ainda é serializada antes e decodificada depois.',
    'O postMessage entre threads não leva a mensagem pelo kernel: copia-a de um heap para o outro dentro do processo, por structured clone (uma cópia profunda que reconstrói o objeto, com os valores aninhados, no heap de quem recebe). Acordar a thread que recebe ainda custa uma chamada de sistema.',
    'Pela memória compartilhada nenhum canal leva os bytes: quem envia copia a mensagem para um buffer que as duas threads enxergam, e quem recebe a lê ali mesmo. Com Atomics.wait quem recebe dorme no kernel num futex (uma palavra da memória na qual o kernel faz uma thread esperar até outra acordá-la, pela chamada de sistema futex()); com espera ativa, nunca dorme.',
    'Processos também podem compartilhar memória (mmap com MAP_SHARED, ou shm_open): o programa em C dos resultados (“Ao lado do C”) faz isso entre um pai e o seu filho. Já o SharedArrayBuffer do Node só é compartilhado entre threads de um mesmo processo.',
    'Compare as medianas: o veredito dá, para esta execução, o tempo do canal mais rápido entre processos como múltiplo do tempo do postMessage entre threads.',
    'A memória compartilhada com espera ativa foi a mais rápida nas execuções deste laboratório numa máquina de 2 núcleos porque nenhuma das threads dorme: cada uma testa uma flag em laço e mantém o seu núcleo ocupado enquanto espera.',
  ],
  now: {
    setup: 'Iniciando a outra ponta de cada canal: uma thread e processos filhos',
    story: ({ channel, bytes }) => `Agora: ${channel}, mensagens de ${bytes} bytes`,
    threads: 'entre duas threads de um processo',
    processes: 'entre dois processos',
    done: 'Fim: todos os canais medidos',
  },
  kernel: 'kernel',
  kernelNote: 'pipes, sockets e IPC copiam por ele',
  mailbox: 'caixa postal',
  hostMain: 'thread principal (host)',
  peerThread: 'thread parceira',
  actors: {
    host: 'host do laboratório',
    peerThread: 'thread parceira',
    peerProcess: 'processo parceiro',
    peerAdvanced: 'processo parceiro (serializador V8)',
  },
  steps: {
    serialize: ['Serializar: JSON.stringify transforma a mensagem em bytes', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Desserializar: JSON.parse monta um objeto novo'],
    serializeAdvanced: ['Serializar: o serializador do V8 transforma a mensagem em bytes', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Desserializar: o V8 monta um objeto novo a partir dos bytes'],
    stream: ['O quadro já é bytes: nada a codificar', 'write(): os bytes são copiados para o kernel', 'read(): copiados do kernel para o outro processo', 'Os bytes chegam como foram enviados'],
    clone: ['Structured clone: a mensagem é copiada para fora do heap de quem envia', 'Enfileirada na porta de mensagens da outra thread', 'Reconstruída no heap de quem recebe: uma cópia nova', 'Dentro de um processo: os bytes não passam pelo kernel'],
    sharedWait: ['Copiar a mensagem para o buffer compartilhado', 'Acordar a outra thread (Atomics.notify: uma chamada futex)', 'Ela lê os bytes ali mesmo: sem segunda cópia', 'Um espaço de endereçamento: os bytes nunca saíram dele'],
    sharedSpin: ['Copiar a mensagem para o buffer compartilhado', 'A outra thread testa uma flag em laço: vê a mudança na hora', 'Ela lê os bytes ali mesmo: sem segunda cópia', 'Um espaço de endereçamento: os bytes nunca saíram dele'],
  },
  callouts: {
    processChannel: ({ channel, from, to }) => `${channel}: PID ${from} → kernel → PID ${to}, uma cópia em cada seta.`,
    postMessage: ({ pid }) => `postMessage: as duas threads estão no PID ${pid}, mas cada mensagem foi copiada de heap para heap.`,
    shared: ({ channel, pid }) => `${channel}: mensagens copiadas uma vez para um buffer no PID ${pid}, lidas ali mesmo.`,
    spin: 'Espera ativa: a thread que espera nunca dorme; testa uma flag em laço, com o núcleo a 100%.',
    measured: ({ thread, threadUs, process, processUs }) =>
      `Ida e volta mais rápida (mediana): threads, ${thread} (${threadUs} µs); processos, ${process} (${processUs} µs).`,
    failed: ({ error }) => `A execução falhou: ${error}`,
  },
  native: {
    heading: 'Ao lado do C: a mesma ida e volta sem runtime',
    intro: ({ bytes }) =>
      `A mesma execução também cronometrou um programa em C (o motor nativo do laboratório): dois processos, um pai e o filho criado por fork, passando ${bytes} bytes de ida e de volta. Ao lado de cada um, o canal do Node que faz o mesmo papel, desta execução: o pipe nomeado, e a memória compartilhada com Atomics.wait (cuja thread que espera também dorme num futex, mas entre duas threads de um processo, não entre dois processos).`,
    columnChannel: 'canal em C',
    columnMedian: 'ida e volta, mediana (µs)',
    columnP99: 'p99 (µs)',
    columnRoundTrips: 'idas e voltas',
    columnNode: 'Node, mesmo papel: mediana (µs)',
    columnNodeOverC: 'Node ÷ C: quantas vezes o tempo',
    pipe: 'pipe: o kernel copia os bytes em cada sentido',
    shmFutex: 'memória compartilhada + futex: os bytes são escritos e lidos num mapeamento que os dois processos compartilham; o kernel só põe o lado que espera para dormir e o acorda',
    cut: 'parou antes para caber no limite de tempo',
    unavailable: ({ reason }) => `Sem números de C nesta execução: ${reason}.`,
  },
  results: {
    heading: 'Resultados: medidos nesta máquina',
    setup: ({ bytes, roundTrips }) => `Mensagens de ${bytes} bytes; até ${roundTrips} idas e voltas por canal.`,
    columnChannel: 'canal',
    columnBetween: 'entre',
    columnCopies: 'como os bytes viajam',
    columnMedian: 'ida e volta, mediana (µs)',
    columnP99: 'p99 (µs)',
    columnThroughput: 'vazão (MB/s)',
    between: { threads: 'threads', processes: 'processos' },
    copies: { 'structured-clone': 'structured clone, de heap para heap', none: 'buffer compartilhado, lido ali mesmo', 'serialize-kernel': 'serializados, pelo kernel', kernel: 'pelo kernel' },
    latencyTitle: 'Latência de ida e volta por canal (escala log)',
    latencyAxis: 'microssegundos por ida e volta (escala log)',
    latencyNote: 'Barras: mediana. Losangos: p99 (1 ida e volta em 100 demorou mais que isso). Laranja hachurado: entre threads; azul: entre processos.',
    median: 'mediana',
    p99: 'p99',
    throughputTitle: 'Vazão por canal (escala log)',
    throughputAxis: 'MB/s, num sentido (escala log)',
    spinWarning: ({ cores }) =>
      `A memória compartilhada com espera ativa parece imbatível, mas as suas duas threads esperam testando uma flag em laço: cada uma mantém um núcleo a 100% enquanto espera (esta execução podia usar ${cores}). Use só para esperas muito curtas.`,
    cut: ({ channels }) => `Encurtado para caber no limite de tempo: ${channels}.`,
    cores: { one: 'núcleo', other: 'núcleos' },
  },
};

export type CommunicationText = typeof en;
export const text: Localized<CommunicationText> = { en, 'pt-BR': ptBR };
