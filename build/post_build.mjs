// Trunk runs every hook of a stage at once, so the ordered post_build steps live in one script:
// bundle the ECharts parts the charts use, minify the stylesheet, then move the loader out of line.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { moveLoader } from './loader.mjs';
import { minifyStyles } from './styles.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const echarts = spawnSync(process.execPath, [path.join(here, 'echarts.mjs'), dir], { stdio: 'inherit' });
if (echarts.status !== 0) process.exit(echarts.status ?? 1);
console.log(`[styles] ${minifyStyles(dir)}`);
console.log(`[loader] ${moveLoader(dir)}`);
