/** O texto do percurso guiado em português do Brasil (mesma forma que textEn.ts). */
import type { LearnText, QuizQuestion as Q } from './textEn.js';

const lessons: LearnText['lessons'] = {
  memory: {
    intro: [
      'Um processo é uma instância independente de um programa em execução, com seu próprio espaço de memória (código, dados, pilha, heap). Os processos são isolados uns dos outros.',
      'Uma thread é uma unidade de execução dentro de um processo. Todas as threads de um mesmo processo compartilham o mesmo espaço de memória.',
    ],
    predict: {
      question: 'Cada processo filho soma no seu próprio x. O contador do pai (o x dele) vai mudar?',
      options: { changes: 'Sim: os incrementos dos filhos chegam ao pai', unchanged: 'Não: o x do pai continua 0' },
    },
    quiz: [
      {
        question: 'Um processo filho soma 1 ao seu x cinco vezes. Quanto vale o x do pai depois?',
        options: ['5: as escritas do filho chegam ao pai', '0: o filho mudou a sua própria cópia', 'Depende do momento'],
        correct: 1,
        explanation: 'Cada processo tem seu próprio espaço de endereçamento: o x do filho é uma cópia separada, então o x do pai fica como estava.',
        hint: 'Olhe os PIDs: em qual espaço de memória o filho escreveu?',
      },
      {
        question: 'Três threads de um processo somam 5 cada uma a um x compartilhado com incrementos atômicos. Quanto vale x no fim?',
        options: ['5', 'Cada thread tem o seu próprio x', '15'],
        correct: 2,
        explanation: 'As threads compartilham a memória do processo, então os 15 incrementos caem na mesma célula.',
        hint: 'As threads são faixas dentro de uma caixa: quantas células essa caixa tem?',
      },
      {
        question: 'O que o mesmo PID em duas faixas indica?',
        options: ['São threads de um processo e compartilham a memória dele', 'Começaram no mesmo instante', 'Rodam no mesmo núcleo'],
        correct: 0,
        explanation: 'O sistema operacional dá um PID a cada processo; suas threads compartilham esse PID (e a memória) e só diferem pelo TID.',
        hint: 'Compare o PID de uma thread com o PID da caixa em que ela está.',
      },
    ] as Q[],
  },
  communication: {
    intro: [
      'Processos conversam por comunicação entre processos (IPC – Inter-Process Communication): pipes, sockets, memória compartilhada. É mais complexa e custosa.',
      'Threads compartilham variáveis: a comunicação é rápida e simples, pois compartilham o mesmo contexto.',
    ],
    predict: {
      question: 'Quanto mais lenta é uma ida e volta de mensagem entre processos do que entre threads?',
      options: { same: 'Mais ou menos igual', x2: 'Cerca de 2× mais lenta', x5: 'Cerca de 5× mais lenta', x10: '10× mais lenta ou mais' },
    },
    quiz: [
      {
        question: 'Duas partes na mesma máquina trocam mensagens pequenas. O que costuma ser mais rápido?',
        options: ['Dois processos por um pipe ou socket', 'Duas threads de um processo', 'Sempre exatamente igual'],
        correct: 1,
        explanation: 'Entre processos cada mensagem atravessa o kernel (e é serializada); entre threads ela fica dentro de um só espaço de endereçamento.',
        hint: 'Qual caminho precisa passar pelo kernel?',
      },
      {
        question: 'O que um SharedArrayBuffer permite às threads?',
        options: ['Ler e escrever os mesmos bytes sem copiar', 'Enviar mensagens pelo kernel', 'Rodar em espaços de endereçamento separados'],
        correct: 0,
        explanation: 'Memória compartilhada é o canal mais rápido: nada é copiado, mas o acesso precisa ser sincronizado (Atomics).',
        hint: 'A resposta está no nome.',
      },
      {
        question: 'Por que o laboratório cronometra milhares de idas e voltas em vez de uma?',
        options: ['A primeira mensagem sempre se perde', 'Para aquecer a placa de rede', 'Uma medida é ruidosa; a mediana e o p99 de muitas têm significado'],
        correct: 2,
        explanation: 'Os tempos variam com o escalonamento e os caches; uma distribuição (mediana, p99) mostra o que é típico e o que é raro.',
        hint: 'Você confiaria numa única leitura do cronômetro?',
      },
    ] as Q[],
  },
  race: {
    intro: [
      'Isolamento: cada processo tem memória própria, então processos são isolados (mais seguros). Threads compartilham memória, então não são isoladas: há risco de corromper dados.',
      'Tarefas que compartilham estado só podem usar threads se cuidarem da sincronização.',
    ],
    predict: {
      question: 'Várias threads somam 1 a um contador compartilhado sem sincronização. Os incrementos simples vão perder atualizações?',
      options: { always: 'Sim, em todas as rodadas', sometimes: 'Às vezes', never: 'Nunca' },
    },
    quiz: [
      {
        question: 'Duas threads executam x = x + 1 um milhão de vezes cada, sem sincronização. x pode terminar abaixo de 2.000.000?',
        options: ['Não: um incremento é um passo só', 'Sim: ler, somar e escrever podem se intercalar e perder atualizações', 'Só com um núcleo'],
        correct: 1,
        explanation: 'As duas threads podem ler o mesmo valor antigo e ambas escrever antigo + 1: uma das duas atualizações se perde.',
        hint: 'Divida x = x + 1 nos seus três passos.',
      },
      {
        question: 'Qual mudança acaba com as atualizações perdidas?',
        options: ['Usar mais threads', 'Rodar o laço mais rápido', 'Atomics.add, ou uma trava em volta do incremento'],
        correct: 2,
        explanation: 'Uma leitura-modificação-escrita atômica (ou uma trava) torna cada incremento indivisível, com custo em velocidade.',
        hint: 'Os três passos precisam virar um só que ninguém interrompe.',
      },
      {
        question: 'Processos separados incrementam cada um o seu contador. Eles perdem atualizações?',
        options: ['Não: cada contador é privado do seu processo', 'Sim, igual às threads', 'Só se tiverem o mesmo PID'],
        correct: 0,
        explanation: 'Sem memória compartilhada não há disputa: cada processo termina exatamente com a sua contagem.',
        hint: 'Processos compartilham memória sem que você peça?',
      },
    ] as Q[],
  },
  creation: {
    intro: [
      'Custo de criação: alto para um processo, baixo para uma thread.',
      'Um novo processo precisa de seu próprio espaço de memória e recursos do sistema; uma nova thread reaproveita os do seu processo.',
    ],
    predict: {
      question: 'O que fica pronto para trabalhar antes, uma thread nova ou um processo novo, e com que diferença?',
      options: {
        'processes-faster': 'O processo inicia mais rápido',
        same: 'Mais ou menos igual',
        x2: 'A thread, cerca de 2× mais rápida',
        x5: 'A thread, cerca de 5× mais rápida',
        x10: 'A thread, 10× mais rápida ou mais',
      },
    },
    quiz: [
      {
        question: 'Por que criar um processo custa mais do que criar uma thread?',
        options: ['Processos rodam mais devagar depois de criados', 'Um processo precisa de espaço de endereçamento e recursos próprios; a thread reaproveita os do processo', 'As threads são criadas antes'],
        correct: 1,
        explanation: 'O kernel precisa montar um novo espaço de endereçamento, tabela de arquivos e mais para um processo; uma thread só precisa de uma pilha e uma entrada no escalonador.',
        hint: 'O que um processo novo tem que uma thread nova não tem?',
      },
      {
        question: 'No Node, child_process.fork inicia…',
        options: ['um Node novo do zero (fork + exec)', 'um clone copy-on-write do pai', 'uma thread dentro do mesmo processo'],
        correct: 0,
        explanation: 'O fork do Node executa um Node novo, que inicia o runtime do zero: é boa parte do custo medido.',
        hint: 'Leia a nota sobre o Node na página da lição.',
      },
      {
        question: 'Por que a lição mostra cada amostra no gráfico, e não só a média?',
        options: ['Só existe uma amostra', 'Médias não podem ser calculadas no navegador', 'Os tempos variam: a dispersão e os pontos fora da curva importam'],
        correct: 2,
        explanation: 'Um início lento (núcleo ocupado, cache frio) mexe na média; mostrar cada amostra mostra o que é típico.',
        hint: 'Todos os pontos do gráfico estão na mesma altura?',
      },
    ] as Q[],
  },
  crash: {
    intro: [
      'Se um processo falha, não afeta outros processos: cada um é isolado.',
      'Se uma thread falha (por exemplo, corrompe memória), pode comprometer o processo inteiro.',
    ],
    predict: {
      question: 'Quando uma thread falha, o que acontece com as threads irmãs?',
      options: { 'siblings-survive': 'Continuam rodando', 'siblings-die': 'Morrem junto com o processo' },
    },
    quiz: [
      {
        question: 'Um processo filho morre por SIGSEGV. O que acontece com os processos irmãos?',
        options: ['Morrem todos também', 'Continuam rodando: cada um é isolado', 'O pai os reinicia'],
        correct: 1,
        explanation: 'Um sinal encerra um processo; os outros têm memória própria e seguem em frente.',
        hint: 'Processos irmãos compartilham algo que possa quebrar?',
      },
      {
        question: 'Uma worker thread dispara SIGSEGV (um sinal fatal). O que acontece?',
        options: ['Só aquela thread para', 'O sinal é ignorado', 'O processo inteiro morre, com todas as threads dele'],
        correct: 2,
        explanation: 'Um sinal fatal é entregue ao processo: o kernel encerra todas as threads dele.',
        hint: 'Um sinal pode ser entregue a uma só thread, mas a ação dele (por padrão, encerrar o processo) vale para o processo inteiro.',
      },
      {
        question: 'No Node, uma worker thread lança uma exceção JavaScript comum. O que acontece?',
        options: ['Só aquele worker termina; as outras threads continuam', 'O processo inteiro cai', 'Todas as threads reiniciam'],
        correct: 0,
        explanation: 'O Node captura a exceção não tratada do worker e encerra só esse worker; uma falha em código nativo (um sinal) é diferente.',
        hint: 'Compare a falha “exception” com a falha “sigsegv” na lição.',
      },
    ] as Q[],
  },
  parallelism: {
    intro: [
      'Threads paralelizam tarefas dentro de um app (um pool de threads atendendo requisições HTTP); processos de trabalho isolam o trabalho e usam vários núcleos da CPU.',
      'De um jeito ou de outro, só rodam ao mesmo tempo tantas tarefas quantos núcleos houver.',
    ],
    predict: {
      question: 'Um trabalho pesado de CPU é dividido em 4 threads nesta máquina. Qual o ganho (speedup) sobre uma thread?',
      options: { x1: 'Cerca de 1× (nenhum ganho)', x2: 'Cerca de 2×', x3: 'Cerca de 3×', x4: 'Cerca de 4×' },
    },
    quiz: [
      {
        question: 'Um trabalho de CPU é dividido em 4 threads numa máquina de 2 núcleos. Melhor ganho possível?',
        options: ['Cerca de 4×', 'Cerca de 2×', 'Cerca de 8×'],
        correct: 1,
        explanation: 'Só rodam no mesmo instante tantas threads quantos núcleos existem; as outras esperam a vez.',
        hint: 'Quantas coisas 2 núcleos fazem ao mesmo tempo?',
      },
      {
        question: 'Por que o ganho medido costuma ficar um pouco abaixo do número de núcleos?',
        options: ['Criar workers, juntar resultados e outros programas também gastam tempo', 'Threads são mais lentas que processos', 'O relógio está errado'],
        correct: 0,
        explanation: 'Inicialização, coordenação e o resto do sistema ocupam parte dos núcleos, então o ideal raramente é atingido.',
        hint: 'O que mais acontece além de contar primos?',
      },
      {
        question: 'Para trabalho de CPU no Node, o que consegue usar vários núcleos?',
        options: ['Só processos', 'Só worker threads', 'Os dois: threads iniciam mais rápido, processos isolam falhas'],
        correct: 2,
        explanation: 'Worker threads e processos filhos rodam nos seus próprios núcleos; diferem no custo de criação e no isolamento.',
        hint: 'Olhe as duas curvas no gráfico de speedup.',
      },
    ] as Q[],
  },
  backend: {
    intro: [
      'Num backend, threads atendem tarefas concorrentes dentro de uma mesma aplicação (um pool de threads atendendo requisições HTTP), enquanto processos escalam serviços de forma independente: cada microsserviço costuma rodar no seu próprio processo, talvez em outra máquina.',
      'Quando usar cada um: threads quando as tarefas compartilham estado no mesmo espaço de memória e você consegue gerenciar a sincronização; processos quando as tarefas precisam de isolamento, devem usar vários núcleos com segurança e a falha de uma não pode afetar as outras.',
    ],
    predict: {
      question: 'Um worker de cada servidor cai (SIGSEGV) com requisições em andamento. Quem perde mais requisições: o pool de threads ou o cluster de processos?',
      options: {
        'pool-loses-more': 'O pool de threads perde mais',
        same: 'Mais ou menos o mesmo',
        'cluster-loses-more': 'O cluster de processos perde mais',
      },
    },
    quiz: [
      {
        question: 'Uma thread de um servidor com pool de threads sofre uma falha de segmentação (SIGSEGV). O que o serviço perde?',
        options: [
          'Só a requisição que aquela thread atendia',
          'O processo inteiro: todas as threads e todas as requisições em andamento, até algo reiniciá-lo',
          'Nada: as outras threads assumem a requisição dela',
        ],
        correct: 1,
        explanation: 'Um sinal fatal encerra o processo inteiro, e o pool é um processo só: todas as threads morrem com ele, e as requisições falham até ele ser reiniciado.',
        hint: 'A ação padrão de um sinal fatal encerra o processo inteiro. Quantos processos tem um pool de threads?',
      },
      {
        question: 'Toda requisição precisa ler e atualizar um mesmo cache em memória, e você consegue sincronizar o acesso. O que se encaixa melhor?',
        options: ['Um processo separado por requisição', 'Serviços separados conversando por HTTP', 'Threads de um processo, compartilhando o cache'],
        correct: 2,
        explanation: 'Threads compartilham a memória do seu processo, então toda requisição vê um único cache. O preço: sincronização, e uma thread que cai derruba as outras junto.',
        hint: 'Qual destas opções compartilha memória sem precisar pedir?',
      },
      {
        question: 'Uma chamada entre dois serviços custa um salto HTTP. Por que dividir um sistema em serviços separados (processos) mesmo assim?',
        options: [
          'Cada um pode ser escalado, implantado e reiniciado sozinho, e a queda de um não derruba os outros',
          'Um salto HTTP é mais rápido que uma chamada de função',
          'Processos compartilham memória, então nada é copiado',
        ],
        correct: 0,
        explanation: 'O salto custa muito mais que uma chamada de função (compare os dois nos resultados), mas cada serviço é o seu próprio processo: escala sozinho e as falhas dele ficam com ele.',
        hint: 'Compare o salto com a chamada de função nos resultados, depois veja o que a queda fez com cada lado.',
      },
    ] as Q[],
  },
};

