import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';

// The seed's examples for each quadrant, typed into a fresh draft.
const QUADRANT_EXAMPLES: [string, string][] = [
  [
    "Your code architecture proposal has strong scalability design, but I'm concerned about the complexity for our current team. Let's work together to find an approach that achieves your performance goals while being maintainable by the team.",
    'radical-candor',
  ],
  ['This code is overcomplicated and hard to follow', 'obnoxious-aggression'],
  ['You need to communicate better', 'obnoxious-aggression'],
  ['Your approach is wrong', 'obnoxious-aggression'],
  ['Your technical work is fine, keep it up', 'ruinous-empathy'],
  ["You're doing great, no need to change anything", 'ruinous-empathy'],
];

const SBI_DRAFT =
  "In Tuesday's planning meeting, you presented the roadmap with three clear options, which helped the team decide in ten minutes. Could you share the slides with the design team next week?";

let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

for (const [sentence, quadrant] of QUADRANT_EXAMPLES) {
  test(`the seed's "${sentence.slice(0, 40)}…" reads as ${quadrant}`, async () => {
    await coach.type(sentence);
    await coach.expectQuadrant(quadrant);
  });
}

test('the quadrant comes with a one-line reading and the matrix describes the position', async () => {
  await coach.type('Your technical work is fine, keep it up');
  await expect(coach.page.getByTestId('quadrant-reading')).toHaveText(
    "This draft reads as Ruinous Empathy: warm, but it doesn't say what to change.",
  );
  await expect(coach.matrix).toHaveAttribute('role', 'img');
  await expect(coach.matrix).toHaveAttribute('aria-label', /Ruinous Empathy/);
});

test('why here quotes the phrases that moved the axes and suggests one change', async () => {
  await coach.paste('Your technical work is fine, keep it up');
  await expect(coach.page.getByTestId('signal').first()).toBeVisible();
  await expect(coach.page.getByTestId('why-here')).toContainText('fine');
  await expect(coach.page.getByTestId('next-move')).toContainText('one thing to change');
});

test('a vague sentence gets a vague card with its message, a reason and rewrites', async () => {
  await coach.type('You did a great job.');
  const card = coach.finding('vague');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('great job');
  await expect(card.getByTestId('apply-suggestion').first()).toBeVisible();
  await card.getByText('Why it matters').click();
  await expect(card.locator('.why-source')).toContainText('Source:');
});

test('selecting a card selects its span in the draft, after an emoji and accents', async () => {
  await coach.paste('🙂 Déjà vu! You did a great job.');
  await coach.finding('vague').getByTestId('show-in-draft').click();
  await expect(coach.editor).toBeFocused();
  expect(await coach.selectedText()).toBe('great job');
});

test('a draft with situation, behavior, impact and next step ticks all four', async () => {
  await coach.paste(SBI_DRAFT);
  for (const part of ['situation', 'behavior', 'impact', 'next-step'] as const) {
    await expect(coach.sbi(part)).toHaveAttribute('data-present', 'true');
  }
});

test('a bare criticism leaves the checklist unticked, with a hint for each part', async () => {
  await coach.paste('Your approach is wrong');
  await expect(coach.sbi('situation')).toHaveAttribute('data-present', 'false');
  await expect(coach.sbi('situation')).toContainText('Say when and where');
  await expect(coach.sbi('next-step')).toHaveAttribute('data-present', 'false');
});

test('a kind, specific draft is ready to send; a personal label takes that away', async () => {
  await coach.paste(SBI_DRAFT);
  await expect(coach.readyToSend).toBeVisible();
  await coach.editor.press('End');
  await coach.editor.pressSequentially(' You are lazy.');
  await expect(coach.readyToSend).toHaveCount(0);
  await expect(coach.page.getByTestId('category-count').and(coach.page.locator('[data-category="personality"]'))).toContainText('1');
});

test('the live summary waits for typing to pause before announcing', async () => {
  await coach.paste('You are lazy.');
  await expect(coach.liveSummary).toHaveAttribute('aria-live', 'polite');
  await expect(coach.liveSummary).not.toContainText('issue');
  await expect(coach.liveSummary).toContainText('issue', { timeout: 3000 });
});

test('dismissing a finding hides its card and mark until restored', async () => {
  await coach.paste('You did a great job.');
  await coach.finding('vague').getByTestId('dismiss').click();
  await expect(coach.finding('vague')).toHaveCount(0);
  await expect(coach.mark('vague')).toHaveCount(0);
  await coach.page.getByTestId('restore-dismissed').click();
  await expect(coach.finding('vague')).toHaveCount(1);
});

test('J and K move between findings and D dismisses the focused one', async () => {
  await coach.paste('You did a great job. You are lazy.');
  const first = coach.findings.first();
  await first.focus();
  await coach.page.keyboard.press('j');
  await expect(coach.findings.nth(1)).toBeFocused();
  await coach.page.keyboard.press('k');
  await expect(first).toBeFocused();
  const before = await coach.findings.count();
  await coach.page.keyboard.press('d');
  await expect(coach.findings).toHaveCount(before - 1);
  await expect(coach.findings.first()).toBeFocused();
});

test('keyboard only: Tab reaches a rewrite and Enter applies it', async () => {
  await coach.type('You did a great job.');
  const original = await coach.text();
  let reached = false;
  for (let i = 0; i < 60 && !reached; i++) {
    await coach.page.keyboard.press('Tab');
    reached = (await coach.focusedTestId()) === 'apply-suggestion';
  }
  expect(reached).toBe(true);
  await coach.page.keyboard.press('Enter');
  await expect(coach.editor).toBeFocused();
  expect(await coach.text()).not.toBe(original);
});

test('the shortcuts panel lists the keys and Esc closes it', async () => {
  const button = coach.page.getByTestId('shortcuts-button');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const help = coach.page.getByTestId('shortcuts-help');
  await expect(help).toContainText('Tab / Shift+Tab');
  await expect(help).toContainText('dismiss');
  await help.getByRole('button', { name: 'Close' }).focus();
  await coach.page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('the whole-draft rewrite previews before and after; Use this version is undoable', async () => {
  await coach.paste('You did a great job. You always miss deadlines.');
  const original = await coach.text();
  await coach.page.getByTestId('rewrite-toggle').click();
  await expect(coach.page.getByTestId('rewrite-before')).toHaveText(original);
  const after = (await coach.page.getByTestId('rewrite-after').textContent()) ?? '';
  expect(after).not.toBe(original);
  await coach.page.getByTestId('use-rewrite').click();
  expect(await coach.text()).toBe(after);
  await coach.undoButton.click();
  expect(await coach.text()).toBe(original);
});

test('Keep mine closes the rewrite preview and leaves the draft alone', async () => {
  await coach.paste('You did a great job.');
  const original = await coach.text();
  await coach.page.getByTestId('rewrite-toggle').click();
  await coach.page.getByTestId('keep-mine').click();
  await expect(coach.page.getByTestId('rewrite-after')).toHaveCount(0);
  expect(await coach.text()).toBe(original);
});

test('at 375 px wide nothing overflows sideways', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await coach.paste('You did a great job. You are lazy and you always miss deadlines.');
  await page.getByTestId('sheet-handle').click();
  await expect(coach.findings.first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
});
