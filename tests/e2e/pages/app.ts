import { expect, type Locator, type Page, type ConsoleMessage, type Request } from '@playwright/test';

/** The page object for Frankly's main screen. Specs talk to it, not to selectors. */
export class AppPage {
  readonly editor: Locator;
  readonly wordCount: Locator;
  /** Every request the page made, and every console error it printed. */
  readonly requests: string[] = [];
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    this.editor = page.getByTestId('draft-editor');
    this.wordCount = page.getByTestId('word-count');
    page.on('request', (r: Request) => this.requests.push(r.url()));
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e: Error) => this.consoleErrors.push(String(e)));
  }

  async open() {
    await this.page.goto('/');
    await expect(this.editor).toBeVisible();
  }

  /** Types like a person: key by key, so every input event fires. */
  async type(text: string) {
    await this.editor.click();
    await this.editor.pressSequentially(text);
  }

  async replaceText(text: string) {
    await this.editor.fill(text);
  }

  async text(): Promise<string> {
    return this.editor.inputValue();
  }

  async reload() {
    await this.page.reload();
    await expect(this.editor).toBeVisible();
  }

  /** Requests that left the page's own origin (there must be none). */
  foreignRequests(): string[] {
    const origin = new URL(this.page.url()).origin;
    return this.requests.filter((u) => !u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:'));
  }
}
