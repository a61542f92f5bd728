/**
 * Watches a Playwright page for Content-Security-Policy violations (the DOM event and Chromium's
 * console report) and for requests to any host other than 127.0.0.1, which are blocked.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageWatch {
  cspViolations: string[];
  foreignRequests: string[];
  /** Violations the page itself recorded through the securitypolicyviolation event. */
  domViolations(page: Page): Promise<string[]>;
}

const LOCAL_HOSTS = new Set(['127.0.0.1']);

export async function watchContext(context: BrowserContext): Promise<PageWatch> {
  const watch = {
    cspViolations: [] as string[],
    foreignRequests: [] as string[],
    async domViolations(page: Page) {
      return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    },
  };
  // Init scripts run through the DevTools protocol, so the page's CSP does not block this one.
  await context.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = log;
    document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      watch.foreignRequests.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  return watch;
}
