// Trunk post_build step: minifies the stylesheet (esbuild, already used for the ECharts bundle)
// and writes its new subresource integrity into index.html. Trunk copies it as written, comments
// and all; it is render-blocking on every first view, so its bytes come before the first paint.
// No syntax is lowered (esbuild's default target): only whitespace, comments and spelling.
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { integrity } from './integrity.mjs';

export function minifyStyles(dir) {
  const indexFile = path.join(dir, 'index.html');
  const html = fs.readFileSync(indexFile, 'utf8');
  const link = html.match(/<link rel="stylesheet" href="[^"]*?([^"/]+\.css)" integrity="([^"]+)"\/?>/);
  if (!link) throw new Error(`${indexFile}: no stylesheet link with integrity`);
  const [tag, name, oldIntegrity] = link;
  const file = path.join(dir, name);
  const source = fs.readFileSync(file, 'utf8');
  const { code } = transformSync(source, { loader: 'css', minify: true });
  fs.writeFileSync(file, code);
  fs.writeFileSync(indexFile, html.replace(tag, tag.replace(oldIntegrity, integrity(code))));
  return `${name}: ${source.length} → ${code.length} B`;
}
