// The keyboard command (manifest `commands`, remappable by the user): tells the active tab's
// coach to open its panel. Tabs without the coach simply do not answer.
import { browser } from 'wxt/browser';

export const OPEN_COACH = 'coach/open';

export function registerCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-coach') return;
    const send = (id: number | undefined) => id !== undefined && browser.tabs.sendMessage(id, { type: OPEN_COACH }).catch(() => undefined);
    if (tab?.id !== undefined) return void send(tab.id);
    void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => send(active?.id));
  });
}