export const learnPtBR: LearnText = {
  pathTitle: 'Percurso guiado',
  pathLead: ({ count }) =>
    `${count} lições na ordem das notas do curso. Em cada uma: leia a ideia, preveja o que vai acontecer, execute nesta máquina e depois teste o que aprendeu.`,
  step: ({ n, total }) => `Etapa ${n} de ${total}`,
  open: 'Abrir a lição',
  next: ({ title }) => `Próxima: ${title}`,
  previous: ({ title }) => `Anterior: ${title}`,
  backToPath: 'Percurso guiado',
  done: ({ count, total }) => `${count} de ${total} lições concluídas`,
  resetAll: 'Esquecer meu progresso',
  resetConfirm: 'Esquecer todas as previsões e respostas do quiz neste aparelho?',
  status: {
    notStarted: 'não iniciada',
    predicted: 'previsão feita',
    compared: 'comparada com uma execução',
    quiz: ({ score, total }) => `quiz ${score}/${total}`,
    complete: 'concluída',
  },
  companionLabel: 'Preveja e teste o que aprendeu',
  predictHeading: 'Preveja, depois execute',
  predictLead: 'Responda antes de executar: depois compare com o que esta máquina mede.',
  lockIn: 'Confirmar minha previsão',
  change: 'Mudar minha previsão',
  yourPrediction: ({ answer }) => `Sua previsão: ${answer}`,
  waitingForRun: 'Agora execute a lição; a comparação aparece quando a reprodução chegar ao fim.',
  classQuestion: 'Pergunta para a turma',
  measuredHere: ({ answer }) => `Medido aqui: ${answer}`,
  comparison: {
    match: 'Sua previsão bate com o que esta máquina mediu.',
    close: 'Perto: a um passo do que esta máquina mediu.',
    miss: 'Não foi o que esta máquina mediu — é para isso que servem os experimentos.',
  },
  notMeasured: 'Esta execução não mede isso (tente os parâmetros padrão).',
  measured: {
    memory: ({ parentX, children, childX }) =>
      `O x do pai terminou em ${parentX} enquanto cada um dos ${children} filhos contou a sua própria cópia até ${childX}.`,
    creation: ({ threadMs, processMs, ratio }) =>
      `Tempo mediano até ficar pronto: thread ${threadMs} ms, processo ${processMs} ms; o processo levou ${ratio}× mais tempo.`,
    crash: ({ fault, alive, total }) => `Com um ${fault} numa thread, ${alive} das ${total} threads irmãs continuavam vivas depois.`,
    race: ({ withLoss, rounds, lostMedian }) =>
      `Os incrementos simples perderam atualizações em ${withLoss} de ${rounds} rodadas (mediana de ${lostMedian} perdidas por rodada).`,
    parallelism: ({ n, speedup, cores }) => `${n} threads terminaram ${speedup}× mais rápido que uma, numa máquina com ${cores} núcleos.`,
    communication: ({ channel, ratio }) =>
      `O canal entre processos mais rápido (${channel}) levou ${ratio}× mais tempo por ida e volta que o postMessage entre threads.`,
    backend: ({ signal, poolFailed, poolTotal, clusterFailed, clusterTotal }) =>
      `Quando um worker de cada um recebeu um ${signal}, o pool de threads perdeu ${poolFailed} de ${poolTotal} requisições e o cluster, ${clusterFailed} de ${clusterTotal}.`,
  },
  quizHeading: 'Teste o que aprendeu',
  quizScore: ({ score, total }) => `${score} de ${total} certas na primeira tentativa`,
  check: 'Verificar',
  right: 'Certo.',
  wrong: 'Ainda não.',
  hint: ({ hint }) => `Dica: ${hint}`,
  tryAgain: 'Tente outra resposta.',
  retake: 'Refazer o quiz',
  questionLabel: ({ n }) => `Pergunta ${n}`,
  lessons,
};
