// Item 10: overlays and badges are not drawn again when nothing changed (the 1 s tick, a
// mutation that leaves the text as it was).
import { describe, expect, it } from 'vitest';
import { compilePack } from '../../src/coach-engine';
import type { Pack } from '../../src/engine/pack/types';
import defaultPack from '../../packs/default.json';
import { domFrom } from '../../src/compose/dom-test-env';
import { typedBoxes } from '../../src/compose/handoff';
import { ComposeSession } from '../../src/compose/session';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

describe('a compose session', () => {
  it('renders once for one state, and again only when the text changes', () => {
    const doc = domFrom('<textarea id="box"></textarea><div id="ui"></div>');
    const g = globalThis as Record<string, unknown>;
    g.location ??= { hostname: 'forum.example.org', pathname: '/' };
    g.document ??= doc;
    g.MutationObserver ??= class { observe() {} disconnect() {} };
    // linkedom lays nothing out: the overlay's style reads get a plain answer.
    g.getComputedStyle ??= () => new Proxy({}, { get: () => '0px' });
    const box = doc.getElementById('box') as HTMLTextAreaElement;
    Object.defineProperty(box, 'getBoundingClientRect', { value: () => ({ left: 0, top: 0, width: 300, height: 80, right: 300, bottom: 80 }) });
    typedBoxes().add(box);
    const pack = defaultPack as Pack;
    const compiled = compilePack(pack);
    let renders = 0;
    const session = new ComposeSession(1, box, {
      compiled: () => compiled,
      settings: () => DEFAULT_SETTINGS,
      pack: () => pack,
      overlays: doc.getElementById('ui')!,
      changed: () => void renders++,
    });
    box.value = 'Save the date! Schrijf je nu in via onze website. Meld je vandaag nog aan!';
    session.run();
    const first = renders;
    expect(first).toBeGreaterThan(0);
    for (let i = 0; i < 5; i++) session.run();
    expect(renders).toBe(first);
    box.value += ' Wat vinden jullie?';
    session.run();
    expect(renders).toBe(first + 1);
    session.dispose();
  });
});
