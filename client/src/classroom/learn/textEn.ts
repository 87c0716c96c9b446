/**
 * The guided path's text in English: each lesson's introduction (from the
 * course notes in the seeds), its prediction question, and its quiz.
 * Numbers arrive already formatted for the language.
 */

type Q = { question: string; options: string[]; correct: number; explanation: string; hint: string };

const lessons = {
  memory: {
    intro: [
      'A process is a running program with its own address space (code, data, heap, stacks). Processes are isolated: one cannot read or write another’s memory unless both set up shared memory.',
      'A thread is a flow of execution inside a process, with its own stack and registers. All threads of one process share its address space, and also its open files, working directory and signal handlers.',
    ],
    predict: {
      question: 'Each child process adds to its own x. Will the parent’s counter (its x) change?',
      options: { changes: 'Yes: the children’s increments reach the parent', unchanged: 'No: the parent’s x stays 0' },
    },
    quiz: [
      {
        question: 'A child process adds 1 to its x five times. What is the parent’s x afterwards?',
        options: ['5: the child’s writes reach the parent', '0: the child changed its own copy', 'It depends on timing'],
        correct: 1,
        explanation: 'Each process has its own address space: the child’s x is a separate copy, so the parent’s x stays where it was.',
        hint: 'Look at the PIDs: into which address space did the child write?',
      },
      {
        question: 'Three threads of one process each add 5 to a shared x with atomic increments. What is x at the end?',
        options: ['5', 'Each thread has its own x', '15'],
        correct: 2,
        explanation: 'Threads share their process’s memory, so all 15 increments land in the same cell.',
        hint: 'Threads are lanes inside one box: how many cells does that box have?',
      },
      {
        question: 'What does the same PID on two lanes tell you?',
        options: ['They are threads of one process and share its memory', 'They started at the same moment', 'They run on the same core'],
        correct: 0,
        explanation: 'On Linux every thread is a task with its own TID; the PID that getpid() returns is the thread group’s id, shared by all threads of the process, like its memory.',
        hint: 'Compare a thread’s PID with the PID of the box it sits in.',
      },
    ] as Q[],
  },
  communication: {
    intro: [
      'Processes talk through inter-process communication (IPC): pipes and sockets, which copy each message into the kernel and out again, or shared memory that both set up on purpose.',
      'Threads of one process can read and write the same variables directly, but must synchronize their access. In Node only a SharedArrayBuffer is shared between threads; postMessage copies the message (a structured clone: a deep copy of the object into the other thread’s heap).',
    ],
    predict: {
      question: 'How much slower is a message round trip between processes than postMessage between threads?',
      options: { same: 'About the same', x2: 'About 2× slower', x5: 'About 5× slower', x10: '10× slower or more' },
    },
    quiz: [
      {
        question: 'Two processes exchange a message over a pipe. What happens to the bytes?',
        options: ['write() copies them into a buffer in the kernel, read() copies them out', 'The reader gets a pointer to the writer’s memory', 'Nothing is copied: the two processes share memory'],
        correct: 0,
        explanation: 'A pipe is a buffer inside the kernel: write() copies the bytes in and read() copies them out into the reader’s address space. Threads can skip those copies by sharing memory, but waking the other side still takes a system call, so in this lab processes are slower by a small factor, not by orders of magnitude.',
        hint: 'Each process has its own address space: where can the bytes wait in between?',
      },
      {
        question: 'What does a SharedArrayBuffer let threads do?',
        options: ['Read and write the same bytes, with no copy between heaps', 'Send messages through the kernel', 'Run in separate address spaces'],
        correct: 0,
        explanation: 'Both threads see the same bytes, so nothing is copied from heap to heap; access must be synchronized with Atomics. Waiting with Atomics.wait sleeps on a futex (a kernel wait queue tied to one memory word), so it is not always faster than postMessage in this lab; only busy-waiting is, and it keeps a core at 100%.',
        hint: 'The answer is in the name.',
      },
      {
        question: 'Why does the lab time thousands of round trips instead of one?',
        options: ['The first message is always lost', 'To warm up the network card', 'One timing is noisy; the median and p99 of many are meaningful'],
        correct: 2,
        explanation: 'Timings vary with scheduling and caches; a distribution (median, p99) shows what is typical and what is rare.',
        hint: 'Would you trust a single stopwatch reading?',
      },
    ] as Q[],
  },
  race: {
    intro: [
      'Each process has its own address space, so one process cannot corrupt another’s data. Threads share one address space, so threads that write the same data without synchronization can corrupt it.',
      'Tasks that share state can use threads only if they manage synchronization.',
    ],
    predict: {
      question: 'Several threads add 1 to one shared counter without synchronization. Will plain increments lose updates?',
      options: { always: 'Yes, in every round', sometimes: 'Sometimes', never: 'Never' },
    },
    quiz: [
      {
        question: 'Two threads each run x = x + 1 a million times, unsynchronized. Can x end below 2,000,000?',
        options: ['No: an increment is a single step', 'Yes: read, add and write can interleave and lose updates', 'Only on a single core'],
        correct: 1,
        explanation: 'Both threads can read the same old value and both write old + 1: one of the two updates is lost.',
        hint: 'Split x = x + 1 into its three steps.',
      },
      {
        question: 'Which change stops the lost updates?',
        options: ['Adding more threads', 'Running the loop faster', 'Atomics.add, or a lock around the increment'],
        correct: 2,
        explanation: 'An atomic read-modify-write (or a lock) makes each increment indivisible, at a cost in speed.',
        hint: 'The three steps must become one that nobody can interrupt.',
      },
      {
        question: 'Separate processes each increment their own counter. Do they lose updates?',
        options: ['No: each counter is private to its process', 'Yes, just like threads', 'Only if they have the same PID'],
        correct: 0,
        explanation: 'With no shared memory there is nothing to race on: each process ends at exactly its own count.',
        hint: 'Do processes share memory unless you ask for it?',
      },
    ] as Q[],
  },
  creation: {
    intro: [
      'Creation overhead: high for a process, low for a thread.',
      'A new process needs its own memory space and system resources; a new thread reuses those of its process.',
    ],
    predict: {
      question: 'Which is ready to work sooner, a new thread or a new process, and by how much?',
      options: {
        'processes-faster': 'A process starts faster',
        same: 'About the same',
        x2: 'A thread, about 2× faster',
        x5: 'A thread, about 5× faster',
        x10: 'A thread, 10× faster or more',
      },
    },
    quiz: [
      {
        question: 'Why is starting a process more expensive than starting a thread?',
        options: ['Processes run slower once started', 'A process needs its own address space and resources; a thread reuses its process’s', 'Threads are created in advance'],
        correct: 1,
        explanation: 'For a process, fork() must copy the parent’s page tables (marking pages copy-on-write), its file-descriptor table and more; a thread shares all of that and needs only its own stack and kernel task. In Node both are dwarfed by starting JavaScript: a whole new Node for a process, a new V8 isolate (its own engine instance and heap) for a worker.',
        hint: 'What does a new process have that a new thread does not?',
      },
      {
        question: 'In Node, child_process.fork starts…',
        options: ['a new Node process that boots its runtime from scratch', 'a copy-on-write clone of the parent', 'a thread inside the same process'],
        correct: 0,
        explanation: 'child_process.fork spawns a new Node.js process with its own memory and its own V8 instance; booting that runtime is much of the cost you measure.',
        hint: 'Read the note about Node on the lesson page.',
      },
      {
        question: 'Why does the lesson chart every sample, not only the average?',
        options: ['There is only one sample', 'Averages cannot be computed in a browser', 'Timings vary: the spread and the outliers matter'],
        correct: 2,
        explanation: 'One slow start (a busy core, a cold cache) moves an average; showing every sample shows what is typical.',
        hint: 'Are all the dots on the chart at the same height?',
      },
    ] as Q[],
  },
  crash: {
    intro: [
      'When a process crashes, the other processes keep running: each has its own address space.',
      'When a thread triggers a fatal signal (such as SIGSEGV), the whole process ends, every thread with it; and a thread that writes garbage into shared memory damages what every thread reads.',
    ],
    predict: {
      question: 'When one thread faults, what happens to its sibling threads?',
      options: { 'siblings-survive': 'They keep running', 'siblings-die': 'They die with their process' },
    },
    quiz: [
      {
        question: 'A child process dies from SIGSEGV. What happens to its sibling processes?',
        options: ['They all die too', 'They keep running: each one is isolated', 'The parent restarts them'],
        correct: 1,
        explanation: 'SIGSEGV’s default action ends the process that faulted, and only it; its siblings have their own address spaces and keep running.',
        hint: 'Do sibling processes share anything that could break?',
      },
      {
        question: 'A thread writes through a bad pointer and the kernel raises SIGSEGV; no handler is installed. What happens?',
        options: ['Only that thread stops', 'The signal is ignored', 'The whole process dies, with every thread in it'],
        correct: 2,
        explanation: 'The signal is delivered to the thread that faulted, but its default action, ending the process, applies to the whole process: the kernel ends every thread in it.',
        hint: 'A signal may be delivered to one thread, but its action (by default, ending the process) applies to the whole process.',
      },
      {
        question: 'In Node, a worker thread throws an ordinary JavaScript exception that nothing catches, and the main thread listens for the worker’s \'error\' event (as the lab does). What happens?',
        options: ['Only that worker ends; the other threads keep running', 'The whole process crashes', 'Every thread restarts'],
        correct: 0,
        explanation: 'Node ends that worker and emits \'error\' on its Worker object in the main thread; the other threads keep running. Without an \'error\' listener the error would be thrown again in the main thread and end the process. A fatal signal is different: it ends the process.',
        hint: 'Compare the uncaught exception with the fatal signal (SIGSEGV) in the lesson.',
      },
    ] as Q[],
  },
  parallelism: {
    intro: [
      'Threads parallelize tasks inside one application (for example, a thread pool handling HTTP requests); worker processes do the same with each one’s work isolated. Both can use several CPU cores.',
      'Either way, only as many tasks run at the same instant as the machine has CPU cores (logical CPUs).',
    ],
    predict: {
      question: 'A CPU-heavy job is split over 4 threads on this machine. What speedup over the main thread doing it alone?',
      options: { x1: 'About 1× (no gain)', x2: 'About 2×', x3: 'About 3×', x4: 'About 4×' },
    },
    quiz: [
      {
        question: 'A CPU-bound job is split over 4 threads on a 2-core machine. Best possible speedup?',
        options: ['About 4×', 'About 2×', 'About 8×'],
        correct: 1,
        explanation: 'Only as many threads run at the same moment as there are cores; the others wait their turn.',
        hint: 'How many things can 2 cores do at once?',
      },
      {
        question: 'Why is the measured speedup below the number of cores, sometimes far below?',
        options: ['Starting workers, combining results and other programs take time and cores too', 'Threads are slower than processes', 'The clock is wrong'],
        correct: 0,
        explanation: 'Starting workers (in Node, a JavaScript engine each), combining results and any other work on the machine take a share of the cores; the part that does not split limits the speedup (Amdahl’s law). On this lab’s shared 2-core machine, runs have measured from about 1.2× down to below 1×.',
        hint: 'What else happens besides counting primes?',
      },
      {
        question: 'For CPU-bound work in Node, which can use several cores?',
        options: ['Only processes', 'Only worker threads', 'Both: threads start faster, processes isolate failures'],
        correct: 2,
        explanation: 'Worker threads and child processes both run on their own cores; they differ in start-up cost and isolation.',
        hint: 'Look at both curves on the speedup chart.',
      },
    ] as Q[],
  },
  backend: {
    intro: [
      'In a backend, threads handle concurrent tasks inside one application (a thread pool serving HTTP requests), while processes scale services independently: each microservice typically runs in its own process, perhaps on another machine.',
      'When to use which: threads when tasks share state in one address space and you can manage synchronization; processes when tasks need isolation, so that one failing does not affect the others, or must be deployed and scaled on their own.',
    ],
    predict: {
      question: 'One worker of each server crashes (SIGSEGV) while requests are in flight. Which loses more requests: the thread pool or the cluster of processes?',
      options: {
        'pool-loses-more': 'The thread pool loses more',
        same: 'About the same',
        'cluster-loses-more': 'The cluster of processes loses more',
      },
    },
    quiz: [
      {
        question: 'One thread of a thread-pool server segfaults (SIGSEGV). What does the service lose?',
        options: [
          'Only the request that thread was serving',
          'The whole process: every thread and every request in flight, until something restarts it',
          'Nothing: the other threads take over its request',
        ],
        correct: 1,
        explanation: 'A fatal signal ends the whole process, and the pool is one process: every thread dies with it, and requests fail until it is restarted.',
        hint: 'A fatal signal’s default action ends the whole process. How many processes does a thread pool have?',
      },
      {
        question: 'Every request must read and update one in-memory cache, and you can synchronize access. Which fits best?',
        options: ['A separate process per request', 'Separate services that talk HTTP', 'Threads of one process, sharing the cache'],
        correct: 2,
        explanation: 'Threads share their process’s memory, so every request sees one cache. The price: synchronization, and one crashing thread takes the others with it.',
        hint: 'Which of these share memory without asking for it?',
      },
      {
        question: 'A call between two services costs an HTTP hop. Why split a system into separate services (processes) anyway?',
        options: [
          'Each can be scaled, deployed and restarted on its own, and one crashing does not take the others down',
          'An HTTP hop is faster than a function call',
          'Processes share memory, so nothing is copied',
        ],
        correct: 0,
        explanation: 'The hop costs far more than a function call (compare them in the results), but each service is its own process: it scales on its own and its failures stay its own.',
        hint: 'Compare the hop with the function call in the results, then look at what the crash did to each side.',
      },
    ] as Q[],
  },
};

