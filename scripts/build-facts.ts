// Turns the bundled articles in seeds/ into src/generated/seed-facts.json, the fact base the
// extension and the command-line checker ship with.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSeedBundle } from './seed-bundle';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = `${root}/src/generated/seed-facts.json`;
const bundle = buildSeedBundle(`${root}/seeds`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bundle) + '\n');
if (process.argv.includes('--verbose')) console.log(`${bundle.facts.length} facts from ${bundle.sources.length} sources, version ${bundle.version}`);
