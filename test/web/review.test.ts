import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rest, startHarness, type Harness } from '../http/helpers.js';
import { ensureWebBuilt, focusedLabel, launch, ROOT, type Browser } from './browser.js';

/**
 * The review page's Inbox and Activity (docs/spec.md §6) in Debian chromium against a real server in
 * open mode: accept, edit-then-accept and reject proposals (one by one and all), see what changed when
 * and through which door, undo with a preview. Each test works in its own collection. Screenshots go
 * to test-output/screenshots/; with UPDATE_DOCS_SCREENSHOT=1 also to docs/ (committed).
 */

let h: Harness;
let api: ReturnType<typeof rest>;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  h = await startHarness();
  api = rest(h.url);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

async function open(collection: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${h.url}/?collection=${encodeURIComponent(collection)}`);
  await page.locator('#main').waitFor({ state: 'visible' });
  return page;
}

const say = (content: string, collection_id: string, extra: Record<string, unknown> = {}) =>
  api.post('/v1/profile/learn', { messages: [{ role: 'user', content }], collection_id, ...extra });
const proposal = (page: Page, key: string) => page.locator(`li.proposal[data-key="${key}"]`);
const fact = (page: Page, key: string) => page.locator(`li.fact[data-key="${key}"]`);

async function docsShot(page: Page, name: string, element: string): Promise<void> {
  const path = await browser.shot(page, name, { element });
  if (process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(path, join(ROOT, 'docs', `${name}.png`));
}

describe('review page: Inbox', () => {
  it("shows proposals with the user's words; accept, edit-then-accept and reject them", async () => {
    const c = 'inbox';
    await api.patch('/v1/profile', { name: 'Dana', location: 'Calgary', role: 'CTO', collection_id: c });
    expect((await say('I live in Halifax.', c)).json.conflicts).toBe(1);
    expect((await say("I'm a nurse.", c)).json.conflicts).toBe(1);
    expect((await say('I love surfing.', c, { review: true })).json.pending).toBe(1);

    const page = await open(c);
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('3');
    expect(await page.locator('li.proposal').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(['location', 'role', 'interests']);
    const location = proposal(page, 'location');
    expect(await location.locator('.diff-before').textContent()).toBe('Calgary');
    expect(await location.locator('.diff-after').textContent()).toBe('Halifax');
    expect(await location.locator('.evidence').textContent()).toBe('The user said: “I live in Halifax.”');
    expect(await location.locator('.kind').textContent()).toBe('differs from your entry');
    expect(await proposal(page, 'interests').locator('.kind').textContent()).toBe('new');
    await docsShot(page, 'review-inbox', '#inbox');

    // Accept: written as the person's own word.
    await location.getByRole('button', { name: 'Accept location', exact: true }).click();
    await expect.poll(() => fact(page, 'location').locator('.value').textContent()).toBe('Halifax');
    expect(await fact(page, 'location').locator('.src').textContent()).toBe('source manual');
    expect(await page.locator('#inbox-count').textContent()).toBe('2');

    // Edit, then accept (Enter accepts).
    await proposal(page, 'interests').getByRole('button', { name: 'Edit then accept interests', exact: true }).click();
    const box = page.getByLabel('Value of interests');
    expect(await box.inputValue()).toBe('["surfing"]');
    await box.fill('["surfing", "sailing"]');
    await box.press('Enter');
    await expect.poll(async () => (await fact(page, 'interests').locator('.value-list li').allTextContents()).join(',')).toBe('surfing,sailing');

    // Reject: the fact stays, and the same value is not proposed again.
    await proposal(page, 'role').getByRole('button', { name: 'Reject role', exact: true }).click();
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('0');
    expect(await page.locator('#inbox-empty').isVisible()).toBe(true);
    expect(await fact(page, 'role').locator('.value').textContent()).toBe('CTO');
    expect((await say("I'm a nurse.", c)).json.changes[0].action).toBe('skip');
    expect(browser.problems).toEqual([]);
    await page.close();
  });

  it('accepts or rejects all at once; Escape cancels an edit', async () => {
    const c = 'inbox-all';
    await api.patch('/v1/profile', { location: 'Oslo', collection_id: c });
    await say('I live in Calgary.', c);
    await say('I love chess.', c, { review: true });
    const page = await open(c);
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('2');
    await proposal(page, 'location').getByRole('button', { name: 'Edit then accept location', exact: true }).click();
    await page.getByLabel('Value of location').press('Escape');
    expect(await focusedLabel(page)).toBe('Edit then accept location');
    await page.locator('#inbox-reject-all').click();
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('0');
    expect((await api.get(`/v1/profile/facts?collection_id=${c}`)).json.facts.map((f: any) => [f.key, f.value])).toEqual([['location', 'Oslo']]);
    await say('I live in Bergen.', c);
    await page.locator('#reload').click();
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('1');
    await page.locator('#inbox-accept-all').click();
    await expect.poll(() => fact(page, 'location').locator('.value').textContent()).toBe('Bergen');
    await page.close();
  });
});

describe('review page: Activity', () => {
  it('lists what changed, when and through which door; undoes with a preview; an undo can be undone', async () => {
    const c = 'activity';
    await api.patch('/v1/profile', { location: 'Calgary', role: 'Engineer', collection_id: c });
    await say('I live in Halifax.', c);
    const page = await open(c);
    await proposal(page, 'location').getByRole('button', { name: 'Accept location', exact: true }).click();
    await expect.poll(() => page.locator('#activity-count').textContent()).toBe('2');
    const ops = page.locator('#activity-list li.op');
    expect(await ops.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-operation')))).toEqual(['resolve_pending', 'patch_profile']);
    const newest = ops.first();
    expect(await newest.locator('.op-meta').textContent()).toMatch(/via review page$/);
    expect(await ops.nth(1).locator('.op-meta').textContent()).toMatch(/via REST API$/);
    const lines = (await newest.locator('.op-changes li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(lines).toEqual(['location Calgary → to Halifax', 'Proposal location = Halifax: accepted']);

    // Undo: a preview first, then Confirm.
    await newest.getByRole('button', { name: /^Undo resolved proposals of / }).click();
    const preview = newest.locator('.op-preview table.diff');
    await preview.waitFor();
    expect(await preview.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-key'), tr.getAttribute('data-kind')]))).toEqual([
      ['location', 'changed'],
    ]);
    expect(await newest.locator('.op-preview').textContent()).toContain('Resolved proposals go back to the Inbox.');
    expect((await api.get(`/v1/profile/facts?collection_id=${c}&key=location`)).json.facts[0].value).toBe('Halifax'); // nothing written yet
    await docsShot(page, 'review-activity', '#activity');
    await newest.getByRole('button', { name: 'Confirm undo', exact: true }).click();
    await expect.poll(() => fact(page, 'location').locator('.value').textContent()).toBe('Calgary');
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('1'); // the proposal is back
    await expect.poll(() => page.locator('#activity-count').textContent()).toBe('3');
    expect(await ops.first().getAttribute('data-operation')).toBe('undo_operation');
    expect(await ops.nth(1).locator('.badge-undone').textContent()).toBe('undone');
    expect(await ops.nth(1).locator('.act-undo').count()).toBe(0);

    // The original patch cannot be undone while a later standing change touched its facts: the page says why.
    await api.patch('/v1/profile', { role: 'Lead', collection_id: c });
    await page.locator('#reload').click();
    await expect.poll(() => page.locator('#activity-count').textContent()).toBe('4');
    await ops
      .last()
      .getByRole('button', { name: /^Undo patch of / })
      .click();
    await expect.poll(() => ops.last().locator('.form-error').textContent()).toMatch(/later operations changed the same facts/);

    // The undo itself can be undone (redo).
    await ops
      .nth(1)
      .getByRole('button', { name: /^Undo undo of / })
      .click();
    await ops.nth(1).getByRole('button', { name: 'Confirm undo', exact: true }).click();
    await expect.poll(() => fact(page, 'location').locator('.value').textContent()).toBe('Halifax');
    await expect.poll(() => page.locator('#inbox-count').textContent()).toBe('0');
    expect(browser.problems.filter((p) => !/status of 409/.test(p))).toEqual([]);
    await page.close();
  });
});
