/**
 * A real parallelism run (maxWorkers 3, primes below 4,000,000), recorded from the
 * server on this machine (2 cores, shared with other work at the time). Used to test
 * the stage model, callouts, verdict and chart data against what the server sends.
 */
import type { LabEvent } from '../../../../shared/protocol.js';

export const recordedParallelismRun: readonly LabEvent[] = [
  {"run":"mws7jhjgc5a38cd4","seq":0,"t":863089,"kind":"actor.started","actor":"host","type":"process","pid":19862,"tid":19862,"label":"lab host"},
  {"run":"mws7jhjgc5a38cd4","seq":1,"t":270163263,"kind":"actor.started","actor":"cruncher","type":"process","pid":23333,"tid":23333,"parent":"host","label":"process with worker threads"},
  {"run":"mws7jhjgc5a38cd4","seq":2,"t":270726157,"kind":"phase","name":"baseline"},
  {"run":"mws7jhjgc5a38cd4","seq":3,"t":682422858,"kind":"phase","name":"threads-1"},
  {"run":"mws7jhjgc5a38cd4","seq":4,"t":808160851,"kind":"actor.started","actor":"thread-1-1","type":"thread","pid":23333,"tid":23382,"parent":"cruncher","label":"thread 1 of 1"},
  {"run":"mws7jhjgc5a38cd4","seq":5,"t":1232055272,"kind":"actor.exited","actor":"thread-1-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":6,"t":1233968757,"kind":"phase","name":"processes-1"},
  {"run":"mws7jhjgc5a38cd4","seq":7,"t":1387832802,"kind":"actor.started","actor":"proc-1-1","type":"process","pid":23383,"tid":23383,"parent":"host","label":"process 1 of 1"},
  {"run":"mws7jhjgc5a38cd4","seq":8,"t":1815755413,"kind":"actor.exited","actor":"proc-1-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":9,"t":1815896983,"kind":"phase","name":"threads-2"},
  {"run":"mws7jhjgc5a38cd4","seq":10,"t":1920761359,"kind":"actor.started","actor":"thread-2-1","type":"thread","pid":23333,"tid":23394,"parent":"cruncher","label":"thread 1 of 2"},
  {"run":"mws7jhjgc5a38cd4","seq":11,"t":1927341829,"kind":"actor.started","actor":"thread-2-2","type":"thread","pid":23333,"tid":23395,"parent":"cruncher","label":"thread 2 of 2"},
  {"run":"mws7jhjgc5a38cd4","seq":12,"t":2134806950,"kind":"actor.exited","actor":"thread-2-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":13,"t":2142786131,"kind":"actor.exited","actor":"thread-2-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":14,"t":2143430806,"kind":"phase","name":"processes-2"},
  {"run":"mws7jhjgc5a38cd4","seq":15,"t":2358844694,"kind":"actor.started","actor":"proc-2-2","type":"process","pid":23397,"tid":23397,"parent":"host","label":"process 2 of 2"},
  {"run":"mws7jhjgc5a38cd4","seq":16,"t":2374693690,"kind":"actor.started","actor":"proc-2-1","type":"process","pid":23396,"tid":23396,"parent":"host","label":"process 1 of 2"},
  {"run":"mws7jhjgc5a38cd4","seq":17,"t":2578131609,"kind":"actor.exited","actor":"proc-2-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":18,"t":2615168233,"kind":"actor.exited","actor":"proc-2-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":19,"t":2615246879,"kind":"phase","name":"threads-3"},
  {"run":"mws7jhjgc5a38cd4","seq":20,"t":2756260465,"kind":"actor.started","actor":"thread-3-1","type":"thread","pid":23333,"tid":23418,"parent":"cruncher","label":"thread 1 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":21,"t":2764937551,"kind":"actor.exited","actor":"thread-3-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":22,"t":2791631370,"kind":"actor.started","actor":"thread-3-3","type":"thread","pid":23333,"tid":23420,"parent":"cruncher","label":"thread 3 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":23,"t":2799354002,"kind":"actor.started","actor":"thread-3-2","type":"thread","pid":23333,"tid":23419,"parent":"cruncher","label":"thread 2 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":24,"t":3003715324,"kind":"actor.exited","actor":"thread-3-3","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":25,"t":3010743797,"kind":"actor.exited","actor":"thread-3-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":26,"t":3011921132,"kind":"phase","name":"processes-3"},
  {"run":"mws7jhjgc5a38cd4","seq":27,"t":3219404038,"kind":"actor.started","actor":"proc-3-1","type":"process","pid":23421,"tid":23421,"parent":"host","label":"process 1 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":28,"t":3227297874,"kind":"actor.exited","actor":"proc-3-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":29,"t":3230694486,"kind":"actor.started","actor":"proc-3-2","type":"process","pid":23422,"tid":23422,"parent":"host","label":"process 2 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":30,"t":3276640880,"kind":"actor.started","actor":"proc-3-3","type":"process","pid":23423,"tid":23423,"parent":"host","label":"process 3 of 3"},
  {"run":"mws7jhjgc5a38cd4","seq":31,"t":3440642525,"kind":"actor.exited","actor":"proc-3-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":32,"t":3490668363,"kind":"actor.exited","actor":"proc-3-3","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":33,"t":3496108233,"kind":"actor.exited","actor":"cruncher","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":34,"t":3496691076,"kind":"actor.exited","actor":"host","code":0,"signal":null,"reason":"finished"},
  {"run":"mws7jhjgc5a38cd4","seq":35,"t":3496700560,"kind":"run.finished","result":{"cores":2,"primesBelow":4000000,"primeCount":283146,"baselineMs":405.467,"threads":[{"n":1,"wallMs":549.9556639999998,"speedup":0.7372721594517483,"cpuMsPerUnit":[530],"primeCount":283146},{"n":2,"wallMs":326.84079699999984,"speedup":1.240564224912229,"cpuMsPerUnit":[270,280],"primeCount":283146},{"n":3,"wallMs":396.20028999999977,"speedup":1.0233889530974352,"cpuMsPerUnit":[80,280,300],"primeCount":283146}],"processes":[{"n":1,"wallMs":581.8303699999815,"speedup":0.6968818076650294,"cpuMsPerUnit":[560],"primeCount":283146},{"n":2,"wallMs":471.7713170000352,"speedup":0.859456659167708,"cpuMsPerUnit":[400,380],"primeCount":283146},{"n":3,"wallMs":478.78427699999884,"speedup":0.8468678264470263,"cpuMsPerUnit":[130,330,330],"primeCount":283146}],"cutForTime":false,"verdict":{"cores":2,"bestThreadSpeedup":1.240564224912229,"bestThreadN":2,"bestProcessSpeedup":0.859456659167708,"bestProcessN":2},"nodeNotes":["worker-own-isolate","fork-is-exec"]}},
];
