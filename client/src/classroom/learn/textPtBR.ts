/** O texto do percurso guiado em português do Brasil (mesma forma que textEn.ts). */
import type { LearnText, QuizQuestion as Q } from './textEn.js';

const lessons: LearnText['lessons'] = {
  memory: {
    intro: [
      'Um processo é um programa em execução com seu próprio espaço de endereçamento (código, dados, heap, pilhas). Processos são isolados: um não consegue ler nem escrever a memória de outro, a não ser que os dois configurem memória compartilhada.',
      'Uma thread é um fluxo de execução dentro de um processo, com sua própria pilha e seus próprios registradores. Todas as threads de um processo compartilham o espaço de endereçamento dele, e também os arquivos abertos, o diretório de trabalho e os tratadores de sinais.',
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
        explanation: 'No Linux cada thread é uma tarefa com seu próprio TID; o PID que getpid() devolve é o identificador do grupo de threads, compartilhado por todas as threads do processo, assim como a memória.',
        hint: 'Compare o PID de uma thread com o PID da caixa em que ela está.',
      },
    ] as Q[],
  },
  communication: {
    intro: [
      'Processos conversam por comunicação entre processos (IPC – Inter-Process Communication): pipes e sockets, que copiam cada mensagem para dentro do kernel e de volta para fora, ou memória compartilhada que os dois configuram de propósito.',
      'As threads de um processo podem ler e escrever as mesmas variáveis diretamente, mas precisam sincronizar o acesso. No Node só um SharedArrayBuffer é compartilhado entre threads; o postMessage copia a mensagem (um structured clone: uma cópia profunda do objeto para o heap da outra thread).',
    ],
    predict: {
      question: 'Quanto mais lenta é uma ida e volta de mensagem entre processos do que o postMessage entre threads?',
      options: { same: 'Mais ou menos igual', x2: 'Cerca de 2× mais lenta', x5: 'Cerca de 5× mais lenta', x10: '10× mais lenta ou mais' },
    },
    quiz: [
      {
        question: 'Dois processos trocam uma mensagem por um pipe. O que acontece com os bytes?',
        options: ['write() os copia para um buffer no kernel, read() os copia para fora', 'Quem lê recebe um ponteiro para a memória de quem escreveu', 'Nada é copiado: os dois processos compartilham memória'],
        correct: 0,
        explanation: 'Um pipe é um buffer dentro do kernel: write() copia os bytes para dentro e read() os copia para o espaço de endereçamento de quem lê. Threads podem evitar essas cópias compartilhando memória, mas acordar o outro lado ainda exige uma chamada de sistema; por isso, neste laboratório, processos são mais lentos por um fator pequeno, não por ordens de grandeza.',
        hint: 'Cada processo tem seu próprio espaço de endereçamento: onde os bytes podem esperar no meio do caminho?',
      },
      {
        question: 'O que um SharedArrayBuffer permite às threads?',
        options: ['Ler e escrever os mesmos bytes, sem cópia de um heap para outro', 'Enviar mensagens pelo kernel', 'Rodar em espaços de endereçamento separados'],
        correct: 0,
        explanation: 'As duas threads enxergam os mesmos bytes, então nada é copiado de um heap para o outro; o acesso precisa ser sincronizado com Atomics. Esperar com Atomics.wait dorme num futex (uma fila de espera do kernel ligada a uma palavra da memória), então neste laboratório isso nem sempre é mais rápido que o postMessage; só a espera ativa é, e ela mantém um núcleo a 100%.',
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
      'Cada processo tem seu próprio espaço de endereçamento, então um processo não consegue corromper os dados de outro. As threads compartilham um espaço de endereçamento, então threads que escrevem os mesmos dados sem sincronização podem corrompê-los.',
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
        explanation: 'Para um processo, fork() precisa copiar as tabelas de páginas do pai (marcando as páginas como copy-on-write), a tabela de descritores de arquivo e mais; uma thread compartilha tudo isso e só precisa da sua própria pilha e de uma tarefa no kernel. No Node as duas coisas somem perto do custo de iniciar o JavaScript: um Node inteiro novo para um processo, um novo isolate do V8 (instância própria do motor, com heap próprio) para um worker.',
        hint: 'O que um processo novo tem que uma thread nova não tem?',
      },
      {
        question: 'No Node, child_process.fork inicia…',
        options: ['um processo Node novo, que inicia o seu runtime do zero', 'um clone copy-on-write do pai', 'uma thread dentro do mesmo processo'],
        correct: 0,
        explanation: 'child_process.fork cria um processo Node.js novo, com memória própria e a sua própria instância do V8; iniciar esse runtime é boa parte do custo medido.',
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
      'Quando um processo cai, os outros processos continuam rodando: cada um tem seu próprio espaço de endereçamento.',
      'Quando uma thread provoca um sinal fatal (como SIGSEGV), o processo inteiro termina, com todas as threads; e uma thread que escreve lixo na memória compartilhada estraga o que todas as threads leem.',
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
        explanation: 'A ação padrão do SIGSEGV encerra o processo que falhou, e só ele; os irmãos têm seus próprios espaços de endereçamento e continuam rodando.',
        hint: 'Processos irmãos compartilham algo que possa quebrar?',
      },
      {
        question: 'Uma thread escreve por um ponteiro inválido e o kernel gera SIGSEGV; não há tratador instalado. O que acontece?',
        options: ['Só aquela thread para', 'O sinal é ignorado', 'O processo inteiro morre, com todas as threads dele'],
        correct: 2,
        explanation: 'O sinal é entregue à thread que causou a falha, mas a ação padrão dele, encerrar o processo, vale para o processo inteiro: o kernel encerra todas as threads dele.',
        hint: 'Um sinal pode ser entregue a uma só thread, mas a ação dele (por padrão, encerrar o processo) vale para o processo inteiro.',
      },
      {
        question: 'No Node, uma worker thread lança uma exceção JavaScript comum que ninguém captura, e a thread principal escuta o evento \'error\' do worker (como faz o laboratório). O que acontece?',
        options: ['Só aquele worker termina; as outras threads continuam', 'O processo inteiro cai', 'Todas as threads reiniciam'],
        correct: 0,
        explanation: 'O Node encerra esse worker e emite \'error\' no objeto Worker da thread principal; as outras threads continuam rodando. Sem quem escute \'error\', o erro seria lançado de novo na thread principal e encerraria o processo. Um sinal fatal é diferente: encerra o processo.',
        hint: 'Compare a exceção não capturada com o sinal fatal (SIGSEGV) na lição.',
      },
    ] as Q[],
  },
  parallelism: {
    intro: [
      'Threads paralelizam tarefas dentro de um app (por exemplo, um pool de threads atendendo requisições HTTP); processos de trabalho fazem o mesmo com o trabalho de cada um isolado. Os dois podem usar vários núcleos da CPU.',
      'De um jeito ou de outro, só rodam no mesmo instante tantas tarefas quantos núcleos de CPU (CPUs lógicas) a máquina tiver.',
    ],
    predict: {
      question: 'Um trabalho pesado de CPU é dividido em 4 threads nesta máquina. Qual o ganho (speedup) sobre a thread principal fazendo tudo sozinha?',
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
        question: 'Por que o ganho medido fica abaixo do número de núcleos, às vezes muito abaixo?',
        options: ['Criar workers, juntar resultados e outros programas também gastam tempo e núcleos', 'Threads são mais lentas que processos', 'O relógio está errado'],
        correct: 0,
        explanation: 'Criar workers (no Node, um motor JavaScript para cada um), juntar os resultados e qualquer outro trabalho na máquina ocupam parte dos núcleos; a parte que não se divide limita o ganho (lei de Amdahl). Na máquina compartilhada de 2 núcleos deste laboratório, as execuções mediram de cerca de 1,2× até abaixo de 1×.',
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
      'Quando usar cada um: threads quando as tarefas compartilham estado no mesmo espaço de endereçamento e você consegue gerenciar a sincronização; processos quando as tarefas precisam de isolamento, para que a falha de uma não afete as outras, ou precisam ser implantadas e escaladas por conta própria.',
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
      `O x do pai terminou em ${parentX}, enquanto cada filho (${children} no total) contou a sua própria cópia até ${childX}.`,
    creation: ({ threadMs, processMs, ratio }) =>
      `Tempo mediano até ficar pronto: thread ${threadMs} ms, processo ${processMs} ms; o processo levou ${ratio}× o tempo da thread.`,
    crash: ({ fault, alive, total }) => `Depois de ${fault} numa thread, threads irmãs ainda rodando: ${alive} de ${total}.`,
    race: ({ withLoss, rounds, lostMedian }) =>
      `Rodadas em que os incrementos simples perderam atualizações: ${withLoss} de ${rounds} (mediana de perdidas por rodada: ${lostMedian}).`,
    parallelism: ({ threads, speedup, cores }) =>
      `Com ${threads}, o trabalho rodou a ${speedup}× a velocidade da thread principal sozinha (esta máquina: ${cores}).`,
    communication: ({ channel, ratio }) =>
      `O canal mais rápido entre processos, ${channel}, levou ${ratio}× o tempo de ida e volta do postMessage entre threads.`,
    backend: ({ signal, poolFailed, poolTotal, clusterFailed, clusterTotal }) =>
      `Quando um worker de cada um recebeu um ${signal}, o pool de threads perdeu ${poolFailed} de ${poolTotal} requisições e o cluster, ${clusterFailed} de ${clusterTotal}.`,
  },
  faults: {
    sigsegv: 'um sinal fatal (SIGSEGV)',
    exception: 'uma exceção não capturada',
    corruption: 'uma escrita de lixo na memória compartilhada',
    'null-dereference': 'uma escrita por um ponteiro NULL (SIGSEGV)',
  },
  threadWord: { one: 'thread', other: 'threads' },
  coreWord: { one: 'núcleo', other: 'núcleos' },
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
