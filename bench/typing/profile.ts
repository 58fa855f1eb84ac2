// A sampled CPU profile of one typing run with the extension: how much of the page's main thread
// went to the extension's own scripts per keystroke, and which of its functions cost the most.
// Kept apart from the measured rounds because profiling itself slows the page down.
import type { BrowserContext } from '@playwright/test';
import type { FixtureInfo } from '../../tests/e2e/fixture-server.ts';
import { siteUrlOf } from '../../tests/e2e/fixture-sites.ts';
import { waitForComposer } from '../../tests/e2e/fixture-page.ts';
import { SETTLE_MS } from './measure.ts';

interface ProfileNode { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface ExtensionCost {
  /** Milliseconds of sampled self time in chrome-extension:// scripts, per keystroke. */
  extensionMsPerKey: number;
  /** The extension's costliest functions while typing, "name (file:line) ms". */
  top: string[];
}

export async function profileExtensionRun(context: BrowserContext, fixture: FixtureInfo, text: string): Promise<ExtensionCost> {
  const page = await context.newPage();
  try {
    await page.goto(siteUrlOf(fixture));
    await waitForComposer(page);
    await page.locator(fixture.editable).click();
    await page.waitForTimeout(SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.keyboard.type(text);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    return summarise(profile, text.length);
  } finally {
    await page.close();
  }
}

function summarise(profile: Profile, keys: number): ExtensionCost {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const perFunction = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame?.url.startsWith('chrome-extension://')) continue;
    totalUs += us;
    const key = `${frame.functionName || '(anonymous)'} (${frame.url.split('/').pop()}:${frame.lineNumber + 1})`;
    perFunction.set(key, (perFunction.get(key) ?? 0) + us);
  }
  const top = [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([name, us]) => `${name} ${(us / 1000).toFixed(1)} ms`);
  return { extensionMsPerKey: totalUs / 1000 / keys, top };
}
