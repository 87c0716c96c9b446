import { describe, expect, it } from 'vitest';
import { languages } from '../../i18n/dictionary.js';
import { completedCount, continueAt, guidedPath, isPathLesson, lessonStatus, pathPosition, quizQuestionIds } from './path.js';
import { isPredictionLesson, predictionOptions } from '../../../../shared/predictions.js';
import { parseProgress } from './progress.js';
import { answerQuestion, scoreQuiz, type QuizAnswers } from './quiz.js';
import { learnText } from './text.js';

describe('scoreQuiz', () => {
  const ids = ['q1', 'q2', 'q3'];
  it('counts first-try answers as the score and any solved answer as progress', () => {
    let answers: QuizAnswers = {};
    answers = answerQuestion(answers, 'q1', 2, 2);
    answers = answerQuestion(answers, 'q2', 0, 1);
    expect(scoreQuiz(answers, ids)).toEqual({ total: 3, solved: 1, firstTry: 1, complete: false });
    answers = answerQuestion(answers, 'q2', 1, 1);
    answers = answerQuestion(answers, 'q3', 0, 0);
    expect(scoreQuiz(answers, ids)).toEqual({ total: 3, solved: 3, firstTry: 2, complete: true });
  });

  it('keeps a solved answer final', () => {
    const solved = answerQuestion({}, 'q1', 1, 1);
    expect(answerQuestion(solved, 'q1', 0, 1)).toBe(solved);
    expect(answerQuestion(answerQuestion({}, 'q1', 0, 1), 'q1', 2, 1).q1).toEqual({ choice: 2, correct: false, tries: 2 });
  });

  it('is empty for no questions', () => {
    expect(scoreQuiz({}, []).complete).toBe(false);
  });
});

describe('guided path', () => {
  it('follows the course notes’ order', () => {
    expect(guidedPath).toEqual(['memory', 'communication', 'race', 'creation', 'crash', 'parallelism', 'backend']);
    expect(pathPosition('race')).toEqual({ step: 3, previous: 'communication', next: 'creation' });
    expect(pathPosition('memory')?.previous).toBeUndefined();
    // The notes end with the backend context and "when to use which": the last step.
    expect(pathPosition('parallelism')?.next).toBe('backend');
    expect(pathPosition('backend')).toEqual({ step: 7, previous: 'parallelism', next: undefined });
    expect(pathPosition('nonexistent')).toBeUndefined();
  });

  it('tells where a learner stands', () => {
    const solvedQuiz = { q1: { choice: 1, correct: true, tries: 1 }, q2: { choice: 2, correct: true, tries: 2 }, q3: { choice: 0, correct: true, tries: 1 } };
    expect(lessonStatus(undefined)).toBe('notStarted');
    expect(lessonStatus({ prediction: { answer: 'x2', at: 1 } })).toBe('predicted');
    expect(lessonStatus({ prediction: { answer: 'x2', at: 1 }, outcome: { runId: 'r', comparison: 'miss' } })).toBe('compared');
    const done = { prediction: { answer: 'x2', at: 1 }, outcome: { runId: 'r', comparison: 'miss' as const }, quiz: solvedQuiz };
    expect(lessonStatus(done)).toBe('complete');
    const progress = { version: 1 as const, lessons: { memory: done } };
    expect(completedCount(progress)).toBe(1);
    expect(continueAt(progress)).toBe('communication');
    const allButLast = { version: 1 as const, lessons: Object.fromEntries(guidedPath.slice(0, -1).map((lesson) => [lesson, done])) };
    expect(completedCount(allButLast)).toBe(6);
    expect(continueAt(allButLast)).toBe('backend');
  });

  it('drops stored progress that is not ours', () => {
    expect(parseProgress(null).lessons).toEqual({});
    expect(parseProgress('not json').lessons).toEqual({});
    expect(parseProgress('{"version":2,"lessons":{}}').lessons).toEqual({});
    expect(parseProgress('{"version":1,"lessons":{"memory":{"prediction":{"answer":"x","at":1}}}}').lessons.memory?.prediction?.answer).toBe('x');
  });
});

describe('every lesson on the path', () => {
  it('asks a prediction question whose every option has words in every language', () => {
    for (const lesson of guidedPath) {
      expect(isPredictionLesson(lesson), lesson).toBe(true);
      expect(isPathLesson(lesson)).toBe(true);
      for (const language of languages) {
        const words = learnText[language].lessons[lesson];
        expect(words.intro.length, `${language} ${lesson} intro`).toBeGreaterThan(0);
        expect(Object.keys(words.predict.options).sort(), `${language} ${lesson}`).toEqual([...predictionOptions[lesson]].sort());
      }
    }
  });

  it('says how many lessons the path has', () => {
    expect(learnText.en.pathLead({ count: '7' })).toMatch(/^7 lessons/);
    expect(learnText['pt-BR'].pathLead({ count: '7' })).toMatch(/^7 lições/);
  });
});

describe('learn text', () => {
  it('has three questions per lesson with the same right answer in every language', () => {
    for (const lesson of guidedPath) {
      const english = learnText.en.lessons[lesson].quiz;
      expect(english).toHaveLength(quizQuestionIds.length);
      for (const language of languages) {
        const quiz = learnText[language].lessons[lesson].quiz;
        expect(quiz.map((question) => question.correct), `${language} ${lesson}`).toEqual(english.map((question) => question.correct));
        expect(quiz.map((question) => question.options.length)).toEqual(english.map((question) => question.options.length));
        for (const question of quiz) expect(question.correct).toBeLessThan(question.options.length);
      }
    }
  });

  it('does not always put the right answer in the same place', () => {
    const positions = new Set(guidedPath.flatMap((lesson) => learnText.en.lessons[lesson].quiz.map((question) => question.correct)));
    expect(positions.size).toBeGreaterThan(1);
  });
});
