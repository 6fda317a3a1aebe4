import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';

// A code review of three comments (our own text): each comment is judged on its own, its
// heading proposes a Conventional Comments label that applies with one click, and a label
// that hides a blocking problem is a finding.
const REVIEW = [
  'This loop never stops when the upstream API is down, so the worker hangs.',
  'nitpick: this crashes when the config file is missing.',
  'Thanks for splitting the parser, the new module reads well.',
].join('\n\n');

let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
  await coach.setMode('code-review');
});

test('each comment of a code review gets its own heading, label and quadrant', async () => {
  await coach.paste(REVIEW);
  const comments = coach.comments();
  await expect(comments).toHaveCount(3);
  await expect(comments.nth(0)).toContainText('Comment 1 of 3');
  await expect(comments.nth(0)).toContainText('This loop never stops');
  await expect(comments.nth(0).getByTestId('comment-label')).toHaveText('issue (blocking):');
  await expect(comments.nth(2).getByTestId('comment-label')).toHaveText('praise:');
  // The praise is not dragged into the bug report's quadrant.
  await expect(comments.nth(2).getByTestId('comment-quadrant')).not.toContainText('Obnoxious');
  // The mislabelled comment's card sits under its own heading.
  const second = coach.page.locator('[data-testid="comment"] ~ [data-testid="finding"][data-rule="conventional-label"]');
  await expect(second).toHaveCount(1);
});

test('apply a proposed label: the comment gets the prefix, one undo takes it back', async () => {
  await coach.paste(REVIEW);
  const first = coach.comments().nth(0);
  await first.getByTestId('apply-label').click();
  await expect.poll(() => coach.text()).toMatch(/^issue \(blocking\): This loop never stops/);
  await expect(coach.comments().nth(0).getByTestId('comment-labelled')).toBeVisible();
  await expect(coach.comments().nth(0).getByTestId('apply-label')).toHaveCount(0);
  // Only the first comment changed.
  expect(await coach.text()).toContain('\n\nnitpick: this crashes');
  await coach.undoButton.click();
  await expect.poll(() => coach.text()).toBe(REVIEW);
});

test('a non-blocking label on a crash is flagged, and its fix relabels the comment', async () => {
  await coach.paste(REVIEW);
  const card = coach.findings.and(coach.page.locator('[data-rule="conventional-label"]'));
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('reads as blocking');
  await card.getByTestId('apply-suggestion').first().click();
  await expect.poll(() => coach.text()).toContain('\n\nissue (blocking): this crashes when the config file is missing.');
  await expect(coach.findings.and(coach.page.locator('[data-rule="conventional-label"]'))).toHaveCount(0);
  await expect(coach.comments().nth(1).getByTestId('comment-labelled')).toBeVisible();
});

test('outside code review the panel has no comment headings', async () => {
  await coach.setMode('performance-review');
  // Remarks on code name no one, so a review of a person is added to be sure the panel has cards.
  await coach.paste(`${REVIEW}\n\nHe is lazy about tests.`);
  await expect(coach.findings.first()).toBeVisible();
  await expect(coach.comments()).toHaveCount(0);
});
