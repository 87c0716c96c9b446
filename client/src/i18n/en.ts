/**
 * English text: the source of truth for the dictionary's shape. Every key
 * here must exist in pt-BR too (the type `Dictionary` is this object's type,
 * and ptBR.ts is declared as a `Dictionary`, so a missing key does not compile).
 *
 * Values are strings, string lists, or functions for text with numbers or
 * names in it; callers pass numbers already formatted for the language.
 */
export const en = {
  app: {
    name: 'Process & Thread Lab',
    skipToContent: 'Skip to content',
    languageLabel: 'Language',
    home: 'All lessons',
  },
  connection: {
    label: 'Server connection',
    connecting: 'Connecting to the lab…',
    open: 'Connected to the lab',
    retrying: ({ seconds }: { seconds: string }) => `Disconnected — retrying in ${seconds} s`,
    viewOnly: 'View only: the presenter runs the experiments',
  },
  home: {
    title: 'Processes and threads, for real',
    introProcess:
      'A process is an independent instance of a running program, with its own memory space (code, data, stack, heap) and its own system resources. Processes are isolated from one another.',
    introThread:
      'A thread is a lightweight unit of execution inside a process. All threads of one process share the same memory and resources.',
    introLab:
      'Here nothing is simulated: each lesson starts real processes and threads on this machine, records what they do, and plays it back slowly so you can watch it.',
    lessonsHeading: 'Lessons',
    comingSoon: 'coming soon',
    catalogOffline: 'The server did not answer, so this is the built-in lesson list.',
    tableHeading: 'Process vs thread at a glance',
    tableCaption: 'Each row links to the lesson that shows it with real processes and threads.',
    columnAspect: 'Aspect',
    columnProcess: 'Process',
    columnThread: 'Thread',
    columnLesson: 'See it live',
  },
  comparison: {
    isolation: {
      aspect: 'Memory / isolation',
      process: 'Separate memory space: fully isolated (safer)',
      thread: 'Shared memory within the process: not isolated (risk of data corruption)',
    },
    communication: {
      aspect: 'Communication',
      process: 'Inter-process communication (IPC): slower and more complex',
      thread: 'Shared variables: fast and easy',
    },
    creation: {
      aspect: 'Creation cost',
      process: 'High',
      thread: 'Low',
    },
    robustness: {
      aspect: 'Robustness / failure impact',
      process: "One process crashing doesn't affect the others",
      thread: 'One thread crashing can bring down the whole process',
    },
    use: {
      aspect: 'Common use / backend',
      process: 'Isolate applications; scale services independently (microservices, worker processes)',
      thread: 'Parallelize tasks inside one app (e.g. a thread pool handling HTTP requests)',
    },
  },
  lessons: {
    memory: { title: 'Memory: copies vs one shared cell', summary: 'Child processes each change their own copy of x; threads all change one x.' },
    creation: { title: 'Creation cost', summary: 'How long it takes to start a process versus a thread.' },
    communication: { title: 'Communication', summary: 'Round trips over IPC, pipes, sockets and shared memory, measured.' },
    crash: { title: 'When something crashes', summary: 'A crashing process versus a crashing thread.' },
    race: { title: 'Race conditions', summary: 'Threads sharing memory can lose updates without synchronization.' },
    parallelism: { title: 'Parallelism', summary: 'Using several cores with workers.' },
    backend: { title: 'Processes and threads in a backend', summary: 'Worker processes and thread pools in real servers.' },
  },
  params: {
    processes: 'Child processes',
    threads: 'Threads',
    increments: 'Increments per child / thread',
    units: 'Processes / threads to start',
    repeats: 'Repeats',
    messageBytes: 'Message size',
    roundTrips: 'Round trips',
    channels: 'Channels',
    mode: 'Mode',
    processFault: 'Process fault',
    threadFault: 'Thread fault',
    engine: 'Engine',
    maxWorkers: 'Most workers',
    primesBelow: 'Count primes below',
    workers: 'Workers (threads / processes)',
    requests: 'Requests per architecture',
    concurrency: 'Requests in flight at once',
    fault: 'Fault',
    range: ({ min, max }: { min: string; max: string }) => `${min} to ${max}`,
    outOfRange: ({ min, max }: { min: string; max: string }) => `Enter a whole number from ${min} to ${max}.`,
  },
  run: {
    formLabel: 'Experiment parameters',
    start: 'Run',
    stop: 'Stop',
    starting: 'Starting…',
    notConnected: 'Not connected to the lab server yet.',
    fixParams: 'Fix the highlighted values first.',
    refused: ({ error }: { error: string }) => `The lab refused to start the run: ${error}`,
    statusLabel: 'Run status',
    status: {
      queued: 'waiting for a free slot',
      running: 'running',
      finished: 'finished',
      failed: 'failed',
      stopped: 'stopped',
    },
    runId: ({ id }: { id: string }) => `run ${id}`,
  },
  playback: {
    label: 'Playback',
    play: 'Play',
    pause: 'Pause',
    stepBack: 'Step back',
    stepForward: 'Step forward',
    toStart: 'Back to start',
    toEnd: 'Skip to end',
    speed: 'Speed',
    timeline: 'Event timeline',
    realTime: ({ ms }: { ms: string }) => `t = ${ms} ms (real)`,
    eventIndex: ({ index, total }: { index: string; total: string }) => `event ${index} / ${total}`,
    noEvents: 'no events yet',
    live: 'live',
    slowMotionNote: 'Slow motion: t is the real time the machine measured.',
  },
  stage: {
    label: 'Stage: processes, threads and their memory',
    empty: 'Press Run to start real processes and threads on this machine.',
    pid: ({ pid }: { pid: string }) => `PID ${pid}`,
    tid: ({ tid }: { tid: string }) => `TID ${tid}`,
    running: 'running',
    exitedWithCode: ({ code }: { code: string }) => `exited (code ${code})`,
    killedBy: ({ signal }: { signal: string }) => `killed (${signal})`,
    notStarted: 'not started yet',
    writtenBy: ({ actor }: { actor: string }) => `last write: ${actor}`,
    reading: 'read',
    writing: 'write',
  },
  actors: {
    host: 'lab host (parent)',
    native: 'C program (parent)',
    child: ({ n }: { n: string }) => `child ${n}`,
    threaded: 'process with threads',
    thread: ({ n }: { n: string }) => `thread ${n}`,
    process: 'process',
    threadType: 'thread',
    // The backend lesson's actors (ids in actorNames.ts).
    loadgen: 'load generator',
    poolServer: 'thread-pool server',
    poolRestart: 'restarted thread-pool server',
    poolThread: ({ n }: { n: string }) => `pool thread ${n}`,
    poolRestartThread: ({ n }: { n: string }) => `thread ${n} of the restarted pool`,
    clusterPrimary: 'cluster primary',
    clusterWorker: ({ n }: { n: string }) => `cluster worker ${n}`,
    serviceFront: 'service A (orders)',
    serviceBack: 'service B (prices)',
    withPid: ({ actor, pid }: { actor: string; pid: string }) => `${actor} (PID ${pid})`,
  },
  reasons: {
    finished: 'finished',
    'process died': 'its process died',
    terminated: 'terminated',
    stopped: 'stopped',
  },
  phases: {
    processes: 'processes',
    threads: 'threads',
    measure: 'measurement',
    // The backend lesson's phases.
    start: 'start',
    pool: 'thread pool',
    cluster: 'cluster',
    fault: 'fault',
    microservices: 'microservices',
  },
  events: {
    processStarted: ({ actor, pid }: { actor: string; pid: string }) => `${actor} started as a new process (PID ${pid}).`,
    threadStarted: ({ actor, pid, tid }: { actor: string; pid: string; tid: string }) =>
      `${actor} started inside PID ${pid} (TID ${tid}).`,
    exitedWithCode: ({ actor, code, reason }: { actor: string; code: string; reason: string }) =>
      `${actor} exited with code ${code} (${reason}).`,
    killedBy: ({ actor, signal, reason }: { actor: string; signal: string; reason: string }) =>
      `${actor} was ended by ${signal} (${reason}).`,
    wrote: ({ actor, cell, value, pid }: { actor: string; cell: string; value: string; pid: string }) =>
      `${actor} wrote ${cell} = ${value} in the memory of PID ${pid}.`,
    read: ({ actor, cell, value, pid }: { actor: string; cell: string; value: string; pid: string }) =>
      `${actor} read ${cell} = ${value} from the memory of PID ${pid}.`,
    sent: ({ actor, peer, channel, bytes }: { actor: string; peer: string; channel: string; bytes: string }) =>
      `${actor} sent a message to ${peer} over ${channel} (${bytes} bytes).`,
    received: ({ actor, peer, channel, bytes }: { actor: string; peer: string; channel: string; bytes: string }) =>
      `${actor} received the message from ${peer} over ${channel} (${bytes} bytes).`,
    phase: ({ name }: { name: string }) => `Phase: ${name}.`,
    orderWaited: ({ source, silentMs, heardUntil }: { source: string; silentMs: string; heardUntil: string }) =>
      `The log waited for ${source}, silent for ${silentMs} ms: nothing after t = ${heardUntil} ms could be put in order until it spoke again (every time stays as measured).`,
    heartbeat: ({ actor, n }: { actor: string; n: string }) => `${actor} is alive (heartbeat ${n}).`,
    fault: ({ actor, fault }: { actor: string; fault: string }) => `Fault injected into ${actor}: ${fault}.`,
    lost: ({ actor, reason }: { actor: string; reason: string }) => `${actor} gave up on a message: no answer will come (${reason}).`,
    finished: 'The run finished.',
    failed: ({ error }: { error: string }) => `The run failed: ${error}`,
  },
  eventLog: {
    heading: 'Event log',
    empty: 'Events appear here as the run plays.',
    earlierHidden: ({ count }: { count: string }) => `${count} earlier events not shown`,
    goTo: 'Show this event',
  },
  lessonPage: {
    loading: 'Loading the lesson…',
    comingSoonTitle: 'This lesson is coming soon',
    comingSoonBody: 'It is planned but not built yet. The memory lesson is ready.',
    back: 'Back to all lessons',
    whatToNotice: 'What to notice',
    results: 'Results',
  },
  errors: {
    connectionProblem: ({ detail }: { detail: string }) => `The server sent something the page could not read: ${detail}`,
    logGap: ({ expected, got }: { expected: string; got: string }) =>
      `Events are missing (expected event ${expected}, got ${got}); reload the page to fetch the whole log.`,
    server: ({ error }: { error: string }) => `The lab server says: ${error}`,
    dismiss: 'Dismiss',
    anomalies: 'These events contradict each other (a bug in the lab; please report it):',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is nothing at this address.',
  },
};
