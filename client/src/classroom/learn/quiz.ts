/**
 * Quiz scoring, pure. A question may be tried until it is solved (a wrong
 * answer shows a hint); the score counts questions solved at the first try,
 * so trying again helps learning without inflating the score.
 */

/** One question's record: the last choice, whether it was right, and how many tries it took so far. */
export type QuizAnswer = { choice: number; correct: boolean; tries: number };
export type QuizAnswers = Readonly<Record<string, QuizAnswer>>;

/** Records a try at question `id` whose right option is `correctIndex`. */
export function answerQuestion(answers: QuizAnswers, id: string, choice: number, correctIndex: number): QuizAnswers {
  const previous = answers[id];
  // Once solved, the record is final: clicking around afterwards changes nothing.
  if (previous?.correct) return answers;
  return { ...answers, [id]: { choice, correct: choice === correctIndex, tries: (previous?.tries ?? 0) + 1 } };
}

export type QuizScore = {
  total: number;
  /** Questions solved, at any try. */
  solved: number;
  /** Questions solved at the first try: the score. */
  firstTry: number;
  complete: boolean;
};

export function scoreQuiz(answers: QuizAnswers, questionIds: readonly string[]): QuizScore {
  let solved = 0;
  let firstTry = 0;
  for (const id of questionIds) {
    const answer = answers[id];
    if (!answer?.correct) continue;
    solved += 1;
    if (answer.tries === 1) firstTry += 1;
  }
  return { total: questionIds.length, solved, firstTry, complete: questionIds.length > 0 && solved === questionIds.length };
}
