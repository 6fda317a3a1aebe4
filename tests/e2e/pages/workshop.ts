import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app';

/** The workshop dialog and the coaching toolkit. */
export class WorkshopPage {
  readonly app: AppPage;
  readonly dialog: Locator;
  readonly sentence: Locator;
  readonly score: Locator;
  readonly progress: Locator;
  readonly reveal: Locator;
  readonly setPicker: Locator;
  readonly notice: Locator;
  readonly toolkit: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.dialog = page.getByTestId('workshop');
    this.sentence = this.dialog.getByTestId('sentence');
    this.score = this.dialog.getByTestId('score');
    this.progress = this.dialog.getByTestId('progress');
    this.reveal = this.dialog.getByTestId('reveal-panel');
    this.setPicker = this.dialog.getByTestId('set-picker');
    this.notice = this.dialog.getByTestId('workshop-notice');
    this.toolkit = page.getByTestId('toolkit');
  }

  /** A first visit: nothing stored. */
  async openFresh(path = '/') {
    await this.page.goto(path);
    await this.page.evaluate(() => localStorage.clear());
    await this.app.reload();
  }

  async openWorkshop() {
    await this.page.getByTestId('open-workshop').click();
    await expect(this.dialog).toBeVisible();
  }

  async chooseSet(titleStart: string) {
    const value = await this.setPicker.locator('option', { hasText: titleStart }).first().getAttribute('value');
    await this.setPicker.selectOption(value!);
  }

  async openToolkit() {
    await this.page.getByTestId('open-toolkit').click();
    await expect(this.toolkit).toBeVisible();
  }

  async savedDrafts(): Promise<{ id: string; text: string; title?: string; tags: string[] }[]> {
    const raw = await this.page.evaluate(() => localStorage.getItem('frankly.v2.drafts'));
    return raw ? JSON.parse(raw).drafts : [];
  }
}
