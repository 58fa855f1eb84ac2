// A minimal pack for a test: the format's required fields, the strategy the test is about, and
// whatever else it needs (an organisation, releases).
import type { Pack } from '../../src/coach-engine';

export function testPack(strategy: Pack['strategy'], extra: Partial<Pack> = {}): Pack {
  return { format: 1, id: 'test', name: 'Test', version: '1', languages: ['nl', 'en'], ...(strategy ? { strategy } : {}), ...extra } as Pack;
}
