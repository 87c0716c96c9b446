/**
 * Where Node.js differs from the textbook, one explanation per note id. A
 * run's result lists the ids that apply to it (`nodeNotes`), and the page
 * shows exactly those, so the caveat sits next to the figures it qualifies.
 */
import type { Localized } from '../i18n/dictionary.js';

export type NodeNote = { title: string; body: string };

const en: Record<string, NodeNote> = {
  'fork-is-exec': {
    title: 'A forked Node is a fresh program, not a copy',
    body: 'child_process.fork starts a new Node.js process: the node binary runs afresh, boots V8 and loads its code from scratch. There is no copy-on-write sharing of the parent’s heap, so most of a child’s start-up time is Node booting. A C program calling fork() alone is far cheaper: “Beside C” in the results shows it, timed by the lab’s native engine in this same run (when the server could build it).',
  },
  'worker-own-isolate': {
    title: 'A worker thread brings its own V8 isolate',
    body: 'A Node worker is a real OS thread of the same process (same PID, its own TID), but it starts its own JavaScript engine instance and heap. That is why a worker costs milliseconds and megabytes, far more than a bare pthread (timed in C beside Node’s figures in “Beside C”, when the native engine is available): the thread is cheap, the isolate is not.',
  },
  'rss-counts-shared': {
    title: 'RSS counts shared pages in full, in every process',
    body: 'RSS counts every resident page a process can see, including the Node binary and shared libraries that every Node process maps from the same file. Add up the RSS of ten processes and you count those pages ten times. PSS divides each shared page among the processes sharing it; private memory is what this process alone costs and what the machine gets back when it exits.',
  },
  'worker-own-heap': {
    title: 'Threads share memory only through a SharedArrayBuffer',
    body: 'Each worker thread has its own JavaScript heap: ordinary objects are never shared. Only memory placed in a SharedArrayBuffer is seen by both threads, which is what the two shared-memory channels use.',
  },
  'structured-clone-copies': {
    title: 'postMessage copies',
    body: 'postMessage between threads of one process still copies the message: a structured clone, a deep copy of the object rebuilt in the other thread’s heap; it does not pass a pointer. The bytes do not go through the kernel, but waking the receiving thread still takes a system call, so a round trip costs about as much as IPC or somewhat less (compare the medians above, measured in this run).',
  },
  'stdio-pipes-are-socketpairs': {
    title: 'Node’s “pipes” to a child are socket pairs',
    body: 'The stdio and IPC channels Node opens to a child are Unix socket pairs, not pipes. So the pipe channel here uses real named pipes (FIFOs made with mkfifo) to be a pipe in fact, not only in name.',
  },
  'ipc-costs-a-small-multiple': {
    title: 'On Node, a message between processes costs a small multiple, not orders of magnitude',
    body: 'Textbooks say IPC is far more expensive than talking between threads. In Node both paths copy the message and wake another thread with a system call, so a round trip between processes costs at most a few times one between threads (compare the medians above, measured in this run). Only busy-waiting on shared memory is far faster: it skips the wake-up, at the price of cores kept at 100%.',
  },
  'shared-memory-threads-only': {
    title: 'Only threads get shared memory cheaply',
    body: 'A SharedArrayBuffer can be handed to worker threads of the same process, and then a write by one is seen by the other with no copy from heap to heap; the kernel is needed only to wake a thread that sleeps waiting (Atomics.wait sleeps on a futex, a kernel wait queue tied to one memory word). Node offers no way to share a SharedArrayBuffer with another process; processes would need native shared memory (mmap of a shared file, or shm_open), which plain Node does not expose.',
  },
  'spin-burns-a-core': {
    title: 'Busy-waiting burns a whole core',
    body: 'With busy-waiting on shared memory, a waiting thread never sleeps: it loops reading a shared word until it changes. That gives the lowest latency of all, at the price of a core at 100% for as long as it waits; here both sides wait in turn, so both threads keep a core busy, which on a 2-core machine is all of it. Real locks spin only briefly, then sleep (futex wait and wake).',
  },
};

