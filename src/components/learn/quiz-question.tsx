/**
 * One quiz question as a radio group. Choosing an answer reveals whether it is right and the
 * explanation, announced through a polite live region.
 */
import { useTranslation } from 'react-i18next';
import type { QuizQuestion } from './quiz-questions';

interface QuizQuestionProps {
  question: QuizQuestion;
  chosen: string | undefined;
  onChoose: (choice: string) => void;
}

/** The question `question`, with `chosen` as the learner's answer so far. */
export function QuizQuestionCard({ question, chosen, onChoose }: QuizQuestionProps) {
  const { t } = useTranslation();
  const base = `learn.quiz.questions.${question.id}`;
  const right = chosen === question.answer;
  return (
    <div className="quiz-question">
      <fieldset>
        <legend>{t(`${base}.prompt`)}</legend>
        {question.choices.map((choice) => (
          <label key={choice} className="quiz-choice">
            <input
              type="radio"
              name={`quiz-${question.id}`}
              value={choice}
              checked={chosen === choice}
              onChange={() => onChoose(choice)}
            />
            {t(`${base}.choices.${choice}`)}
          </label>
        ))}
      </fieldset>
      <div className="quiz-feedback" role="status" aria-live="polite">
        {chosen !== undefined && (
          <>
            <p className={right ? 'quiz-right' : 'quiz-wrong'}>
              {right
                ? t('learn.quiz.correct')
                : t('learn.quiz.wrong', { answer: t(`${base}.choices.${question.answer}`) })}
            </p>
            <p>{t(`${base}.explanation`)}</p>
          </>
        )}
      </div>
    </div>
  );
}
