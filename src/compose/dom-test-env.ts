// A small DOM for the compose unit tests (linkedom), with the globals the DOM code expects.
import { parseHTML } from 'linkedom';

export function domFrom(html: string): Document {
  const { document, window } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const g = globalThis as Record<string, unknown>;
  for (const name of ['Node', 'Element', 'HTMLElement', 'HTMLTextAreaElement', 'HTMLInputElement', 'Text']) g[name] = (window as unknown as Record<string, unknown>)[name];
  return document as unknown as Document;
}
