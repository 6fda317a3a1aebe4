import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';

// A manager's third-person review, as typed into the coach (our own text): the labels are
// caught, the praise without examples is one grouped card, the SBI checklist matches what the
// text says, and the first rewrites stay about Noor.
const REVIEW = [
  'Noor is a real team player and one of the sharpest engineers we have.',
  'She did a great job this year.',
  'Her presentations are excellent.',
  'Her code reviews are outstanding.',
  'She can be abrasive with the support team.',
  'Going forward, she needs to step up.',
].join(' ');

let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

test('a third-person review shows its labels, one grouped praise card and an honest SBI checklist', async () => {
  await coach.paste(REVIEW);
  // The labels, praise and criticism alike, are personality findings; "abrasive" says why it
  // matters for women in particular.
  const labels = coach.finding('personality');
  await expect(labels.first()).toBeVisible();
  await expect(coach.mark('personality').filter({ hasText: 'abrasive' })).toHaveCount(1);
  await expect(coach.page.getByText(/aim far more at women/).first()).toBeAttached();
  // Praise without an example, in several sentences: one card for all of them.
  const group = coach.findings.filter({ has: coach.page.getByTestId('group-title') });
  await expect(group.getByTestId('group-title')).toHaveText(/sentences praise without an example/);
  expect(await group.getByTestId('group-spot').count()).toBeGreaterThanOrEqual(3);
  // Nothing in the text is a situation, an observed behavior, an impact or a next step
  // ("going forward, she needs to step up" names nothing to do).
  for (const part of ['situation', 'behavior', 'impact', 'next-step'] as const) {
    await expect(coach.sbi(part)).toHaveClass(/missing/);
  }
});

test('the rewrites of a third-person review keep talking about her, not to "you"', async () => {
  await coach.paste(REVIEW);
  await expect(coach.findings.first()).toBeVisible();
  const firsts = await coach.page.locator('[data-testid="apply-suggestion"] .apply-text').allTextContents();
  expect(firsts.length).toBeGreaterThan(0);
  for (const r of firsts) {
    const outside = r.replace(/\[[^\]]*\]/g, '');
    expect(outside, r).not.toMatch(/\b(you|your)\b/i);
  }
});

test('filling an SBI checklist: the parts tick as the writer adds them', async () => {
  await coach.paste('In the March launch review, Noor cut in before the designer had finished, and the designer stopped raising concerns. As a next step, Noor will let others finish before replying.');
  for (const part of ['situation', 'behavior', 'impact', 'next-step'] as const) {
    await expect(coach.sbi(part)).toHaveClass(/present/);
  }
});
