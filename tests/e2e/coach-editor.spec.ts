import { test, expect } from '@playwright/test';
import { CoachPage } from './pages/coach';
import { DraftsPage } from './pages/drafts';

let coach: CoachPage;

test.beforeEach(async ({ page }) => {
  coach = new CoachPage(page);
  await coach.openFresh();
});

test('a vague phrase gets a vague mark over exactly its words', async () => {
  await coach.type('You did a great job.');
  await expect(coach.mark('vague')).toHaveText('great job');
});

test('categories differ by underline style, not colour alone', async () => {
  await coach.paste('You did a great job. You are lazy.');
  const style = (cat: string) =>
    coach.mark(cat).first().evaluate((el) => getComputedStyle(el).textDecorationStyle);
  expect(await style('vague')).toBe('dotted');
  expect(await style('personality')).toBe('double');
});

test('the highlight layer lines up with the text in the editor', async () => {
  await coach.paste(
    'First line.\n\nThen: thanks for the long report that went out on Friday and for the slides, the summary and the appendix. You did a great job.',
  );
  const mark = await coach.mark('vague').boundingBox();
  // Select the same words in the textarea and measure where the browser draws them.
  const text = await coach.text();
  const start = text.indexOf('great job');
  const caret = await coach.editor.evaluate((el: HTMLTextAreaElement, i: number) => {
    const mirror = document.createElement('div');
    const cs = getComputedStyle(el);
    for (const p of ['font', 'padding', 'border', 'lineHeight', 'whiteSpace', 'overflowWrap', 'width', 'boxSizing', 'letterSpacing'] as const) {
      (mirror.style as any)[p] = (cs as any)[p];
    }
    mirror.style.position = 'absolute';
    const r = el.getBoundingClientRect();
    mirror.style.left = `${r.left + scrollX}px`;
    mirror.style.top = `${r.top + scrollY}px`;
    mirror.textContent = el.value.slice(0, i);
    const span = document.createElement('span');
    span.textContent = 'g';
    mirror.appendChild(span);
    document.body.appendChild(mirror);
    const b = span.getBoundingClientRect();
    mirror.remove();
    return { x: b.left, y: b.top };
  }, start);
  expect(Math.abs(mark!.x - caret.x)).toBeLessThan(2);
  expect(Math.abs(mark!.y - caret.y)).toBeLessThan(4);
});

test('with the caret inside a mark, its finding shows beside it', async () => {
  await coach.paste('You did a great job.');
  await coach.editor.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(12, 12));
  await coach.editor.press('ArrowRight');
  await expect(coach.page.getByTestId('mark-tip')).toContainText("doesn't say what was good");
});

test('hovering a mark shows its finding', async () => {
  await coach.paste('You did a great job.');
  const box = (await coach.mark('vague').boundingBox())!;
  await coach.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(coach.page.getByTestId('mark-tip')).toBeVisible();
  await expect(coach.finding('vague')).toHaveClass(/is-active/);
  await coach.page.mouse.move(2, 2);
  await expect(coach.page.getByTestId('mark-tip')).toHaveCount(0);
});

test('apply a rewrite, Tab through its placeholders, then Undo restores the original', async () => {
  await coach.type('You did a great job.');
  // The panel follows a burst of typing; click the card the finished sentence gives.
  await expect(coach.mark('vague')).toHaveText('great job');
  await expect(coach.finding('vague')).toHaveCount(1);
  const original = await coach.text();
  await coach.finding('vague').getByTestId('apply-suggestion').first().click();
  const applied = await coach.text();
  expect(applied).not.toBe(original);
  await expect(coach.editor).toBeFocused();
  const first = await coach.selectedText();
  expect(first).toMatch(/^\[.+\]$/);
  await coach.editor.press('Tab');
  const second = await coach.selectedText();
  expect(second).toMatch(/^\[.+\]$/);
  expect((await coach.selection())[0]).toBeGreaterThan(applied.indexOf(first));
  await coach.editor.press('Shift+Tab');
  expect(await coach.selectedText()).toBe(first);
  await coach.undoButton.click();
  expect(await coach.text()).toBe(original);
});

test('Ctrl+Z in the editor undoes an Apply and Ctrl+Shift+Z redoes it', async () => {
  await coach.type('You did a great job.');
  const original = await coach.text();
  await coach.finding('vague').getByTestId('apply-suggestion').first().click();
  const applied = await coach.text();
  await coach.editor.press('Control+z');
  expect(await coach.text()).toBe(original);
  await coach.editor.press('Control+Shift+z');
  expect(await coach.text()).toBe(applied);
});

test('typing a placeholder in turns it into text: the next Tab goes to the next one', async () => {
  await coach.paste('In [meeting], you [behavior].');
  await coach.editor.press('Control+Home');
  await coach.editor.press('Tab');
  expect(await coach.selectedText()).toBe('[meeting]');
  await coach.page.keyboard.type("Tuesday's planning");
  await coach.editor.press('Tab');
  expect(await coach.selectedText()).toBe('[behavior]');
  expect(await coach.text()).toBe("In Tuesday's planning, you [behavior].");
});

test('with no placeholder left, Tab leaves the editor as usual', async () => {
  await coach.type('Thanks for the notes.');
  await coach.editor.press('Tab');
  await expect(coach.editor).not.toBeFocused();
});

test('typed markup stays text: no element is created and no dialog opens', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await coach.type('<img src=x onerror=alert(1)> and <b>bold</b> great job');
  await page.waitForTimeout(300);
  expect(await page.locator('img').count()).toBe(0);
  expect(await page.locator('main b').count()).toBe(0);
  expect(dialogs).toBe(0);
  await expect(page.locator('.editor-backdrop')).toContainText('<img src=x onerror=alert(1)>');
});

test('Esc then Tab leaves the editor even with placeholders ahead', async () => {
  await coach.paste('In [meeting], you [behavior].');
  await coach.editor.press('Control+Home');
  await coach.editor.press('Escape');
  await coach.editor.press('Tab');
  await expect(coach.editor).not.toBeFocused();
});

test('opening another draft starts a fresh undo history', async ({ page }) => {
  await coach.type('You did a great job.');
  await coach.finding('vague').getByTestId('apply-suggestion').first().click();
  await expect(coach.undoButton).toBeEnabled();
  await new DraftsPage(page).newDraft.click();
  await expect(coach.editor).toHaveValue('');
  await expect(coach.undoButton).toBeDisabled();
  await coach.editor.press('Control+z');
  await expect(coach.editor).toHaveValue('');
});
