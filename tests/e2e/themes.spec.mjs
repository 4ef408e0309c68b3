// Readable by everyone: the dark theme passes contrast, forced colours keep shapes and words,
// and every kind of page reflows at 320 px without sideways scrolling.
import { test, assert, withPage, ready, axe } from './harness.mjs';

const KINDS = [
  '/', '/timeline/goals-2035/', '/counties/140431/', '/counties/140400/', '/departments/',
  '/departments/units/drc/', '/departments/articles/19/', '/text/', '/en/counties/140429/', '/en/text/?q=airport',
];

/** Relative luminance of a CSS rgb() colour. */
const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

export function register({ url, browser }) {
  test('themes: the dark theme follows the system and passes axe (contrast included) on every kind of page', () =>
    withPage(browser, { colorScheme: 'dark' }, async (page) => {
      for (const path of KINDS) {
        await page.goto(url + path);
        await ready(page);
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert(luminance(bg) < 0.05, `${path}: a dark page (${bg})`);
        await axe(page, `${path} in the dark theme`);
      }
    }));

  test('themes: forced colours keep the schematic, the timeline and the roles readable by shape and word', () =>
    withPage(browser, { forcedColors: 'active' }, async (page) => {
      await page.goto(url + '/counties/140429/');
      await ready(page);
      const tile = await page.$eval('#tile-140429', (g) => {
        const rect = getComputedStyle(g.querySelector('rect'));
        return { fill: rect.fill, stroke: rect.stroke, text: getComputedStyle(g.querySelector('text')).fill };
      });
      assert(tile.fill !== tile.text, `tile text stands out from its tile: ${JSON.stringify(tile)}`);
      await page.goto(url + '/departments/');
      await ready(page);
      const borders = await page.evaluate(() => ['lead', 'joint', 'support'].map((r) => getComputedStyle(document.querySelector(`.matrix .role-${r}`)).borderTopStyle));
      assert(new Set(borders).size === 3, `three roles, three border styles: ${borders}`);
    }));

  test('themes: every kind of page reflows at 320 px without sideways scrolling', () =>
    withPage(browser, { viewport: { width: 320, height: 640 } }, async (page) => {
      for (const path of KINDS) {
        await page.goto(url + path);
        await ready(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(wide <= 0, `${path}: ${wide} px of sideways scrolling at 320 px`);
      }
    }));
}
