import { describe, expect, it } from 'vitest';
import { domFrom } from './dom-test-env';
import { composeBoxOf } from './find-box';

const PAGE = `
<div id="ce" contenteditable="true"><p id="inner">text</p></div>
<textarea id="ta"></textarea>
<textarea id="gramm" data-gramm="false"></textarea>
<div data-enable-grammarly="false"><textarea id="grammarly"></textarea></div>
<textarea id="ro" readonly></textarea>
<textarea id="dis" disabled></textarea>
<div id="combo" contenteditable="true" role="combobox"></div>
<form role="search"><textarea id="insearch"></textarea></form>
<textarea id="named" aria-label="Zoek in berichten"></textarea>
<input id="search" type="search"><input id="pw" type="password"><div id="plain">not editable</div>`;

describe('composeBoxOf', () => {
  const doc = domFrom(PAGE);
  // linkedom has no editing model: mark contenteditable elements the way a browser reports them.
  for (const el of doc.querySelectorAll('[contenteditable="true"], [contenteditable="true"] *')) {
    Object.defineProperty(el, 'isContentEditable', { value: true });
  }
  const box = (id: string) => composeBoxOf(doc.getElementById(id));

  it('takes textareas and the editing host of a contenteditable', () => {
    expect(box('ta')?.id).toBe('ta');
    expect(box('inner')?.id).toBe('ce');
  });

  it.each(['gramm', 'grammarly', 'ro', 'dis', 'combo', 'insearch', 'named', 'search', 'pw', 'plain'])('leaves #%s alone', (id) => {
    expect(box(id)).toBeNull();
  });
});
