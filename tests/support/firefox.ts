/**
 * Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi (built into Firefox; Playwright's Firefox
 * needs its own patched build, which cannot be downloaded here). puppeteer-core launches the system binary
 * (`executablePath`) and downloads nothing.
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.DALIL_FIREFOX ?? '/usr/bin/firefox-esr';
export const hasFirefox = existsSync(FIREFOX);

if (!hasFirefox) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! NO FIREFOX: ${FIREFOX} is missing, so the Firefox tests are SKIPPED.\n!! Install it with: apt-get install firefox-esr\n${line}\n`);
}

export interface Firefox {
  browser: Browser;
  page: Page;
  /** Console messages (`level: text`) and page errors, in order. */
  console: string[];
  /** Every URL the page requested. */
  requests: string[];
}

export async function launchFirefox(): Promise<Firefox> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  const console: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => console.push(`pageerror: ${e instanceof Error ? e.message : String(e)}`));
  page.on('request', (r) => requests.push(r.url()));
  return { browser, page, console, requests };
}
