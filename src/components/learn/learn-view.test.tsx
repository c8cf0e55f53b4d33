// @vitest-environment jsdom
// The Learn view: the tour steps through the modes in kernel order, and a quiz answer reveals
// right or wrong with the explanation in a live region and updates the score.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import { LearnView } from './learn-view';

afterEach(cleanup);

function renderView() {
  render(
    <I18nextProvider i18n={createI18n()}>
      <LearnView />
    </I18nextProvider>,
  );
}

describe('ModeTour', () => {
  it('starts at mode 0 and steps to mode 1 and back', () => {
    renderView();
    expect(screen.getByText('Mode 0, 1 of 7')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'balance-rr (mode 0): round-robin' })).toBeTruthy();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous mode' }).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next mode' }));
    expect(screen.getByText('Mode 1, 2 of 7')).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'active-backup (mode 1): fault tolerance' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous mode' }));
    expect(screen.getByText('Mode 0, 1 of 7')).toBeTruthy();
  });
});

describe('Quiz', () => {
  const question =
    'The original RHEL5 write-up labels both mode 2 and mode 3 “balance-xor”. What are they really?';
  const right = 'Mode 2 is balance-xor (hash), mode 3 is broadcast (every frame on every slave)';
  const wrong = 'Mode 2 is broadcast, mode 3 is balance-xor';

  it.each([
    [
      wrong,
      `Not quite: the answer is “${right}”.`,
      'Score: 0 correct of 1 answered (16 questions).',
    ],
    [right, 'Correct.', 'Score: 1 correct of 1 answered (16 questions).'],
  ])('answering %s', (choice, verdict, score) => {
    renderView();
    const group = screen.getByRole('group', { name: question });
    fireEvent.click(screen.getByRole('radio', { name: choice }));
    expect(group).toBeTruthy();
    const feedback = screen.getAllByRole('status').find((el) => el.className === 'quiz-feedback');
    expect(feedback?.textContent).toContain(verdict);
    expect(feedback?.textContent).toContain('The kernel numbers them 2 = balance-xor');
    expect(screen.getByText(score)).toBeTruthy();
  });

  it('moves to the next question and restarts with a clean score', () => {
    renderView();
    fireEvent.click(screen.getByRole('radio', { name: right }));
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByText('Question 2 of 16')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Question 1 of 16')).toBeTruthy();
    expect(screen.getByText('Score: 0 correct of 0 answered (16 questions).')).toBeTruthy();
  });
});
