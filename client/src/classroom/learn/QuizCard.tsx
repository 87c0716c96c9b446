/**
 * Three questions per lesson. A wrong answer shows a hint and may be tried
 * again; a right one shows why. Answers are kept on this device.
 */
import { useId, useState } from 'react';
import { Icon } from '../../app/Icon.js';
import { useI18n, useLocalized } from '../../i18n/index.js';
import { quizQuestionIds, type PathLesson } from './path.js';
import { progressStore, useProgress } from './progress.js';
import { scoreQuiz, type QuizAnswer } from './quiz.js';
import { learnText, type QuizQuestion } from './text.js';

type QuestionProps = { lesson: PathLesson; id: string; n: number; question: QuizQuestion; answer: QuizAnswer | undefined };

function Question({ lesson, id, n, question, answer }: QuestionProps) {
  const { format } = useI18n();
  const text = useLocalized(learnText);
  const [choice, setChoice] = useState<number | undefined>(answer?.choice);
  const name = useId();
  const solved = answer?.correct === true;
  return (
    <form
      className="quiz-question"
      data-testid={`quiz-${id}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (choice !== undefined) progressStore.answer(lesson, id, choice, question.correct);
      }}
    >
      <fieldset className="choice-group" disabled={solved}>
        <legend>
          <span className="visually-hidden">{text.questionLabel({ n: format.integer(n) })}: </span>
          {question.question}
        </legend>
        {question.options.map((option, index) => (
          <label key={option} className="choice">
            <input type="radio" name={name} checked={choice === index} onChange={() => setChoice(index)} data-testid={`quiz-${id}-option-${index}`} />
            {option}
          </label>
        ))}
      </fieldset>
      {!solved && (
        <button type="submit" disabled={choice === undefined} data-testid={`quiz-${id}-check`}>
          {text.check}
        </button>
      )}
      <div aria-live="polite" data-testid={`quiz-${id}-feedback`}>
        {answer && answer.correct && (
          <p className="quiz-feedback right" data-result="right">
            <Icon name="check" /> <strong>{text.right}</strong> {question.explanation}
          </p>
        )}
        {answer && !answer.correct && (
          <p className="quiz-feedback wrong" data-result="wrong">
            <Icon name="cross" /> <strong>{text.wrong}</strong> {text.hint({ hint: question.hint })} {text.tryAgain}
          </p>
        )}
      </div>
    </form>
  );
}

export function QuizCard({ lesson }: { lesson: PathLesson }) {
  const { format } = useI18n();
  const text = useLocalized(learnText);
  const answers = useProgress().lessons[lesson]?.quiz ?? {};
  const score = scoreQuiz(answers, quizQuestionIds);
  const questions = text.lessons[lesson].quiz;
  // A retake remounts the questions so their local choices start empty.
  const [round, setRound] = useState(0);
  return (
    <details className="quiz-card" data-testid="quiz">
      <summary>
        <span className="quiz-heading">{text.quizHeading}</span>{' '}
        <span className="quiz-score" data-testid="quiz-score" data-score={score.firstTry} data-solved={score.solved}>
          {text.quizScore({ score: format.integer(score.firstTry), total: format.integer(score.total) })}
        </span>
      </summary>
      {quizQuestionIds.map((id, index) => {
        const question = questions[index];
        return question ? <Question key={`${round}-${id}`} lesson={lesson} id={id} n={index + 1} question={question} answer={answers[id]} /> : null;
      })}
      {score.solved > 0 && (
        <button
          type="button"
          className="link-button"
          onClick={() => {
            progressStore.resetQuiz(lesson);
            setRound((value) => value + 1);
          }}
        >
          {text.retake}
        </button>
      )}
    </details>
  );
}
