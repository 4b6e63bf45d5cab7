import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rest, startHarness, type Harness } from '../http/helpers.js';
import { ensureWebBuilt, isFocused, kept, launch, type Browser } from './browser.js';

/**
 * The review page on a server that has API keys: the page itself loads without a key, the API
 * answers 401, the page asks for a key, a wrong one gets a clear message, the right one is kept in
 * sessionStorage only (this tab), and the data shown is the key's account only.
 */

let h: Harness & { tokens: Record<string, string> };
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  h = await startHarness({ accounts: ['acme', 'globex'] });
  await rest(h.url, h.tokens.acme).patch('/v1/profile', { name: 'Acme User', role: 'Engineer' });
  await rest(h.url, h.tokens.globex).patch('/v1/profile', { name: 'Globex User', role: 'Secret agent' });
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await h?.close();
});

const storage = (page: Page) => kept(page);

describe('review page with API keys', () => {
  it('asks for a key, refuses a wrong one with a clear message, keeps the right one for this tab only', async () => {
    const page = await browser.newPage();
    await page.goto(h.url);
    const keyBox = page.getByLabel('API key', { exact: true });
    await keyBox.waitFor();
    expect(await page.locator('#main').isHidden()).toBe(true);
    await expect.poll(() => isFocused(keyBox)).toBe(true);

    await keyBox.fill('pmk_this-is-not-a-key');
    await keyBox.press('Enter');
    const alert = page.locator('#auth-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.locator('.problem-message').textContent()).toMatch(/^Wrong API key: the server did not accept it \(Unknown or revoked API key\.\)/);
    expect(await alert.locator('.problem-code').textContent()).toBe('Error code: unauthorized');
    expect((await storage(page)).session).toEqual({});
    await browser.shot(page, 'key-wrong');

    await keyBox.fill(h.tokens.acme!);
    await page.getByRole('button', { name: 'Use key' }).click();
    await page.locator('#main').waitFor({ state: 'visible' });
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Acme User');
    expect(await page.locator('li.fact[data-key="role"] .value').textContent()).toBe('Engineer');
    expect(await page.locator('#auth').isHidden()).toBe(true);
    expect(await storage(page)).toEqual({ session: { 'profile-mcp.api-key': h.tokens.acme }, local: 0, cookies: '' });

    // A reload in the same tab keeps the key; a new tab (a new browser session's storage) asks again.
    await page.reload();
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Acme User');
    const other = await browser.newPage();
    await other.goto(h.url);
    await other.getByLabel('API key', { exact: true }).waitFor();
    expect((await storage(other)).session).toEqual({});
    await other.close();

    // Forget key: removed from the tab, the prompt is back.
    await page.getByRole('button', { name: 'Forget key' }).click();
    await page.getByLabel('API key', { exact: true }).waitFor();
    expect((await storage(page)).session).toEqual({});
    await page.close();
  });

  it('another account’s key shows that account only, and a key revoked meanwhile brings the prompt back with the reason', async () => {
    const page = await browser.newPage();
    await page.goto(h.url);
    await page.getByLabel('API key', { exact: true }).fill(h.tokens.globex!);
    await page.getByLabel('API key', { exact: true }).press('Enter');
    await expect.poll(() => page.locator('#about .about-name').textContent()).toBe('Globex User');
    expect(await page.locator('li.fact[data-key="role"] .value').textContent()).toBe('Secret agent');

    const [listed] = (await h.keys.list()).filter((k) => k.account === 'globex');
    await h.keys.revoke(listed!.id);
    await page.getByRole('button', { name: 'Reload' }).click();
    const alert = page.locator('#auth-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The key used so far is no longer accepted (Unknown or revoked API key.)');
    expect(await page.locator('#main').isHidden()).toBe(true);
    expect((await storage(page)).session).toEqual({});
    await browser.shot(page, 'key-prompt');
    await page.close();
  });

  it('loads with no script error or CSP violation', () => {
    expect(browser.problems).toEqual([]);
  });
});
