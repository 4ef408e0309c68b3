// Trunk post_build hook: bundles only the parts of ECharts the site draws (bar and heatmap
// charts, the components they need, the canvas renderer) into one file served from the site
// itself, loaded by the app only when a chart is about to be shown.
// Usage: node build/echarts.mjs [out-dir]   (default: $TRUNK_STAGING_DIR, else dist)
import { build } from 'esbuild';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const version = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/echarts/package.json'), 'utf8')).version;
const outDir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? path.join(root, 'dist');
// The file name is written once, in build/echarts-file.txt, which the app reads too
// (src/browser.rs). It names the ECharts version, so a version bump must rename it.
const name = fs.readFileSync(path.join(root, 'build/echarts-file.txt'), 'utf8').trim();
if (!name.includes(`-${version}-`)) {
  throw new Error(`build/echarts-file.txt (${name}) does not name the installed ECharts ${version}`);
}
const file = path.join(outDir, name);

const entry = `
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
echarts.use([BarChart, HeatmapChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);
window.echarts = echarts;
`;

await build({
  stdin: { contents: entry, resolveDir: root, loader: 'js' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2018',
  legalComments: 'none',
  outfile: file,
  logLevel: 'warning',
});
console.log(`[echarts] ${path.relative(root, file)} (${fs.statSync(file).size} bytes)`);
