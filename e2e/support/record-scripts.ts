import type { Page } from 'playwright-core';

export interface LoadedScript {
  url: string;
  body: string;
}

/**
 * Records every JavaScript file the page loads from now on; `loaded()` resolves with all of them
 * once their bodies have been read.
 */
export function recordScripts(page: Page): { loaded(): Promise<LoadedScript[]> } {
  const scripts: Array<Promise<LoadedScript>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || !response.ok()) return;
    scripts.push(response.text().then((body) => ({ url: response.url(), body })));
  });
  return { loaded: () => Promise.all(scripts) };
}
