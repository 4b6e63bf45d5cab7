import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rest, startHarness, type Harness } from '../http/helpers.js';
import { connectStreamable, structured, type Connected } from '../http/mcp-client.js';
import { ensureWebBuilt, focusedLabel, isFocused, launch, ROOT, widths, type Browser } from './browser.js';

/**
 * The review page in a real browser (Debian chromium via playwright-core) against a real server on
 * 127.0.0.1 in open (keyless loopback) mode. Each test works in its own collection, so the tests do
 * not depend on each other's writes; screenshots of the main views go to test-output/screenshots/.
 */

let h: Harness;
let api: ReturnType<typeof rest>;
let browser: Browser;
let mcp: Connected;

beforeAll(async () => {
  await ensureWebBuilt();
  h = await startHarness();
  api = rest(h.url);
  browser = await launch();
  mcp = await connectStreamable(h);
}, 60_000);

afterAll(async () => {
  await mcp?.close();
  await browser?.close();
  await h?.close();
});

async function open(collection: string | null, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage(viewport);
  await page.goto(`${h.url}/${collection === null ? '' : `?collection=${encodeURIComponent(collection)}`}`);
  await page.locator('#main').waitFor({ state: 'visible' });
  return page;
}

const row = (page: Page, key: string) => page.locator(`li.fact[data-key="${key}"]`);

async function seedGlobal(): Promise<void> {
  const res = await api.patch('/v1/profile', {
    name: 'Ada Lovelace',
    timezone: 'Europe/London',
    language: 'en',
    role: 'Senior Engineer',
    company: 'Acme Inc',
    expertise: ['TypeScript', 'databases', 'distributed systems'],
    interests: ['hiking', 'chess'],
    communication_style: 'short answers',
    preferences: { editor: 'helix', answers: 'bullet points' },
  });
  expect(res.status).toBe(200);
  const learned = await api.post('/v1/profile/learn', { messages: [{ role: 'user', content: "This week I'm preparing a talk on Rust." }] });
  expect(learned.json.created).toBeGreaterThan(0);
}

