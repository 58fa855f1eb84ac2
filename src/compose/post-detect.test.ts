import { describe, expect, it } from 'vitest';
import { domFrom } from './dom-test-env';
import { submitControlOf } from './post-detect';
import { x } from './sites/x';

const doc = domFrom(`
<button id="post">Post</button><button id="plaatsen"><span id="inner">Plaatsen</span></button>
<div role="button" id="reply" aria-label="Reply">↩</div><button id="submit" type="submit">OK</button>
<button id="tweet" data-testid="tweetButtonInline">Go</button><button id="bold">Bold</button><a id="link">Post a job</a>`);

// The composed path of a click on an element: itself and its ancestors.
const clickOn = (id: string) => {
  const path: EventTarget[] = [];
  for (let el: Element | null = doc.getElementById(id); el; el = el.parentElement) path.push(el);
  return { composedPath: () => path } as unknown as Event;
};

describe('submitControlOf', () => {
  it.each(['post', 'inner', 'reply', 'submit'])('#%s sends a post', (id) => expect(submitControlOf(clickOn(id), undefined)).toBeDefined());
  it('knows a site adapter’s own submit button', () => expect(submitControlOf(clickOn('tweet'), x)?.id).toBe('tweet'));
  it.each(['bold', 'link'])('#%s does not', (id) => expect(submitControlOf(clickOn(id), undefined)).toBeUndefined());
});
