/**
 * Words of the engine switch ("Node | native (C)"), English and Brazilian Portuguese.
 */
import type { Localized } from '../i18n/dictionary.js';

const en = {
  legend: 'Engine',
  node: 'Node.js',
  native: 'native (C)',
  nodeHint: 'child_process.fork and worker_threads, as the rest of the lab.',
  nativeHint: 'A C program: fork() without exec (real copy-on-write) and pthreads.',
  asking: 'Asking the server whether it can run the native engine…',
  unavailable: ({ reason }: { reason: string }) => `The native engine is not available on this server (the server says: “${reason}”).`,
  notReported: 'the server did not say whether it can run it',
};

const ptBR: typeof en = {
  legend: 'Motor',
  node: 'Node.js',
  native: 'nativo (C)',
  nodeHint: 'child_process.fork e worker_threads, como no resto do laboratório.',
  nativeHint: 'Um programa em C: fork() sem exec (copy-on-write de verdade) e pthreads.',
  asking: 'Perguntando ao servidor se ele pode rodar o motor nativo…',
  // The server's reason is in English: quoted as its words, not mixed into the Portuguese sentence.
  unavailable: ({ reason }) => `O motor nativo não está disponível neste servidor (o servidor informa, em inglês: “${reason}”).`,
  notReported: 'o servidor não disse se consegue rodá-lo',
};

export type EngineText = typeof en;
export const engineText: Localized<EngineText> = { en, 'pt-BR': ptBR };
