// The first analysis in a page compiles the engine's regular expressions and the pack's lazy
// parts: about a tenth of a second on a small laptop, which the writer would feel on the first
// pause in typing. Once a compose box appears, the coach spends that time while the page is idle
// instead, on two sample posts (one per language) that nobody sees and nothing records.
import { analyse, type CompiledPack } from '../coach-engine';

const SAMPLES = [
  { lang: 'nl', text: 'Vandaag openen we de nieuwe bieb in het centrum! Wat wil jij er lezen? Kom langs op zaterdag 12 april om 10.00 uur: https://example.org/bieb #lezen @buurtteam' },
  { lang: 'en', text: 'Today we open the new library in the town centre! What would you like to read there? Join us on Saturday 12 April at 10am: https://example.org/library #reading @neighbours' },
] as const;

type Idle = (run: () => void) => void;
const whenIdle: Idle = (run) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => run(), { timeout: 2000 }) : setTimeout(run, 200));

/** Runs the samples through the pack in force, one per idle moment. */
export function warmUp(compiled: () => CompiledPack | undefined, idle: Idle = whenIdle): void {
  const step = (i: number) => {
    const pack = compiled();
    if (!pack || i >= SAMPLES.length) return;
    try {
      analyse({ text: SAMPLES[i]!.text, lang: SAMPLES[i]!.lang }, pack);
    } catch {
      // A warm-up that fails changes nothing: the real analysis reports its own errors.
    }
    idle(() => step(i + 1));
  };
  idle(() => step(0));
}
