import type { Page } from '@playwright/test';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A print route (e.g. the roster) as it is printed: A4, once it says it is ready. */
export class PrintPage {
  constructor(readonly page: Page) {}

  /** The page sets `data-print-ready` when fully rendered; the desktop app waits for the same. */
  async waitUntilReady() {
    await this.page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  }

  heading(name: string) {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  departmentHeading(name: string) {
    return this.page.getByRole('heading', { name, level: 2 });
  }

  /** The PDF Chromium makes of the page with its print styles: what “Save as PDF” gives a user. */
  async pdf(): Promise<Buffer> {
    await this.page.emulateMedia({ media: 'print' });
    return this.page.pdf({ preferCSSPageSize: true, printBackground: true });
  }
}

/** The text of a PDF as poppler's pdftotext reads it (fonts must carry their Unicode mapping). */
export async function pdfText(pdf: Buffer, file: string): Promise<string> {
  await fs.writeFile(file, pdf);
  const { stdout } = await run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return stdout;
}