describe('review page', () => {
  it('serves a page that reads a profile written over REST: basics on top, facts by bucket and category with confidence, source, age and expiry', async () => {
    await seedGlobal();
    await api.patch('/v1/profile', { role: 'Designer', collection_id: 'shop:user-1' });
    await api.patch('/v1/profile', { role: 'Pilot', name: 'Grace', collection_id: 'shop:user-2' });

    const page = await open(null);
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Ada Lovelace');
    await expect.poll(() => page.locator('#fact-count').textContent()).toBe('10 facts');
    for (const [key, value] of [
      ['timezone', 'Europe/London'],
      ['language', 'en'],
    ]) {
      expect(await page.locator(`#about ${`li.fact[data-key="${key}"]`} .value`).textContent()).toBe(value);
    }
    // static facts grouped by category, in the category order of the spec
    const headings = await page.locator('.bucket-static h4').allTextContents();
    expect(headings.map((t) => t.replace(/\s*\d+$/, ''))).toEqual(['Preferences', 'Interests', 'Expertise', 'Communication style', 'Role', 'Other']);
    const role = row(page, 'role');
    expect(await role.locator('.value').textContent()).toBe('Senior Engineer');
    expect(await role.locator('.conf-text').textContent()).toBe('confidence 100%');
    expect(await role.locator('.src').textContent()).toBe('source manual');
    expect(await role.locator('.age').textContent()).toMatch(/^updated (just now|\d+ seconds? ago)$/);
    expect(await row(page, 'interests').locator('.value-list li').allTextContents()).toEqual(['hiking', 'chess']);
    // a learned short-lived fact: dynamic bucket, conversation badge, confidence below 1, expiry
    const dynamic = page.locator('.bucket-dynamic li.fact');
    expect(await dynamic.count()).toBe(1);
    expect(await dynamic.locator('.src').textContent()).toBe('source conversation');
    expect(await dynamic.locator('.conf-text').textContent()).toMatch(/^confidence [1-9]\d%$/);
    expect(await dynamic.locator('.expiry').textContent()).toMatch(/^expires in \d+ days$/);
    // scope picker: the global profile and each collection with its fact count
    expect(await page.locator('#scope option').allTextContents()).toEqual(['Global profile (account-wide)', 'shop:user-1 · 1 fact', 'shop:user-2 · 2 facts']);
    await browser.shot(page, 'profile', { fullPage: true });

    await page.selectOption('#scope', 'shop:user-2');
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Grace');
    expect(await row(page, 'role').locator('.value').textContent()).toBe('Pilot');
    expect(await page.locator('li.fact[data-key="company"]').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('?collection=shop%3Auser-2');
    await page.reload(); // the address keeps the scope
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Grace');
    await page.close();
  });

  it('is readable on a phone: one column, nothing wider than the screen', async () => {
    const page = await open(null, { width: 390, height: 844 });
    await row(page, 'role').waitFor();
    const size = await widths(page);
    expect(size.doc).toBeLessThanOrEqual(size.view);
    const [facts, tools] = await Promise.all([page.locator('section.profile').boundingBox(), page.locator('aside.tools').boundingBox()]);
    expect(tools!.y).toBeGreaterThan(facts!.y + facts!.height - 1); // stacked, not side by side
    await browser.shot(page, 'phone');
    // The tools sit below the facts on a phone: a link jumps there.
    await page.getByRole('navigation', { name: 'Jump to a tool' }).getByRole('link', { name: 'Ask' }).click();
    await expect.poll(() => page.locator('#ask-heading').evaluate((el: any) => el.getBoundingClientRect().top)).toBeLessThan(100);
    await browser.shot(page, 'phone-ask');
    await page.close();
  });

  it('edits a fact inline by keyboard (Enter saves, Escape cancels) and the change is visible over MCP', async () => {
    await api.patch('/v1/profile', { role: 'Engineer', answer: '42', collection_id: 'edit' });
    const page = await open('edit');
    const edit = row(page, 'role').getByRole('button', { name: 'Edit role' });
    await edit.focus();
    await page.keyboard.press('Enter');
    const box = page.getByLabel('Value of role');
    await expect.poll(() => isFocused(box)).toBe(true);
    await box.fill('Principal Engineer');
    await page.keyboard.press('Escape'); // cancel: nothing sent, focus back on Edit
    expect(await row(page, 'role').locator('.value').textContent()).toBe('Engineer');
    expect(await focusedLabel(page)).toBe('Edit role');

    await page.keyboard.press('Enter');
    await box.fill('Staff Engineer');
    await page.getByLabel('Category').selectOption('expertise');
    await browser.shot(page, 'edit');
    await box.press('Enter');
    await expect.poll(() => row(page, 'role').locator('.value').textContent()).toBe('Staff Engineer');
    await expect.poll(() => focusedLabel(page)).toBe('Edit role');
    await expect.poll(() => page.locator('#status').textContent()).toBe('Saved role.');

    const id = await row(page, 'role').getAttribute('data-fact-id');
    const fact = structured(await mcp.client.callTool({ name: 'get_fact', arguments: { id, collection_id: 'edit' } }));
    expect(fact).toMatchObject({ key: 'role', value: 'Staff Engineer', category: 'expertise', source: 'manual', confidence: 1 });
    expect(fact.history[0]).toMatchObject({ value: 'Engineer', source: 'manual' });

    // A string that reads like JSON is shown quoted, so saving it unchanged keeps it a string;
    // typed JSON becomes JSON, and plain text stays text.
    await row(page, 'answer').getByRole('button', { name: 'Edit answer' }).click();
    expect(await page.getByLabel('Value of answer').inputValue()).toBe('"42"');
    await page.getByLabel('Value of answer').fill('["a", 1]');
    await page.getByLabel('Value of answer').press('Enter');
    await expect.poll(() => row(page, 'answer').locator('.value-list li').allTextContents()).toEqual(['a', '1']);
    const list = structured(await mcp.client.callTool({ name: 'list_facts', arguments: { key: 'answer', collection_id: 'edit' } }));
    expect(list.facts[0].value).toEqual(['a', 1]);
    await row(page, 'answer').getByRole('button', { name: 'Edit answer' }).click();
    await page.getByLabel('Value of answer').fill('say "hi" to them');
    await page.getByLabel('Value of answer').press('Enter');
    await expect.poll(() => row(page, 'answer').locator('.value').textContent()).toBe('say "hi" to them');
    const text = structured(await mcp.client.callTool({ name: 'list_facts', arguments: { key: 'answer', collection_id: 'edit' } }));
    expect(text.facts[0].value).toBe('say "hi" to them');
    await page.close();
  });

  it("shows the API's errors readably in the editor (message and per-field details)", async () => {
    await api.patch('/v1/profile', { bio: 'short', collection_id: 'errors' });
    const page = await open('errors');
    await row(page, 'bio').getByRole('button', { name: 'Edit bio' }).click();
    const box = page.getByLabel('Value of bio');
    await box.fill('x'.repeat(9000));
    await box.press('Enter');
    const alert = row(page, 'bio').getByRole('alert');
    await expect.poll(() => alert.locator('.problem-message').textContent()).toMatch(/Invalid input: value: .*8 ?KiB|8192/);
    expect(await alert.locator('.problem-details li').allTextContents()).toEqual([expect.stringMatching(/^value: /)]);
    expect(await alert.locator('.problem-code').textContent()).toBe('Error code: validation_error');
    await box.fill('');
    await box.press('Enter');
    await expect.poll(() => alert.textContent()).toContain('Enter a value. To remove the fact, use Delete.');
    expect((await api.get('/v1/profile/facts?key=bio&collection_id=errors')).json.facts[0].value).toBe('short');
    await page.close();
  });

  it('renders keys, values and answers as text, never as markup', async () => {
    const evil = '<img src=x onerror="globalThis.pwned=1"><b>bold</b>';
    await api.patch('/v1/profile', { name: evil, note: evil, collection_id: 'xss' });
    const page = await open('xss');
    await expect.poll(() => row(page, 'note').locator('.value').textContent()).toBe(evil);
    expect(await page.locator('#about .about-name').textContent()).toBe(evil);
    expect(await page.locator('#main img, #main b').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as any).pwned)).toBeUndefined();
    await page.close();
  });

  it('shows a fact’s history: earlier values with their sources', async () => {
    await api.patch('/v1/profile', { city: 'Paris', collection_id: 'hist' });
    await api.patch('/v1/profile', { city: 'Lyon', collection_id: 'hist' });
    await api.patch('/v1/profile', { city: 'Berlin', collection_id: 'hist' });
    const page = await open('hist');
    const button = row(page, 'city').getByRole('button', { name: 'History of city' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'History of city' });
    await dialog.waitFor();
    await expect.poll(() => dialog.locator('tbody tr').count()).toBe(3);
    const rows = await dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 3).map((c) => c.textContent)));
    expect(rows).toEqual([
      ['Now', 'Berlin', 'manual'],
      ['Earlier 1', 'Lyon', 'manual'],
      ['Earlier 2', 'Paris', 'manual'],
    ]);
    await browser.shot(page, 'history');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedLabel(page)).toBe('History of city');
    await page.close();
  });

  it('deletes with undo: Undo keeps the very same fact; otherwise the DELETE is sent when the undo window ends', async () => {
    await api.patch('/v1/profile', { pet: 'cat', hobby: 'chess', collection_id: 'del' });
    const page = await open('del');
    const id = await row(page, 'pet').getAttribute('data-fact-id');
    await row(page, 'pet').getByRole('button', { name: 'Delete pet' }).click();
    await row(page, 'pet').waitFor({ state: 'hidden' });
    const undo = page.getByRole('button', { name: 'Undo delete of pet' });
    await expect.poll(() => isFocused(undo)).toBe(true);
    expect(await page.locator('#fact-count').textContent()).toBe('1 fact');
    await browser.shot(page, 'undo');
    await page.keyboard.press('Enter');
    await row(page, 'pet').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#status').textContent()).toBe('Restored pet.');
    // Still the same fact (same id), nothing was deleted.
    expect((await api.get(`/v1/profile/facts/${id}?collection_id=del`)).status).toBe(200);

    await row(page, 'pet').getByRole('button', { name: 'Delete pet' }).click();
    await row(page, 'pet').waitFor({ state: 'hidden' });
    expect((await api.get(`/v1/profile/facts/${id}?collection_id=del`)).status).toBe(200); // still within the window
    await expect.poll(async () => (await api.get(`/v1/profile/facts/${id}?collection_id=del`)).status, { timeout: 10_000, interval: 250 }).toBe(404);
    await page.getByRole('button', { name: 'Undo delete of pet' }).waitFor({ state: 'detached' });
    expect(await page.locator('#fact-count').textContent()).toBe('1 fact');
    expect((await api.get('/v1/profile?collection_id=del')).json.fact_count).toBe(1);

    // Leaving the page inside the undo window still deletes (a keepalive request on pagehide).
    const hobby = await row(page, 'hobby').getAttribute('data-fact-id');
    await row(page, 'hobby').getByRole('button', { name: 'Delete hobby' }).click();
    await row(page, 'hobby').waitFor({ state: 'hidden' });
    await page.goto('about:blank');
    await expect.poll(async () => (await api.get(`/v1/profile/facts/${hobby}?collection_id=del`)).status, { timeout: 3_000, interval: 100 }).toBe(404);
    await page.close();
  });

  it('bulk edit: a JSON patch previews as added / changed / removed rows, writes nothing, then Apply writes it', async () => {
    await api.patch('/v1/profile', { role: 'Engineer', company: 'Acme', old_team: 'Infra', collection_id: 'bulk' });
    const page = await open('bulk');
    await page.getByLabel('JSON patch').fill('{"role": "Product Manager", "old_team": null, "team": "Core", "company": "Acme"}');
    expect(await page.getByRole('button', { name: 'Apply' }).nth(1).isDisabled()).toBe(true);
    await page.locator('#bulk-preview').click();
    const diff = page.locator('#bulk-result table.diff');
    await diff.waitFor();
    const rows = await diff
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-kind'),
          tr.querySelector('.diff-key')!.textContent,
          tr.querySelector('.diff-before')?.textContent ?? null,
          tr.querySelector('.diff-after, .diff-same')?.textContent ?? null,
        ]),
      );
    expect(rows).toEqual([
      ['unchanged', 'company', null, 'Acme'],
      ['removed', 'old_team', 'Infra', null],
      ['changed', 'role', 'Engineer', 'Product Manager'],
      ['added', 'team', null, 'Core'],
    ]);
    expect(await diff.locator('tr[data-key="role"] td').last().textContent()).toBe('from Engineer →  to Product Manager');
    expect(await diff.locator('caption').textContent()).toBe('Preview: Would update 1, create 1 profile facts, delete 1');
    await browser.shot(page, 'bulk-preview', { element: '#bulk' });
    // The preview wrote nothing.
    const before = (await api.get('/v1/profile?collection_id=bulk')).json;
    expect(before.profile.static.map((f: any) => [f.key, f.value])).toEqual([
      ['company', 'Acme'],
      ['old_team', 'Infra'],
      ['role', 'Engineer'],
    ]);

    await page.locator('#bulk-apply').click();
    await expect.poll(() => page.locator('#bulk-result .success').textContent()).toBe('Applied: Updated 1, created 1 profile facts, deleted 1.');
    const after = (await api.get('/v1/profile?collection_id=bulk')).json;
    expect(after.profile.static.map((f: any) => [f.key, f.value])).toEqual([
      ['company', 'Acme'],
      ['role', 'Product Manager'],
      ['team', 'Core'],
    ]);
    await expect.poll(() => row(page, 'team').locator('.value').textContent()).toBe('Core');
    expect(await row(page, 'old_team').count()).toBe(0);

    // Invalid keys: the API's validation error is shown with each problem; Apply stays off.
    await page.getByLabel('JSON patch').fill('{"9lives": 1, "ok": 2}');
    await page.getByLabel('JSON patch').press('Control+Enter');
    const alert = page.locator('#bulk-error');
    await alert.waitFor();
    expect(await alert.locator('.problem-details li').allTextContents()).toEqual([expect.stringMatching(/^facts\.9lives: /)]);
    expect(await page.locator('#bulk-apply').isDisabled()).toBe(true);
    expect((await api.get('/v1/profile?collection_id=bulk')).json.fact_count).toBe(3);

    // Editing the patch after a preview disables Apply until the next preview.
    await page.getByLabel('JSON patch').fill('{"team": "Platform"}');
    await page.locator('#bulk-preview').click();
    await expect.poll(() => page.locator('#bulk-apply').isDisabled()).toBe(false);
    await page.getByLabel('JSON patch').fill('{"team": "Other"}');
    expect(await page.locator('#bulk-apply').isDisabled()).toBe(true);
    await page.close();
  });

  it('asks about the user: the answer is shown, its cited facts are highlighted, and the session continues', async () => {
    const page = await open(null);
    const requests: any[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/v1/profile/dialectic')) requests.push(r.postDataJSON());
    });
    await page.getByLabel('Question').fill("What are this user's main professional interests?");
    await page.getByLabel('Question').press('Enter');
    const turn = page.locator('#ask-log .turn').first();
    await turn.waitFor();
    const answer = await turn.locator('.turn-a').textContent();
    expect(answer).toMatch(/hiking|TypeScript|Senior Engineer/);
    const citedKeys = await turn.locator('.cite').allTextContents();
    // Professional interests rest on expertise (hobbies are not cited: the answer cites only what it rests on).
    expect(citedKeys).toEqual(expect.arrayContaining(['expertise']));
    const highlighted = await page.locator('li.fact.cited').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')).sort());
    expect(highlighted).toEqual([...citedKeys].sort());
    expect(await row(page, 'expertise').locator('.badge-cited').textContent()).toBe('cited in the answer');
    await browser.shot(page, 'ask');
    await mkdocsShot(page);

    await page.getByLabel('Question').fill('And how should I talk to them?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => page.locator('#ask-log .turn').count()).toBe(2);
    expect(requests).toHaveLength(2);
    expect(requests[0].session_id).toBeUndefined();
    expect(requests[1].session_id).toMatch(/^sess_/);
    expect(requests[1].user_message).toBe('And how should I talk to them?');

    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await page.locator('#ask-log .turn').count()).toBe(0);
    expect(await page.locator('li.fact.cited').count()).toBe(0);
    await page.close();
  });

  it('teaches from a pasted conversation: preview shows what would be learned and writes nothing; Apply saves it', async () => {
    const page = await open('teach');
    expect(await page.locator('.empty').textContent()).toMatch(/No other facts yet/);
    const conversation = [
      "user: I'm a senior engineer at Acme and I prefer short answers",
      'assistant: Got it, I will keep it brief.',
      "user: This week I'm preparing a talk on Rust",
    ].join('\n');
    const expected = await api.post('/v1/profile/learn', {
      messages: [
        { role: 'user', content: "I'm a senior engineer at Acme and I prefer short answers" },
        { role: 'assistant', content: 'Got it, I will keep it brief.' },
        { role: 'user', content: "This week I'm preparing a talk on Rust" },
      ],
      collection_id: 'teach',
      dry_run: true,
    });
    const keys = expected.json.changes.map((c: any) => c.key);
    expect(keys.length).toBeGreaterThan(1);

    await page.getByLabel('Conversation', { exact: true }).fill(conversation);
    await page.locator('#teach-preview').click();
    const diff = page.locator('#teach-result table.diff');
    await diff.waitFor();
    expect(await diff.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')))).toEqual(keys);
    expect(await diff.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual(keys.map(() => 'added'));
    expect(await page.locator('#teach-result').textContent()).toContain('Read 3 messages (2 from the user');
    expect((await api.get('/v1/profile?collection_id=teach')).json.fact_count).toBe(0);
    await browser.shot(page, 'teach-preview', { element: '#teach' });

    await page.locator('#teach-apply').click();
    await expect.poll(() => page.locator('#teach-result .success').textContent()).toMatch(/^Learned: \d+ new/);
    const saved = (await api.get('/v1/profile/facts?collection_id=teach')).json.facts;
    expect(saved.map((f: any) => f.key).sort()).toEqual([...keys].sort());
    expect(saved.every((f: any) => f.source === 'conversation' && f.confidence < 1)).toBe(true);
    for (const key of keys) await row(page, key).waitFor();
    await page.close();
  });

  it('is usable by keyboard: skip link first, every control named, focus clearly visible', async () => {
    const page = await open(null);
    await row(page, 'role').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.textContent)).toBe('Skip to the facts');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as any).document.activeElement.id)).toBe('scope');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab'); // past Reload, into the profile: the first fact's Edit button
    expect(await focusedLabel(page)).toBe('Edit name');
    const outline = await page.evaluate(() => {
      const g = globalThis as any;
      const style = g.getComputedStyle(g.document.activeElement);
      return { style: style.outlineStyle as string, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).toBe('solid');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    // Every button has a name, every field a label; status and answers are live regions.
    const unnamed = await page.evaluate(() => {
      const g = globalThis as any;
      const all = [...g.document.querySelectorAll('button, input, select, textarea')] as any[];
      return all
        .filter((el) => el.offsetParent !== null || el.closest('dialog'))
        .filter((el) =>
          el.tagName === 'BUTTON' ? !(el.getAttribute('aria-label') || el.textContent.trim()) : el.labels.length === 0 && !el.getAttribute('aria-label'),
        )
        .map((el) => el.outerHTML.slice(0, 80));
    });
    expect(unnamed).toEqual([]);
    for (const id of ['status', 'undo', 'ask-log', 'teach-result', 'bulk-result']) {
      expect(await page.locator(`#${id}`).getAttribute('aria-live'), id).toBe('polite');
    }
    await page.close();
  });

  it('lists collections page by page (100 at a time) with "More collections"', async () => {
    for (let i = 0; i < 100; i++) {
      const res = await api.patch('/v1/profile', { n: i, collection_id: `page-${String(i).padStart(3, '0')}` });
      expect(res.status).toBe(200);
    }
    const total = (await api.get('/v1/collections?limit=1')).json.total as number;
    expect(total).toBeGreaterThan(100);
    const page = await open(null);
    const options = page.locator('#scope option');
    await expect.poll(() => options.count()).toBe(101); // global + the first 100
    expect(await page.locator('#scope-total').textContent()).toBe(`${total} collections`);
    await page.getByRole('button', { name: 'More collections' }).click();
    await expect.poll(() => options.count()).toBe(total + 1);
    expect(await page.getByRole('button', { name: 'More collections' }).isHidden()).toBe(true);
    await page.selectOption('#scope', 'teach');
    await expect.poll(() => page.locator('#about .about-sub').textContent()).toMatch(/^Collection teach · \d+ facts$/);
    await page.close();
  });

  it('shows a failing API call readably and keeps the rest usable (a corrupt collection file)', async () => {
    const other = await startHarness();
    try {
      const otherApi = rest(other.url);
      await otherApi.patch('/v1/profile', { name: 'Kept', role: 'Engineer' });
      await otherApi.patch('/v1/profile', { role: 'x', collection_id: 'broken' });
      writeFileSync(join(other.dir, 'accounts', 'local', 'collections', 'broken.json'), '{"version": 1, "facts": [');
      const page = await browser.newPage();
      page.on('console', () => undefined);
      await page.goto(other.url);
      const alert = page.locator('#error');
      await alert.waitFor();
      expect(await alert.getAttribute('role')).toBe('alert');
      expect(await alert.locator('.problem-code').textContent()).toBe('Error code: storage_error');
      expect(await alert.locator('.problem-context').textContent()).toBe('Could not list the collections (the profile below is fine).');
      expect(await alert.locator('.problem-message').textContent()).toMatch(/unreadable or corrupt/);
      // The global profile still shows.
      await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Kept');
      await browser.shot(page, 'api-error');
      // A scope that cannot be read is not shown at all; the picker stays usable.
      writeFileSync(join(other.dir, 'accounts', 'local', 'profile.json'), 'not json');
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => alert.locator('.problem-context').textContent()).toBe('Could not load the global profile. Pick another profile above or Reload.');
      expect(await page.locator('#main').isHidden()).toBe(true);
      expect(await page.locator('#scope').isVisible()).toBe(true);
      await page.close();
    } finally {
      browser.problems.splice(0, browser.problems.length, ...browser.problems.filter((p) => !/status of 500/.test(p)));
      await other.close();
    }
  });

  it('calls only the public REST API and runs under its strict CSP without a single violation or script error', async () => {
    const page = await browser.newPage();
    const paths = new Set<string>();
    page.on('request', (r) =>
      paths.add(`${r.method()} ${new URL(r.url()).pathname.replace(/\/assets\/[0-9a-f]+\//, '/assets/V/').replace(/(fact|op)_[0-9A-Z]+/, 'ID')}`),
    );
    await page.goto(`${h.url}/?collection=edit`);
    await row(page, 'role').waitFor();
    const off = [...paths].filter(
      (p) =>
        !/^(GET \/|GET \/assets\/V\/[a-z]+\.(js|css)|[A-Z]+ \/v1\/(profile|profile\/facts|profile\/facts\/ID|collections|profile\/dialectic|profile\/learn|profile\/pending|profile\/pending\/resolve|profile\/operations|profile\/operations\/ID\/undo))$/.test(
          p,
        ),
    );
    expect(off).toEqual([]);
    // The inbox and the activity list load beside the facts: wait for their requests rather than race them.
    await expect.poll(() => [...paths]).toContain('GET /v1/profile/pending');
    await expect.poll(() => [...paths]).toContain('GET /v1/profile/operations');
    expect(browser.problems).toEqual([]);
    await page.close();
  });
});

/** docs/screenshot.png (committed, shown in the README) is refreshed only on request. */
async function mkdocsShot(page: Page): Promise<void> {
  if (process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
  const path = await browser.shot(page, 'readme');
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(path, join(ROOT, 'docs', 'screenshot.png'));
}
