import { describe, expect, it } from 'vitest';
import { domFrom } from './dom-test-env';
import { readBox } from './read-text';
import { spanPoints } from './span-range';

const read = (html: string) => readBox(domFrom(`<div id="box">${html}</div>`).getElementById('box') as HTMLElement);

describe('readBox', () => {
  it.each([
    ['Draft.js blocks', '<div data-contents="true"><div><div><span><span>Hello</span></span></div></div><div><div><span><br></span></div></div><div><div><span><span>world</span></span></div></div></div>', 'Hello\n\nworld'],
    ['Lexical paragraphs with a line break', '<p><span>one</span><br><span>two</span></p><p><span>three</span></p>', 'one\ntwo\nthree'],
    ['ProseMirror empty paragraph', '<p>a</p><p><br class="ProseMirror-trailingBreak"></p><p>b</p>', 'a\n\nb'],
    ['Quill', '<p>Hi <strong>there</strong></p><p><br></p>', 'Hi there'],
    ['plain contenteditable: text then divs', 'first<div>second</div><div><br></div><div>fourth</div>', 'first\nsecond\n\nfourth'],
    ['non-breaking spaces read as spaces', 'a\u00a0\u00a0b', 'a  b'],
    ['scripts and styles are not text', 'x<style>p{}</style><script>1</script>y', 'xy'],
  ])('%s', (_name, html, text) => {
    expect(read(html).text).toBe(text);
  });

  it('reads a textarea from its value', () => {
    const doc = domFrom('<textarea id="t"></textarea>');
    const ta = doc.getElementById('t') as HTMLTextAreaElement;
    ta.value = 'typed\ntext';
    expect(readBox(ta).text).toBe('typed\ntext');
  });

  it('maps every text node back to its offset', () => {
    const { text, segments } = read('<p><span>Save</span> <b>the date</b></p><p>now</p>');
    for (const seg of segments) expect(text.slice(seg.start, seg.start + seg.node.data.length)).toBe(seg.node.data);
  });
});

describe('spanPoints', () => {
  const box = read('<p><span>Save</span> <b>the date</b></p><p>Schrijf je in</p>');

  it('finds the nodes and offsets of a span across elements', () => {
    const start = box.text.indexOf('the');
    const p = spanPoints(box.segments, { start, end: start + 'the date'.length })!;
    expect(p.from.node.data).toBe('the date');
    expect(p.from.offset).toBe(0);
    expect(p.to.node.data).toBe('the date');
    expect(p.to.offset).toBe(8);
  });

  it('snaps a span that starts or ends on a line break to the nearest text', () => {
    const nl = box.text.indexOf('\n');
    const p = spanPoints(box.segments, { start: nl, end: nl + 8 })!;
    expect(p.from.node.data).toBe('Schrijf je in');
    expect(p.from.offset).toBe(0);
    expect(p.to.offset).toBe(7);
    const q = spanPoints(box.segments, { start: 0, end: nl + 1 })!;
    expect(q.to.node.data).toBe('the date');
    expect(q.to.offset).toBe(8);
  });

  it('has no points for an empty span', () => {
    expect(spanPoints(box.segments, { start: 3, end: 3 })).toBeUndefined();
  });
});