export const learnEn = {
  pathTitle: 'Guided path',
  pathLead: ({ count }: { count: string }) =>
    `${count} lessons in the order of the course notes. In each: read the idea, predict what will happen, run it on this machine, then check yourself.`,
  step: ({ n, total }: { n: string; total: string }) => `Step ${n} of ${total}`,
  open: 'Open the lesson',
  next: ({ title }: { title: string }) => `Next: ${title}`,
  previous: ({ title }: { title: string }) => `Previous: ${title}`,
  backToPath: 'Guided path',
  done: ({ count, total }: { count: string; total: string }) => `${count} of ${total} lessons completed`,
  resetAll: 'Forget my progress',
  resetConfirm: 'Forget every prediction and quiz answer on this device?',
  status: {
    notStarted: 'not started',
    predicted: 'predicted',
    compared: 'compared with a run',
    quiz: ({ score, total }: { score: string; total: string }) => `quiz ${score}/${total}`,
    complete: 'completed',
  },
  companionLabel: 'Predict and check yourself',
  predictHeading: 'Predict, then run',
  predictLead: 'Answer before you run: then compare with what this machine measures.',
  lockIn: 'Lock in my prediction',
  change: 'Change my prediction',
  yourPrediction: ({ answer }: { answer: string }) => `Your prediction: ${answer}`,
  waitingForRun: 'Now run the lesson; the comparison appears when playback reaches the end.',
  classQuestion: 'Question for the class',
  measuredHere: ({ answer }: { answer: string }) => `Measured here: ${answer}`,
  comparison: {
    match: 'Your prediction matches what this machine measured.',
    close: 'Close: one step away from what this machine measured.',
    miss: 'Not what this machine measured — that is what experiments are for.',
  },
  notMeasured: 'This run does not measure it (try the default parameters).',
  measured: {
    memory: ({ parentX, children, childX }: { parentX: string; children: string; childX: string }) =>
      `The parent’s x ended at ${parentX}, while each child (${children} in all) counted its own copy up to ${childX}.`,
    creation: ({ threadMs, processMs, ratio }: { threadMs: string; processMs: string; ratio: string }) =>
      `Median time to ready: thread ${threadMs} ms, process ${processMs} ms; the process took ${ratio}× the thread’s time.`,
    crash: ({ fault, alive, total }: { fault: string; alive: string; total: string }) =>
      `After ${fault} in one thread, sibling threads still running: ${alive} of ${total}.`,
    race: ({ withLoss, rounds, lostMedian }: { withLoss: string; rounds: string; lostMedian: string }) =>
      `Rounds in which plain increments lost updates: ${withLoss} of ${rounds} (median lost per round: ${lostMedian}).`,
    parallelism: ({ threads, speedup, cores }: { threads: string; speedup: string; cores: string }) =>
      `With ${threads}, the job ran at ${speedup}× the speed of the main thread alone (this machine: ${cores}).`,
    communication: ({ channel, ratio }: { channel: string; ratio: string }) =>
      `The fastest channel between processes, ${channel}, took ${ratio}× the round-trip time of postMessage between threads.`,
    backend: ({ signal, poolFailed, poolTotal, clusterFailed, clusterTotal }: { signal: string; poolFailed: string; poolTotal: string; clusterFailed: string; clusterTotal: string }) =>
      `When one worker of each took a ${signal}, the thread pool lost ${poolFailed} of ${poolTotal} requests and the cluster ${clusterFailed} of ${clusterTotal}.`,
  },
  /** Words for ids in the sentences above: a thread fault, and the count phrases. */
  faults: {
    sigsegv: 'a fatal signal (SIGSEGV)',
    exception: 'an uncaught exception',
    corruption: 'a write of garbage over shared memory',
    'null-dereference': 'a store through a NULL pointer (SIGSEGV)',
  } as Record<string, string>,
  threadWord: { one: 'thread', other: 'threads' },
  coreWord: { one: 'core', other: 'cores' },
  quizHeading: 'Check yourself',
  quizScore: ({ score, total }: { score: string; total: string }) => `${score} of ${total} right at the first try`,
  check: 'Check',
  right: 'Right.',
  wrong: 'Not quite.',
  hint: ({ hint }: { hint: string }) => `Hint: ${hint}`,
  tryAgain: 'Try another answer.',
  retake: 'Start the quiz again',
  questionLabel: ({ n }: { n: string }) => `Question ${n}`,
  lessons,
};

export type LearnText = typeof learnEn;
export type QuizQuestion = Q;
