import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT } from '../support/process.js';
import { startRealHub } from '../support/real-hub.js';

/**
 * GraphiQL in a real browser, on a machine without internet access: every request the page makes
 * must be answered by the hub itself. Needs Chromium from the system's packages (`.ci/run`
 * installs it); without it this test fails and says so, rather than passing unseen.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let hub: Awaited<ReturnType<typeof startRealHub>>;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`GraphiQL's browser test needs Chromium at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  hub = await startRealHub({ JIANGUAN_PROFILE: 'development' });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // No name resolves: the page cannot reach a CDN even where the machine could.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
});
afterAll(async () => {
  await browser?.close();
  await hub?.cleanup();
});

describe('GraphiQL, offline, in a browser', { timeout: PROCESS_TEST_TIMEOUT }, () => {
  it('loads from the hub with its title, runs a typed query and shows the answer', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    const origin = new URL(hub.url).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:')) elsewhere.push(url);
    });
    await page.goto(hub.url, { waitUntil: 'load', timeout: 120_000 });
    expect(await page.title()).toBe('Jianguan 监管');

    // Replace the default query by typing into the editor, as a person would.
    const editor = await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 120_000 });
    const box = (await editor!.boundingBox())!;
    await page.mouse.click(box.x + box.width / 3, box.y + box.height / 3);
    await page.keyboard.down('Control');
    await page.keyboard.press('KeyA');
    await page.keyboard.up('Control');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('{ region(code: "320613") { name parent { name } } }');
    await page.click('.graphiql-execute-button');

    await page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('南通市'), { timeout: 120_000 });
    // The editor lays the answer out with non-breaking spaces.
    const answer = (await page.$eval('.graphiql-response', (element) => element.textContent ?? '')).replace(/\s+/g, ' ');
    expect(answer).toContain('"region": { "name": "崇川区", "parent": { "name": "南通市" } }');
    expect(elsewhere).toEqual([]);
  });
});
