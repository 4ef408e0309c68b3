// A small test harness over playwright-core and Debian's Chromium: each test gets a fresh
// context; any console error or uncaught exception fails it; screenshots go to test-output/.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';

export const OUT = path.resolve('test-output/e2e');
export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const tests = [];

export function test(name, fn) { tests.push({ name, fn }); }

export class Failure extends Error {}
export function assert(cond, message) { if (!cond) throw new Failure(message); }
export function assertEq(actual, expected, message) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Failure(`${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
      '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Runs `fn(page, context)` in a fresh browser context and page, then fails if the page logged a
 * console error or threw an uncaught exception; the context is closed in every case.
 * The page records `page.errors` (console errors with their source, uncaught exceptions) and
 * `page.requests` (every URL requested). Options go to `browser.newContext`, except:
 *   viewport     one of WIDTHS (default desktop)
 *   allowErrors  regexps for errors the test provokes on purpose; each must match at least one
 *                recorded error, and any error no regexp matches still fails the test.
 * `withPage(browser, fn)` is short for `withPage(browser, {}, fn)`.
 */
export async function withPage(browser, options, fn) {
  if (typeof options === 'function') [options, fn] = [{}, options];
  const { viewport = WIDTHS.desktop, allowErrors = [], ...contextOptions } = options ?? {};
  // Service workers only where a test asks for them: a worker caches across the pages of a test
  // and would hide what a test does to the network.
  const context = await browser.newContext({ viewport, locale: 'zh-CN', serviceWorkers: 'block', ...contextOptions });
  try {
    const page = await context.newPage();
    page.errors = [];
    page.requests = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const source = msg.location()?.url;
      page.errors.push(`console: ${msg.text()}${source ? ` (${source})` : ''}`);
    });
    page.on('pageerror', (err) => page.errors.push(`pageerror: ${err.message}`));
    page.on('request', (req) => page.requests.push(req.url()));
    // A strict CSP blocks quietly: make every violation an error.
    await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    }));
    const unexpected = () => page.errors.filter((e) => !allowErrors.some((re) => re.test(e)));
    try {
      await fn(page, context);
    } catch (err) {
      // The test failed on its own; the page's errors are often the reason, so show them too.
      if (unexpected().length && err && typeof err === 'object') err.pageErrors = unexpected();
      throw err;
    }
    // The site asks nothing of any other origin.
    const foreign = page.requests.filter((r) => !/^(data|blob):/.test(r) && new URL(r).hostname !== '127.0.0.1');
    assert(foreign.length === 0, `requests to other origins: ${foreign.join(', ')}`);
    const errors = unexpected();
    assert(errors.length === 0, `${errors.length} console/page error(s):\n    ${errors.join('\n    ')}`);
    const missing = allowErrors.filter((re) => !page.errors.some((e) => re.test(e)));
    assert(missing.length === 0, `expected error(s) not seen: ${missing.join(', ')}; recorded: ${JSON.stringify(page.errors)}`);
  } finally {
    await context.close();
  }
}

/**
 * Waits until the page shows its heading and, unless `app` is false (scripts off, no
 * WebAssembly), until the app has taken the page over (`<html data-app>`: "hydrated" where the
 * page was prerendered for its address, "mounted" where it was drawn anew).
 */
export async function ready(page, { app = true } = {}) {
  await page.waitForSelector('main h1', { timeout: 15000 });
  if (app) await wake(page);
}

/**
 * Brings the app to life the way a reader does: it starts on the first sign of use
 * (build/start.js), and a Shift key press is one that changes nothing else on the page.
 * The calls it makes are the same in playwright and puppeteer (tests/e2e/firefox.mjs).
 */
export async function wake(page, { timeout = 15000 } = {}) {
  await page.waitForSelector('html[data-script]', { timeout });
  if (!(await page.$('html[data-app]'))) await page.keyboard.press('Shift');
  await page.waitForSelector('html[data-app]', { timeout });
}

/**
 * Lays out the blocks the browser skips while they are out of sight (`content-visibility: auto`,
 * style/main.css), as scrolling to them would: axe cannot measure a block that is not laid out
 * (its targets' size, its colours), and `innerText` leaves it out. Through the CSSOM, which the
 * site's CSP allows (a `<style>` would not be).
 */
export async function renderAll(page) {
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('*')) {
      if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    }
  });
}

export async function axe(page, label) {
  await renderAll(page);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert(violations.length === 0, `axe on ${label}:\n    ${violations.join('\n    ')}`);
}

export async function screenshot(page, name) {
  fs.mkdirSync(path.join(OUT, 'screenshots'), { recursive: true });
  const file = path.join(OUT, 'screenshots', `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export async function run({ filter } = {}) {
  let failed = 0;
  const selected = tests.filter((t) => !filter || t.name.includes(filter));
  console.log(`1..${selected.length}`);
  for (const [i, t] of selected.entries()) {
    const started = Date.now();
    try {
      await t.fn();
      console.log(`ok ${i + 1} - ${t.name} (${Date.now() - started} ms)`);
    } catch (err) {
      failed++;
      const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      const frames = String(err?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l)).slice(0, 4);
      const pageErrors = err?.pageErrors ? ['page errors:', ...err.pageErrors.map((e) => `  ${e}`)] : [];
      console.log(`not ok ${i + 1} - ${t.name}\n  ${[...message.split('\n').slice(0, 30), ...frames.map((l) => l.trim()), ...pageErrors].join('\n  ')}`);
    }
  }
  console.log(`# ${selected.length - failed} passed, ${failed} failed`);
  return failed;
}
