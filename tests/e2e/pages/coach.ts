import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app';

/** The coach screen: the editor with its marks, the findings, the matrix, the checklist. */
export class CoachPage {
  readonly app: AppPage;
  readonly editor: Locator;
  readonly marks: Locator;
  readonly findings: Locator;
  readonly matrix: Locator;
  readonly quadrant: Locator;
  readonly readyToSend: Locator;
  readonly undoButton: Locator;
  readonly rewritePreview: Locator;
  readonly liveSummary: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.editor = this.app.editor;
    this.marks = page.getByTestId('mark');
    this.findings = page.getByTestId('finding');
    this.matrix = page.getByTestId('matrix');
    this.quadrant = page.getByTestId('quadrant');
    this.readyToSend = page.getByTestId('ready-to-send');
    this.undoButton = page.getByTestId('undo');
    this.rewritePreview = page.getByTestId('rewrite-preview');
    this.liveSummary = page.getByTestId('live-summary');
  }

  /** A first visit with an empty draft. */
  async openFresh() {
    await this.page.goto('/');
    await this.page.evaluate(() => localStorage.clear());
    await this.app.reload();
  }

  async type(text: string) {
    await this.app.type(text);
  }

  /** Puts a whole draft in at once (one input event), like a paste. */
  async paste(text: string) {
    await this.editor.click();
    await this.editor.fill(text);
  }

  text() {
    return this.app.text();
  }

  finding(category: string) {
    return this.findings.and(this.page.locator(`[data-category="${category}"]`));
  }

  mark(category: string) {
    return this.marks.and(this.page.locator(`[data-category="${category}"]`));
  }

  sbi(part: 'situation' | 'behavior' | 'impact' | 'next-step') {
    return this.page.getByTestId(`sbi-${part}`);
  }

  /** The editor's selection as the text it covers. */
  async selectedText(): Promise<string> {
    return this.editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  }

  async selection(): Promise<[number, number]> {
    return this.editor.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd] as [number, number]);
  }

  async focusedTestId(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  /** Code review: the headings of the comments in the findings panel. */
  comments() {
    return this.page.getByTestId('comment');
  }

  async setMode(mode: 'performance-review' | 'code-review' | 'peer-feedback' | 'praise') {
    await this.page.getByTestId('draft-mode').selectOption(mode);
  }

  async expectQuadrant(id: string) {
    await expect(this.quadrant).toHaveAttribute('data-quadrant', id);
  }
}
