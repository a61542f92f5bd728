/**
 * Debian's Chromium driven by playwright-core — never a downloaded browser. Flags that work as
 * root on a headless CI machine.
 *
 * Every context (and so every page) waits up to 2 minutes for an action, a navigation or a
 * condition instead of Playwright's 30 s: on a busy 2-core machine a page may be slow, never
 * wrong, and a test that fails still fails, only later.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const DEFAULT_TIMEOUT = 120_000;

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // browser.newPage() makes its context through browser.newContext(), so both get the timeouts.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(DEFAULT_TIMEOUT);
    context.setDefaultNavigationTimeout(DEFAULT_TIMEOUT);
    return context;
  };
  return browser;
}
