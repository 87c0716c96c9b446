/**
 * A real default creation run (4 units, 5 repeats), recorded from the server on
 * this machine (2 cores, busy with another run at the time). Used to test the
 * callouts, the stage model and the chart data against what the server sends.
 */
import type { LabEvent } from '../../../../shared/protocol.js';

export const recordedCreationRun: readonly LabEvent[] = [
  {"run":"mws76gx100554346","seq":0,"t":781998,"kind":"actor.started","actor":"host","type":"process","pid":19518,"tid":19518,"label":"lab host"},
  {"run":"mws76gx100554346","seq":1,"t":275917139,"kind":"actor.started","actor":"thread-host","type":"process","pid":19533,"tid":19533,"parent":"host","label":"process that starts the threads"},
  {"run":"mws76gx100554346","seq":2,"t":281615391,"kind":"phase","name":"threads"},
  {"run":"mws76gx100554346","seq":3,"t":861473098,"kind":"actor.started","actor":"thread-1-2","type":"thread","pid":19533,"tid":19564,"parent":"thread-host","label":"thread 2"},
  {"run":"mws76gx100554346","seq":4,"t":878578040,"kind":"actor.started","actor":"thread-1-3","type":"thread","pid":19533,"tid":19565,"parent":"thread-host","label":"thread 3"},
  {"run":"mws76gx100554346","seq":5,"t":892310617,"kind":"actor.started","actor":"thread-1-1","type":"thread","pid":19533,"tid":19563,"parent":"thread-host","label":"thread 1"},
  {"run":"mws76gx100554346","seq":6,"t":929706352,"kind":"actor.started","actor":"thread-1-4","type":"thread","pid":19533,"tid":19566,"parent":"thread-host","label":"thread 4"},
  {"run":"mws76gx100554346","seq":7,"t":950893553,"kind":"actor.exited","actor":"thread-1-3","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":8,"t":951162262,"kind":"actor.exited","actor":"thread-1-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":9,"t":951298674,"kind":"actor.exited","actor":"thread-1-4","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":10,"t":953609547,"kind":"actor.exited","actor":"thread-1-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":11,"t":954345798,"kind":"phase","name":"processes"},
  {"run":"mws76gx100554346","seq":12,"t":1870991771,"kind":"actor.started","actor":"proc-1-2","type":"process","pid":19578,"tid":19578,"parent":"host","label":"process 2"},
  {"run":"mws76gx100554346","seq":13,"t":1890382690,"kind":"actor.started","actor":"proc-1-1","type":"process","pid":19577,"tid":19577,"parent":"host","label":"process 1"},
  {"run":"mws76gx100554346","seq":14,"t":1901817772,"kind":"actor.started","actor":"proc-1-4","type":"process","pid":19580,"tid":19580,"parent":"host","label":"process 4"},
  {"run":"mws76gx100554346","seq":15,"t":1902465442,"kind":"actor.started","actor":"proc-1-3","type":"process","pid":19579,"tid":19579,"parent":"host","label":"process 3"},
  {"run":"mws76gx100554346","seq":16,"t":1920039720,"kind":"actor.exited","actor":"proc-1-3","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":17,"t":1924168517,"kind":"actor.exited","actor":"proc-1-1","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":18,"t":1924577563,"kind":"actor.exited","actor":"proc-1-2","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":19,"t":1926646448,"kind":"actor.exited","actor":"proc-1-4","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":20,"t":1926715490,"kind":"phase","name":"threads-repeat-2"},
  {"run":"mws76gx100554346","seq":21,"t":2095340946,"kind":"phase","name":"processes-repeat-2"},
  {"run":"mws76gx100554346","seq":22,"t":2384658529,"kind":"phase","name":"threads-repeat-3"},
  {"run":"mws76gx100554346","seq":23,"t":2520902498,"kind":"phase","name":"processes-repeat-3"},
  {"run":"mws76gx100554346","seq":24,"t":2858165046,"kind":"phase","name":"threads-repeat-4"},
  {"run":"mws76gx100554346","seq":25,"t":3056317599,"kind":"phase","name":"processes-repeat-4"},
  {"run":"mws76gx100554346","seq":26,"t":3381617483,"kind":"phase","name":"threads-repeat-5"},
  {"run":"mws76gx100554346","seq":27,"t":3555313441,"kind":"phase","name":"processes-repeat-5"},
  {"run":"mws76gx100554346","seq":28,"t":3882640789,"kind":"actor.exited","actor":"thread-host","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":29,"t":3883776151,"kind":"actor.exited","actor":"host","code":0,"signal":null,"reason":"finished"},
  {"run":"mws76gx100554346","seq":30,"t":3883786226,"kind":"run.finished","result":{"units":4,"repeatsRequested":5,"repeatsDone":5,"cutForTime":false,"storyRepeatExcluded":true,"threads":{"readyUs":[158125.31800000012,149073.3869999999,144837.36099999986,150031.64700000003,114872.60600000036,122315.07200000033,110156.19700000025,109955.23999999977,184885.30599999966,179546.67700000026,183966.20399999982,178994.36799999967,161560.618,160979.3370000002,162869.1170000002,162675.6599999999],"exitUs":[5726.454999999987,5625.063999999838,5610.862999999881,5598.443999999745,4108.126000000084,5580.437999999958,4117.3799999996845,1480.4739999999583,6382.07599999987,7817.81299999966,6645.105000000058,6409.426000000167,3794.0119999998387,3635.095999999976,5272.070999999869,5391.407999999956],"privateKb":[6326,6317,6310,6313],"pssKb":[6337.75,6317,6310,6203.75],"rssKb":[6355,6317,6310,6313],"readyMedianUs":159552.32750000016,"readyP99Us":184747.4406999997,"exitMedianUs":5589.440999999852},"processes":{"readyUs":[105695.85899999992,269058.8779999998,108457.75100000037,155304.8600000002,313995.02500000014,302035.42500000005,310767.53300000017,308115.1940000004,283465.23199999955,305353.05100000004,279157.0190000002,302580.50300000014,274567.93000000017,277743.555,277192.18799999997,290302.0120000001],"exitUs":[10428.540999999768,13216.251999999713,8731.747000000269,11509.62299999992,11859.320999999909,10635.005999999521,10059.865000000173,9921.27900000014,10179.320999999618,10288.112999999612,11538.916000000427,11333.440999999766,4588.889000000563,9104.428999999982,14332.935000000361,14222.522000000026],"privateKb":[7470,7470,7472,7472],"pssKb":[10204,10206,10202,10007],"rssKb":[44016,44036,44024,44016],"readyMedianUs":281311.12549999985,"readyP99Us":313510.90120000014,"exitMedianUs":10531.773499999645},"verdict":{"threadReadyMedianUs":159552.32750000016,"processReadyMedianUs":281311.12549999985,"ratio":1.7631276829853804,"threadPrivateKb":6315,"processPrivateKb":7471,"processRssKb":44020},"cores":2,"nodeNotes":["fork-is-exec","worker-own-isolate","rss-counts-shared"]}},
];
