// The quiz data and its catalogue agree: every choice and explanation has text, every answer is
// one of its question's choices, and no catalogue text is left without a question.
import { describe, expect, it } from 'vitest';
import { learn } from '../../i18n/en/learn';
import { QUIZ_QUESTIONS } from './quiz-questions';

const texts = learn.quiz.questions as Record<
  string,
  { prompt: string; choices: Record<string, string>; explanation: string }
>;

describe('QUIZ_QUESTIONS', () => {
  it('asks at least 14 distinct questions', () => {
    expect(QUIZ_QUESTIONS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(QUIZ_QUESTIONS.map((q) => q.id)).size).toBe(QUIZ_QUESTIONS.length);
  });

  it('covers exactly the questions of the catalogue', () => {
    expect(QUIZ_QUESTIONS.map((q) => q.id).sort()).toEqual(Object.keys(texts).sort());
  });

  it.each(QUIZ_QUESTIONS.map((q) => [q.id, q] as const))('%s is well formed', (id, question) => {
    const text = texts[id];
    expect(text?.prompt).toMatch(/\S/);
    expect(text?.explanation).toMatch(/\S/);
    expect(question.choices).toContain(question.answer);
    expect(Object.keys(text?.choices ?? {}).sort()).toEqual([...question.choices].sort());
  });
});
