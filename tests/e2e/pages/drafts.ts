import { expect, type Locator, type Page } from '@playwright/test';
import { AppPage } from './app';

/** What Frankly keeps in localStorage: every `frankly.*` key and its value. */
export type FranklyStorage = Record<string, string>;

/** The drafts area: list, open draft's settings, notices, export/import, delete all. */
export class DraftsPage {
  readonly app: AppPage;
  readonly list: Locator;
  readonly items: Locator;
  readonly newDraft: Locator;
  readonly search: Locator;
  readonly title: Locator;
  readonly recipient: Locator;
  readonly mode: Locator;
  readonly saveStatus: Locator;
  readonly storageNotice: Locator;
  readonly conflictNotice: Locator;
  readonly importError: Locator;
  readonly info: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.app = new AppPage(page);
    this.list = page.getByTestId('draft-list');
    this.items = page.getByTestId('draft-item');
    this.newDraft = page.getByTestId('new-draft');
    this.search = page.getByTestId('draft-search');
    this.title = page.getByTestId('draft-title');
    this.recipient = page.getByTestId('draft-recipient');
    this.mode = page.getByTestId('draft-mode');
    this.saveStatus = page.getByTestId('save-status');
    this.storageNotice = page.getByTestId('storage-notice');
    this.conflictNotice = page.getByTestId('conflict-notice');
    this.importError = page.getByTestId('import-error');
    this.info = page.getByTestId('drafts-notice');
    this.dialog = page.getByTestId('confirm-dialog');
  }

  get editor() {
    return this.app.editor;
  }

  async open() {
    await this.app.open();
  }

  /** Starts a new draft and types `text` into it, key by key. */
  async write(text: string) {
    await this.newDraft.click();
    await expect(this.editor).toHaveValue('');
    await this.app.type(text);
  }

  async waitSaved() {
    await expect(this.saveStatus).toHaveText('Saved');
    await expect(this.saveStatus).toHaveAttribute('data-state', 'saved');
  }

  /** Titles in list order (last edited first). */
  async titles(): Promise<string[]> {
    return this.list.locator('.draft-item-title').allTextContents();
  }

  async select(title: string) {
    await this.items.filter({ hasText: title }).first().click();
  }

  async deleteCurrent() {
    await this.page.getByTestId('delete-draft').click();
  }

  async undo() {
    await this.page.getByTestId('undo-delete').click();
  }

  /** Every `frankly.*` key in localStorage. */
  async storage(): Promise<FranklyStorage> {
    return this.page.evaluate(() => {
      const out: Record<string, string> = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i)!;
        if (k.startsWith('frankly.')) out[k] = localStorage.getItem(k)!;
      }
      return out;
    });
  }

  /** The drafts saved under frankly.v2.drafts. */
  async savedDrafts(): Promise<{ id: string; text: string; title?: string }[]> {
    const raw = await this.page.evaluate(() => localStorage.getItem('frankly.v2.drafts'));
    return raw ? JSON.parse(raw).drafts : [];
  }

  /** Clicks "Export all" and returns the downloaded file's text. */
  async exportAll(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId('export-all').click();
    const d = await download;
    const path = await d.path();
    const fs = await import('node:fs');
    return { name: d.suggestedFilename(), text: fs.readFileSync(path!, 'utf8') };
  }

  async exportCurrent(kind: 'markdown' | 'text'): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(kind === 'markdown' ? 'export-markdown' : 'export-text').click();
    const d = await download;
    const fs = await import('node:fs');
    return { name: d.suggestedFilename(), text: fs.readFileSync((await d.path())!, 'utf8') };
  }

  /** Chooses a file in "Import…". */
  async importFile(name: string, contents: string | Buffer, mimeType = 'application/json') {
    const buffer = typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents;
    await this.page.getByTestId('import-file').setInputFiles({ name, mimeType, buffer });
  }

  async deleteAll() {
    await this.page.getByTestId('delete-all').click();
    await expect(this.dialog).toBeVisible();
    await this.page.getByTestId('confirm-yes').click();
    await expect(this.dialog).toBeHidden();
  }
}
