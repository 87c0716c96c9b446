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
    body: 'child_process.fork is fork + exec: the child is a new Node binary that boots V8 and loads its code from scratch. There is no copy-on-write sharing of the parent’s heap, so most of a child’s start-up time is Node booting. A C program calling fork() alone is far cheaper: “Beside C” in the results shows it, timed by the lab’s native engine in this same run (when the server could build it).',
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
    body: 'Each worker thread has its own JavaScript heap: ordinary objects are never shared. Only memory placed in a SharedArrayBuffer is seen by both threads, which is what the sab channels use.',
  },
  'structured-clone-copies': {
    title: 'postMessage copies',
    body: 'postMessage between threads of one process still copies the message (structured clone) from one heap into the other; it does not pass a pointer. It stays cheaper than IPC because nothing crosses into the kernel and back.',
  },
  'stdio-pipes-are-socketpairs': {
    title: 'Node’s “pipes” to a child are socket pairs',
    body: 'The stdio and IPC channels Node opens to a child are Unix socket pairs, not pipes. So the pipe channel here uses real named pipes (FIFOs made with mkfifo) to be a pipe in fact, not only in name.',
  },
  'ipc-costs-a-small-multiple': {
    title: 'On Node, a message between processes costs a small multiple, not orders of magnitude',
    body: 'Textbooks say IPC is far more expensive than talking between threads. In Node both paths serialize the message and wake an event loop, so a round trip between processes costs only a few times one between threads (compare the medians above, measured in this run). The big gap the textbook means is with shared memory, where nothing is copied at all.',
  },
  'shared-memory-threads-only': {
    title: 'Only threads get shared memory cheaply',
    body: 'A SharedArrayBuffer can be handed to worker threads of the same process, and then a write by one is simply seen by the other: no copy, no kernel. Node offers no way to share a SharedArrayBuffer with another process; processes would need native shared memory (mmap of a shared file or shm), which plain Node does not expose.',
  },
  'spin-burns-a-core': {
    title: 'Spinning burns a whole core',
    body: 'In sab-spin the waiting thread never sleeps: it loops reading the shared flag until it changes. That gives the lowest latency of all, at the price of one core at 100% for as long as it waits. On a 2-core machine that is half the machine; real programs spin only briefly, then sleep (wait/notify).',
  },
};

const ptBR: typeof en = {
  'fork-is-exec': {
    title: 'Um Node criado com fork é um programa novo, não uma cópia',
    body: 'child_process.fork é fork + exec: o filho é um binário Node novo que inicia o V8 e carrega o seu código do zero. Não há copy-on-write do heap do pai, então a maior parte do tempo de partida de um filho é o Node iniciando. Um programa em C que só chama fork() é muito mais barato: “Ao lado do C”, nos resultados, mostra isso, cronometrado pelo motor nativo do laboratório nesta mesma execução (quando o servidor conseguiu compilá-lo).',
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
    body: 'Cada worker thread tem o seu próprio heap de JavaScript: objetos comuns nunca são compartilhados. Só a memória colocada num SharedArrayBuffer é vista pelas duas threads, e é isso que os canais sab usam.',
  },
  'structured-clone-copies': {
    title: 'postMessage copia',
    body: 'postMessage entre threads de um mesmo processo ainda copia a mensagem (structured clone) de um heap para o outro; não passa um ponteiro. Continua mais barato que IPC porque nada entra no kernel e volta.',
  },
  'stdio-pipes-are-socketpairs': {
    title: 'Os “pipes” do Node para um filho são pares de sockets',
    body: 'Os canais de stdio e de IPC que o Node abre para um filho são pares de sockets Unix, não pipes. Por isso o canal pipe aqui usa pipes nomeados de verdade (FIFOs criados com mkfifo), para ser um pipe de fato e não só no nome.',
  },
  'ipc-costs-a-small-multiple': {
    title: 'No Node, uma mensagem entre processos custa um múltiplo pequeno, não ordens de grandeza',
    body: 'Os livros dizem que IPC é muito mais caro que a conversa entre threads. No Node os dois caminhos serializam a mensagem e acordam um event loop, então uma ida e volta entre processos custa só algumas vezes a de threads (compare as medianas acima, medidas nesta execução). A grande diferença de que o livro fala é com a memória compartilhada, onde nada é copiado.',
  },
  'shared-memory-threads-only': {
    title: 'Só threads têm memória compartilhada barata',
    body: 'Um SharedArrayBuffer pode ser entregue a worker threads do mesmo processo, e então a escrita de uma é simplesmente vista pela outra: sem cópia, sem kernel. O Node não oferece como compartilhar um SharedArrayBuffer com outro processo; processos precisariam de memória compartilhada nativa (mmap de um arquivo compartilhado ou shm), que o Node puro não expõe.',
  },
  'spin-burns-a-core': {
    title: 'Girar em espera queima um núcleo inteiro',
    body: 'No sab-spin a thread que espera nunca dorme: fica em laço lendo a flag compartilhada até ela mudar. Isso dá a menor latência de todas, ao custo de um núcleo a 100% enquanto espera. Numa máquina de 2 núcleos é metade da máquina; programas reais giram só um instante e depois dormem (wait/notify).',
  },
};

export const nodeNotes: Localized<Record<string, NodeNote>> = { en, 'pt-BR': ptBR };
