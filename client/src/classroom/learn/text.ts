/** The guided path's text in every language (English defines the shape). */
import type { Localized } from '../../i18n/dictionary.js';
import { learnEn, type LearnText } from './textEn.js';
import { learnPtBR } from './textPtBR.js';

export type { LearnText, QuizQuestion } from './textEn.js';
export const learnText: Localized<LearnText> = { en: learnEn, 'pt-BR': learnPtBR };
