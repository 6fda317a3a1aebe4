import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';

// The findings panel as a triage list: most urgent first, one card per spot, one card per
// repeated rule, category chips that filter.
let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

const RANK: Record<string, number> = { problem: 3, warning: 2, note: 1 };

test('cards come most severe first, then in text order', async () => {
  await coach.paste('Maybe we could look at the tests again. Great job on the demo. You are lazy.');
  await expect(coach.findings.first()).toHaveAttribute('data-severity', 'problem');
  await expect(coach.findings.first()).toHaveAttribute('data-category', 'personality');
  const severities = await coach.findings.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')!));
  expect(severities.length).toBeGreaterThan(1);
  for (let i = 1; i < severities.length; i++) {
    expect(RANK[severities[i - 1]]).toBeGreaterThanOrEqual(RANK[severities[i]]);
  }
});

test('findings on the same words share one card; the others are folded into it', async () => {
  await coach.paste('She is kind of lazy.');
  const marks = await coach.marks.count();
  expect(marks).toBeGreaterThan(1);
  // The hedge has no card of its own: it is folded into the personal label's.
  await expect(coach.finding('personality')).toHaveCount(1);
  await expect(coach.finding('hedging')).toHaveCount(0);
  const card = coach.finding('personality');
  await expect(card.getByTestId('also')).not.toHaveCount(0);
  // The hedge is folded in (beside the sentence's vague-criticism note).
  await expect(card.locator('[data-testid="also"][data-category="hedging"]')).toHaveCount(1);
});

test('five vague praises are one group card, and each keeps its mark', async () => {
  await coach.paste('Great job. Nice work. Well done. Good job. Keep it up.');
  const group = coach.findings.filter({ has: coach.page.getByTestId('group-title') });
  await expect(group).toHaveCount(1);
  await expect(group.getByTestId('group-title')).toHaveText(/^\d sentences praise without an example$/);
  const n = await group.getByTestId('group-spot').count();
  expect(n).toBeGreaterThanOrEqual(3);
  await expect(coach.mark('vague')).toHaveCount(n);
  // Each place selects its own words.
  await group.getByTestId('show-in-draft').nth(1).click();
  expect(await coach.selectedText()).toBe('Nice work');
});

test('category chips filter the cards, with a count each', async () => {
  await coach.paste('You did a great job. You are lazy.');
  await expect(coach.finding('personality')).toHaveCount(1);
  const all = await coach.findings.count();
  expect(all).toBeGreaterThanOrEqual(2);
  const vague = coach.page.getByTestId('category-count').and(coach.page.locator('[data-category="vague"]'));
  await expect(vague).toContainText('1');
  await expect(vague).toHaveAttribute('aria-pressed', 'false');
  await vague.click();
  await expect(vague).toHaveAttribute('aria-pressed', 'true');
  await expect(coach.findings).toHaveCount(1);
  await expect(coach.findings.first()).toHaveAttribute('data-category', 'vague');
  await expect(coach.page.getByTestId('filter-note')).toContainText(`1 of ${all} cards`);
  await coach.page.getByTestId('category-all').click();
  await expect(coach.findings).toHaveCount(all);
  await expect(vague).toHaveAttribute('aria-pressed', 'false');
});

test('a 2,000-word paste fills the panel progressively and completely', async () => {
  const lines = [
    'You did a great job.',
    'You are too defensive in code reviews.',
    'The rollback runbook you wrote meant on-call restored service in eight minutes.',
    'I just think maybe the review threads could be better.',
  ];
  const text = Array.from({ length: 140 }, (_, i) => `${lines[i % 4]} (${i})`).join(' ');
  await coach.paste(text);
  await expect(coach.page.getByTestId('findings-count')).not.toHaveText('0');
  // 140 sentences, each flagged: a handful of cards, mostly groups, and a mark on each place.
  const marks = await coach.marks.count();
  expect(marks).toBeGreaterThan(100);
  await expect(coach.page.getByTestId('group-title').first()).toBeVisible();
  const cards = await coach.findings.count();
  expect(cards).toBeLessThan(20);
  // A long group lists its first five places, and all of them on request.
  const more = coach.page.getByTestId('group-more');
  const groups = await more.count();
  expect(groups).toBeGreaterThan(0);
  const folded = await coach.page.getByTestId('group-spot').count();
  expect(folded).toBeLessThanOrEqual(cards * 5);
  for (let i = 0; i < groups; i++) {
    await expect(more.nth(i)).toHaveAttribute('aria-expanded', 'false');
    await more.nth(i).click();
    await expect(more.nth(i)).toHaveAttribute('aria-expanded', 'true');
    await expect(more.nth(i)).toHaveText('Show fewer places');
  }
  // Every place is then listed on some card.
  const places = await coach.page.getByTestId('group-spot').count();
  expect(places + cards).toBeGreaterThan(100);
  // An open group stays open while its places change: typing keeps the list whole.
  await coach.editor.press('Control+End');
  await coach.editor.pressSequentially(' Good job.');
  await expect(more.first()).toHaveAttribute('aria-expanded', 'true');
  expect(await coach.page.getByTestId('group-spot').count()).toBeGreaterThanOrEqual(places);
});