const ptBR: typeof en = {
  'fork-is-exec': {
    title: 'Um Node criado com fork é um programa novo, não uma cópia',
    body: 'child_process.fork cria um processo Node.js novo: o binário do Node roda de novo, inicia o V8 e carrega o seu código do zero. Não há copy-on-write do heap do pai, então a maior parte do tempo de partida de um filho é o Node iniciando. Um programa em C que só chama fork() é muito mais barato: “Ao lado do C”, nos resultados, mostra isso, cronometrado pelo motor nativo do laboratório nesta mesma execução (quando o servidor conseguiu compilá-lo).',
  },
  'worker-own-isolate': {
    title: 'Uma worker thread traz o seu próprio isolate do V8',
    body: 'Uma worker do Node é uma thread real do sistema no mesmo processo (mesmo PID, TID próprio), mas inicia a sua própria instância do motor JavaScript e o seu próprio heap. Por isso uma worker custa milissegundos e megabytes, muito mais que uma pthread pura (cronometrada em C ao lado dos números do Node em “Ao lado do C”, quando o motor nativo está disponível): a thread é barata, o isolate não.',
  },
  'rss-counts-shared': {
    title: 'O RSS conta as páginas compartilhadas inteiras, em cada processo',
    body: 'O RSS conta toda página residente que o processo enxerga, inclusive o binário do Node e as bibliotecas compartilhadas que todo processo Node mapeia do mesmo arquivo. Some o RSS de dez processos e essas páginas entram dez vezes. O PSS divide cada página compartilhada entre os processos que a usam; a memória privada é o que só este processo custa, e o que a máquina recupera quando ele termina.',
  },
  'worker-own-heap': {
    title: 'Threads só compartilham memória por um SharedArrayBuffer',
    body: 'Cada worker thread tem o seu próprio heap de JavaScript: objetos comuns nunca são compartilhados. Só a memória colocada num SharedArrayBuffer é vista pelas duas threads, e é isso que os dois canais de memória compartilhada usam.',
  },
  'structured-clone-copies': {
    title: 'postMessage copia',
    body: 'postMessage entre threads de um mesmo processo ainda copia a mensagem: um structured clone, uma cópia profunda do objeto reconstruída no heap da outra thread; não passa um ponteiro. Os bytes não passam pelo kernel, mas acordar a thread que recebe ainda exige uma chamada de sistema, então uma ida e volta custa mais ou menos o mesmo que IPC, ou um pouco menos (compare as medianas acima, medidas nesta execução).',
  },
  'stdio-pipes-are-socketpairs': {
    title: 'Os “pipes” do Node para um filho são pares de sockets',
    body: 'Os canais de stdio e de IPC que o Node abre para um filho são pares de sockets Unix, não pipes. Por isso o canal pipe aqui usa pipes nomeados de verdade (FIFOs criados com mkfifo), para ser um pipe de fato e não só no nome.',
  },
  'ipc-costs-a-small-multiple': {
    title: 'No Node, uma mensagem entre processos custa um múltiplo pequeno, não ordens de grandeza',
    body: 'Os livros dizem que IPC é muito mais caro que a conversa entre threads. No Node os dois caminhos copiam a mensagem e acordam outra thread com uma chamada de sistema, então uma ida e volta entre processos custa no máximo algumas vezes a de threads (compare as medianas acima, medidas nesta execução). Só a espera ativa na memória compartilhada é muito mais rápida: ela dispensa o despertar, ao custo de núcleos a 100%.',
  },
  'shared-memory-threads-only': {
    title: 'Só threads têm memória compartilhada barata',
    body: 'Um SharedArrayBuffer pode ser entregue a worker threads do mesmo processo, e então a escrita de uma é vista pela outra sem cópia de um heap para outro; o kernel só entra para acordar uma thread que dorme esperando (Atomics.wait dorme num futex, uma fila de espera do kernel ligada a uma palavra da memória). O Node não oferece como compartilhar um SharedArrayBuffer com outro processo; processos precisariam de memória compartilhada nativa (mmap de um arquivo compartilhado, ou shm_open), que o Node puro não expõe.',
  },
  'spin-burns-a-core': {
    title: 'Espera ativa queima um núcleo inteiro',
    body: 'Com espera ativa na memória compartilhada, a thread que espera nunca dorme: fica em laço lendo uma palavra compartilhada até ela mudar. Isso dá a menor latência de todas, ao custo de um núcleo a 100% enquanto espera; aqui os dois lados esperam cada um na sua vez, então as duas threads mantêm um núcleo ocupado cada, o que numa máquina de 2 núcleos é a máquina inteira. Travas reais fazem espera ativa só por um instante e depois dormem (espera e despertar num futex).',
  },
};

export const nodeNotes: Localized<Record<string, NodeNote>> = { en, 'pt-BR': ptBR };
