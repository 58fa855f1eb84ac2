// Who may ask the background for what. Extension pages (options, popup, review, welcome) may
// read and change everything; a content script runs inside a web page that may be hostile, so
// it may only append history events for its own tab, ask for the coach and read the settings
// the coach needs. Anything else from it is refused.

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
}

export type SenderKind = 'extension-page' | 'content-script' | 'other';

/** What the sender is: judged from the browser-given URL, never from the message. */
export function senderKind(sender: SenderInfo, extensionId: string, extensionBase: string): SenderKind {
  if (sender.id !== extensionId) return 'other';
  const url = sender.url ?? '';
  if (url.startsWith(extensionBase) && (sender.origin === undefined || extensionBase.startsWith(sender.origin))) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content-script' : 'other';
}

/** Messages a content script may send. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<string> = new Set(['history/record', 'coach/load', 'coach/config', 'coach/site-enabled']);

export function mayAsk(kind: SenderKind, type: string): boolean {
  if (kind === 'extension-page') return true;
  if (kind === 'content-script') return CONTENT_SCRIPT_MESSAGES.has(type);
  return false;
}
