// The first analyses in a fresh page, in a fresh process: `tsx bench/engine/first-analysis.ts`
// (cold) or `… warm` (after the content script's idle-time warm-up, src/compose/warm-up.ts).
// Prints one JSON line; engine.bench.ts runs it both ways.
import { readFileSync } from 'node:fs';
import { analyse, compilePack, type Pack } from '../../src/coach-engine';
import { warmUp } from '../../src/compose/warm-up';

const POSTS = [
  'Morning all! The turbines at Skerrow are spinning nicely today. Who spotted the seals on the way out?',
  'Wat zou jij een monteur op zee willen vragen? We antwoorden deze week in de reacties.',
  'Proud to announce our new heat pump service. Book your free survey now!',
];

const compiled = compilePack(JSON.parse(readFileSync('packs/northwind-energy.json', 'utf8')) as Pack);
const warm = process.argv[2] === 'warm';
let warmUpMs = 0;
if (warm) {
  const t = performance.now();
  warmUp(() => compiled, (run) => run());
  warmUpMs = performance.now() - t;
}
const firstMs = POSTS.map((text) => {
  const t = performance.now();
  analyse({ text }, compiled);
  return Math.round((performance.now() - t) * 100) / 100;
});
console.log(JSON.stringify({ warm, warmUpMs: Math.round(warmUpMs), firstMs }));
