// Child-process entry of pages.ts: reads the HTML pages of a folder to text and writes
// them as JSON, so happy-dom's memory goes away with the process.
//   tsx scripts/bench/read-pages.ts <pages folder> <output.json>
import { readdirSync, renameSync, writeFileSync } from 'node:fs';
import { readPages } from './pages';

const [dir, out] = process.argv.slice(2);
if (!dir || !out) {
  console.error('usage: tsx scripts/bench/read-pages.ts <pages folder> <output.json>');
  process.exit(2);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
const pages = await readPages(dir, files);
// Written under another name first, so an interrupted run never leaves half a cache file.
writeFileSync(`${out}.tmp`, JSON.stringify(pages));
renameSync(`${out}.tmp`, out);
