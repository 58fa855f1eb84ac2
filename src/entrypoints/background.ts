// The service worker: the only writer of the history, the keeper of pack sources, and the
// broker of per-site permissions. Each job lives in its own module under src/background/.
import { registerCoachConfig } from '../background/coach-config';
import { registerCommands } from '../background/commands';
import { registerHistoryWriter } from '../background/history';
import { registerPackSources } from '../background/packs';
import { registerSiteAccess } from '../background/sites';

export default defineBackground(() => {
  registerCoachConfig();
  registerHistoryWriter();
  registerPackSources();
  registerSiteAccess();
  registerCommands();
});
