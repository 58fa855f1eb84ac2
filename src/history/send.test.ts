import { describe, expect, it } from 'vitest';
import { sendHistory } from './send';
import { makeEvent } from './test-event';

describe('sendHistory', () => {
  it('sends the same batch again until the background acknowledges it', async () => {
    const seen: unknown[] = [];
    let calls = 0;
    const send = async (message: unknown) => {
      seen.push(message);
      calls++;
      if (calls === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (calls === 2) return undefined; // worker stopped before it could answer
      return { ok: true };
    };
    expect(await sendHistory([makeEvent({ id: 'a' })], { send, delay: 1 })).toBe(true);
    expect(calls).toBe(3);
    expect(new Set(seen.map((m) => JSON.stringify(m))).size).toBe(1);
  });

  it('gives up after the last attempt and says so', async () => {
    let calls = 0;
    const send = async () => {
      calls++;
      return { ok: false, error: 'broken' };
    };
    expect(await sendHistory([makeEvent()], { send, delay: 1, attempts: 3 })).toBe(false);
    expect(calls).toBe(3);
  });
});
