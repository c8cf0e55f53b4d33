/**
 * The quiz: one question at a time, answers kept while the view is open, and a running score.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuizQuestionCard } from './quiz-question';
import { QUIZ_QUESTIONS } from './quiz-questions';

/** The whole quiz with navigation and score. */
export function Quiz() {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const question = QUIZ_QUESTIONS[index];
  if (!question) return null;
  const answered = QUIZ_QUESTIONS.filter((q) => answers[q.id] !== undefined);
  const correct = answered.filter((q) => answers[q.id] === q.answer).length;
  return (
    <section className="learn-card" aria-labelledby="learn-quiz-heading">
      <h2 id="learn-quiz-heading">{t('learn.quiz.heading')}</h2>
      <p className="learn-step">
        {t('learn.quiz.progress', { index: index + 1, total: QUIZ_QUESTIONS.length })}
      </p>
      <QuizQuestionCard
        key={question.id}
        question={question}
        chosen={answers[question.id]}
        onChoose={(choice) => setAnswers({ ...answers, [question.id]: choice })}
      />
      <p>
        {t('learn.quiz.score', {
          correct,
          answered: answered.length,
          total: QUIZ_QUESTIONS.length,
        })}
      </p>
      <div className="learn-nav">
        <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('learn.quiz.previous')}
        </button>
        <button
          type="button"
          disabled={index === QUIZ_QUESTIONS.length - 1}
          onClick={() => setIndex(index + 1)}
        >
          {t('learn.quiz.next')}
        </button>
        <button
          type="button"
          onClick={() => {
            setAnswers({});
            setIndex(0);
          }}
        >
          {t('learn.quiz.restart')}
        </button>
      </div>
    </section>
  );
}
