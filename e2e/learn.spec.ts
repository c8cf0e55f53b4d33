/**
 * Learn: the tour steps through the modes and a quiz answer is judged and explained in a live
 * region.
 */
import { expect, test } from './fixtures';

test('tours the modes and explains a quiz answer', async ({ lab }) => {
  await lab.openView('Learn');
  await expect(lab.tour.getByRole('heading', { name: /balance-rr \(mode 0\)/ })).toBeVisible();
  await lab.tour.getByRole('button', { name: 'Next mode' }).click();
  await expect(lab.tour.getByRole('heading', { name: /active-backup \(mode 1\)/ })).toBeVisible();

  const question = lab.question(/labels both mode 2 and mode 3/);
  await question.getByRole('radio', { name: 'Mode 2 is broadcast, mode 3 is balance-xor' }).check();
  await expect(lab.quizFeedback).toContainText('Not quite');
  await expect(lab.quizFeedback).toContainText('The kernel numbers them 2 = balance-xor');
  await question.getByRole('radio', { name: /^Mode 2 is balance-xor \(hash\)/ }).check();
  await expect(lab.quizFeedback).toContainText('Correct.');
  await expect(lab.page.getByText('Score: 1 correct of 1 answered (16 questions).')).toBeVisible();
});
