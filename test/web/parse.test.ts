import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonEqual, parseConversation, parsePatch, relativeTime, textToValue, valueToText } from '../../web/parse.js';

/** The page's pure rules: how values are edited, how pasted conversations and patches are read. */

const jsonValue = fc.jsonValue().filter((v) => v !== null);

describe('inline edit values', () => {
  it('plain text stays a string; JSON-looking text becomes JSON', () => {
    expect(textToValue('Senior Engineer')).toEqual({ ok: true, value: 'Senior Engineer' });
    expect(textToValue('  padded  ')).toEqual({ ok: true, value: 'padded' });
    expect(textToValue('say "hi" to them')).toEqual({ ok: true, value: 'say "hi" to them' });
    expect(textToValue('"quoted" is what she said')).toEqual({ ok: true, value: '"quoted" is what she said' });
    expect(textToValue('007')).toEqual({ ok: true, value: '007' });
    expect(textToValue('42')).toEqual({ ok: true, value: 42 });
    expect(textToValue('true')).toEqual({ ok: true, value: true });
    expect(textToValue('"42"')).toEqual({ ok: true, value: '42' });
    expect(textToValue('["a", 1]')).toEqual({ ok: true, value: ['a', 1] });
    expect(textToValue('{"editor": "helix"}')).toEqual({ ok: true, value: { editor: 'helix' } });
  });

  it('refuses empty text, null and broken JSON with a message that says what to do', () => {
    expect(textToValue('   ')).toEqual({ ok: false, message: 'Enter a value. To remove the fact, use Delete.' });
    expect(textToValue('null')).toEqual({ ok: false, message: 'null is not a value. To remove the fact, use Delete.' });
    const broken = textToValue('{"a": ');
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.message).toMatch(/not valid JSON .* wrap it in double quotes/);
  });

  it('any stored value survives a round trip through the editor unchanged', () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        fc.pre(value !== ''); // an empty string is not a value the editor can save (it asks for one)
        const back = textToValue(valueToText(value));
        expect(back.ok).toBe(true);
        expect(back.ok && JSON.stringify(back.value)).toBe(JSON.stringify(value));
      }),
      { numRuns: 500 },
    );
  });

  it('compares JSON deeply, ignoring key order', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});

describe('pasted conversations', () => {
  it('reads one message per line with user:/assistant:/system: prefixes; unprefixed lines continue the message above', () => {
    const parsed = parseConversation('User: I am a senior engineer\nat Acme\n\nassistant: Noted.\nuser: I prefer short answers');
    expect(parsed).toEqual({
      ok: true,
      value: [
        { role: 'user', content: 'I am a senior engineer\nat Acme' },
        { role: 'assistant', content: 'Noted.' },
        { role: 'user', content: 'I prefer short answers' },
      ],
    });
    expect(parseConversation('just one line from the user')).toEqual({ ok: true, value: [{ role: 'user', content: 'just one line from the user' }] });
  });

  it('reads a JSON array of {role, content}', () => {
    expect(parseConversation('[{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]')).toEqual({
      ok: true,
      value: [
        { role: 'user', content: 'hi' },
        { role: 'assistant', content: 'hello' },
      ],
    });
  });

  it('says what is wrong with an unusable paste', () => {
    expect(parseConversation('')).toMatchObject({ ok: false, message: expect.stringContaining('Paste a conversation first') });
    expect(parseConversation('user:\nassistant: hi')).toEqual({ ok: false, message: 'Message 1 (user) is empty.' });
    expect(parseConversation('[{"role": "bot", "content": "x"}]')).toMatchObject({ ok: false, message: expect.stringContaining('role must be') });
    expect(parseConversation('[1, 2')).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    expect(parseConversation('[]')).toMatchObject({ ok: false, message: expect.stringContaining('non-empty array') });
  });
});

describe('bulk patches', () => {
  it('takes a JSON object and keeps every key as sent (null deletes, "__proto__" reaches the server)', () => {
    const parsed = parsePatch('{"role": "PM", "old": null, "__proto__": 1}');
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.keys(parsed.value)).toEqual(['role', 'old', '__proto__']);
      expect(JSON.parse(JSON.stringify({ ...parsed.value, dry_run: true }))).toHaveProperty(['__proto__']);
    }
  });

  it('refuses non-objects, empty patches and the reserved keys the page sets itself', () => {
    expect(parsePatch('[1]')).toMatchObject({ ok: false });
    expect(parsePatch('{}')).toMatchObject({ ok: false, message: expect.stringContaining('empty') });
    expect(parsePatch('{"collection_id": "x"}')).toMatchObject({ ok: false, message: expect.stringContaining('scope picker') });
    expect(parsePatch('{"role": ')).toMatchObject({ ok: false, message: expect.stringContaining('Not valid JSON') });
  });
});

describe('relative times', () => {
  const now = Date.parse('2026-11-28T12:00:00.000Z');
  it('says how long ago or how soon', () => {
    expect(relativeTime('2026-11-28T11:59:50.000Z', now)).toBe('just now');
    expect(relativeTime('2026-11-28T11:58:00.000Z', now)).toBe('2 minutes ago');
    expect(relativeTime('2026-11-26T12:00:00.000Z', now)).toBe('2 days ago');
    expect(relativeTime('2026-12-04T12:00:00.000Z', now)).toBe('in 6 days');
    expect(relativeTime('2026-12-05T12:00:00.000Z', now)).toBe('in 7 days');
    expect(relativeTime('2026-11-29T12:00:00.000Z', now)).toBe('tomorrow');
    expect(relativeTime('2025-11-28T12:00:00.000Z', now)).toBe('last year');
  });
});
