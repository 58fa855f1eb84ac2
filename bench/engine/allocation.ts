// Memory the engine allocates per analysis of a new post: the garbage the page's collector must
// clear, which sets how often a keystroke meets a collector pause. Run in its own process with a
// young generation too large to be collected mid-post, so the heap's growth across one analysis is
// what it allocated: `node --max-semi-space-size=256 --min-semi-space-size=256 --import tsx
// bench/engine/allocation.ts`. Prints one JSON line; engine.bench.ts runs it.
import { readFileSync } from 'node:fs';
import { analyse, compilePack, type Pack } from '../../src/coach-engine';
import type { Lang } from '../../src/engine/types';
import { buildPost, SentenceSource } from './posts';

const PACK_FOR: Record<Lang, string> = { nl: 'gemeente-dalzicht', en: 'northwind-energy' };
const SIZES = [280, 1300];
const POSTS = 60;

const result: Record<string, number> = {};
for (const lang of ['en', 'nl'] as const) {
  const compiled = compilePack(JSON.parse(readFileSync(`packs/${PACK_FOR[lang]}.json`, 'utf8')) as Pack);
  const source = new SentenceSource(lang);
  // Warm, as a coaching page is (see engine.bench.ts).
  for (let i = 0; i < 300; i++) {
    compiled.cache.clear();
    analyse({ text: buildPost(source, i % 5 === 4 ? 1300 : 280) }, compiled);
  }
  for (const chars of SIZES) {
    // Flat strings, made before timing starts, as a text box hands them over.
    const posts = Array.from({ length: POSTS }, () => buildPost(source, chars).split('').join(''));
    const grown: number[] = [];
    for (const post of posts) {
      compiled.cache.clear();
      const before = process.memoryUsage().heapUsed;
      analyse({ text: post }, compiled);
      const after = process.memoryUsage().heapUsed;
      // A collection in between would show as a drop: such a sample says nothing.
      if (after > before) grown.push(after - before);
    }
    grown.sort((a, b) => a - b);
    result[`${lang} ${chars}`] = Math.round(grown[grown.length >> 1]! / 1024);
  }
}
console.log(JSON.stringify({ kBPerAnalysis: result }));
