// The page-load content script: only the loader (src/compose/loader.ts). The coach itself
// (engine + UI, src/entrypoints/coach.ts) is injected when a compose box is first used.
import { startLoader } from '../compose/loader';
import { SITE_MATCHES } from '../compose/sites/matches';

export default defineContentScript({
  matches: SITE_MATCHES,
  runAt: 'document_idle',
  main: startLoader,
});
