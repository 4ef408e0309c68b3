// The baseline of the benchmark: the same policy text as the plainest possible web page. One HTML
// file, UTF-8, one paragraph per line of the source, no stylesheet, no script, no web font (the
// browser's default fonts, as the site itself uses system fonts). What the site is measured against.
import fs from 'node:fs';
import path from 'node:path';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The baseline page's HTML, from the verbatim text file. */
export function baselineHtml(textFile = 'src/data/jinzhengfa-2021-36.txt', stylesheet = null) {
  const lines = fs.readFileSync(textFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const title = '关于新时代支持山西太行革命老区振兴发展的实施意见';
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="晋政发〔2021〕36号 全文">
${stylesheet ? `<link rel="stylesheet" href="/${stylesheet}">\n` : ''}</head>
<body>
<main>
<h1>${title}</h1>
${lines.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</main>
</body>
</html>
`;
}

/** A page with one link to the baseline: where the benchmark's reference page load starts. */
export const LINK_PAGE = 'link.html';
const linkHtml = () => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>起点</title>
</head>
<body>
<main>
<h1>起点</h1>
<p><a id="plain-link" href="./">关于新时代支持山西太行革命老区振兴发展的实施意见</a></p>
</main>
</body>
</html>
`;

/**
 * Writes the baseline as `<dir>/index.html` (and `link.html`, a link to it), with the site's `_headers` beside it so the same server
 * code sends it with the same headers and compression as the site. With `stylesheet` (a file
 * of `dist`), the page links it and the file is copied beside it.
 */
export function writeBaseline(dir, dist, { stylesheet = null } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'index.html'), baselineHtml(undefined, stylesheet));
  fs.writeFileSync(path.join(dir, LINK_PAGE), linkHtml());
  if (stylesheet) fs.copyFileSync(path.join(dist, stylesheet), path.join(dir, stylesheet));
  const headers = path.join(dist, '_headers');
  if (fs.existsSync(headers)) fs.copyFileSync(headers, path.join(dir, '_headers'));
  return path.join(dir, 'index.html');
}
