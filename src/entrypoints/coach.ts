// The coach, injected on demand into the loader's isolated world by the background
// (src/background/sites.ts); it publishes its entry point for the loader to call.
import { startCoach } from '../compose/coach';
import { publishCoach } from '../compose/handoff';

export default defineUnlistedScript(() => publishCoach(startCoach));
