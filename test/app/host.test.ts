import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { isToolVisibilityModelOnly } from '@modelcontextprotocol/ext-apps/app-bridge';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILE_APP_URI } from '../../src/mcp/app.js';
import { ProfileService } from '../../src/profiles/service.js';
import { reasonerFactoryFromEnv } from '../../src/reasoners/index.js';
import { call, connectClient } from '../helpers/mcp.js';
import { jsonStore } from '../helpers/store.js';
import { tempDir } from '../helpers/tmp.js';
import { ensureWebBuilt, launch, ROOT, type Browser } from '../web/browser.js';

/**
 * The MCP App in a host built from ext-apps' own host-side pieces (AppBridge + PostMessageTransport,
 * test/app/host-page.mjs) in Debian chromium: the app runs in a sandboxed iframe (scripts only), from
 * the HTML our server serves as ui://profile/card; its tool calls go through the bridge to the host's
 * MCP client in Node, connected to our real server on a real JSON store in a temp directory. The test
 * renders a profile, accepts a proposal and undoes it from the keyboard and mouse, and reads the store
 * from disk afresh after each step. Screenshots (light, dark, narrow) go to test-output/screenshots/;
 * with UPDATE_DOCS_SCREENSHOT=1 also to docs/ (committed, shown in docs/mcp-app.md).
 */

let browser: Browser;
let hostScript: string;

beforeAll(async () => {
  await ensureWebBuilt();
  const bundled = await build({
    entryPoints: [join(import.meta.dirname, 'host-page.mjs')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'warning',
  });
  hostScript = bundled.outputFiles[0]!.text;
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** What is on disk now, read by a fresh service (no cache shared with the server under test). */
async function onDisk(dir: string) {
  const service = new ProfileService({ store: jsonStore(dir) });
  const facts = await service.listFacts('local', {});
  return {
    location: facts.facts.find((f) => f.key === 'location'),
    pending: await service.listPending('local', {}),
    operations: await service.listOperations('local', {}),
  };
}

async function seeded() {
  const dir = tempDir('profile-mcp-app-');
  const service = new ProfileService({ store: jsonStore(dir) });
  const conn = await connectClient({ service, account: 'local', reasoners: reasonerFactoryFromEnv({}) });
  const { client } = conn;
  await call(client, 'patch_profile', {
    facts: { name: 'Ada Lovelace', timezone: 'Europe/London', language: 'en-GB', role: 'Engineer', company: 'Analytical Engines Ltd', location: 'Calgary' },
  });
  await call(client, 'create_fact', { key: 'current_project', value: 'a talk on the Difference Engine', bucket: 'dynamic', confidence: 0.8 });
  await call(client, 'create_fact', { key: 'answer_style', value: 'short answers, code first', category: 'preferences', confidence: 0.9 });
  const learned = await call(client, 'learn', { messages: [{ role: 'user', content: 'I live in Halifax.' }] });
  expect(learned.conflicts).toBe(1);
  return { dir, ...conn };
}

/** Open the host page, hand it what a host has after the model called get_profile, and wait for the card. */
async function host(client: Awaited<ReturnType<typeof seeded>>['client'], theme: 'light' | 'dark', width: number): Promise<Page> {
  const page = await browser.newPage({ width: width + 40, height: 1400 });
  const { tools } = await client.listTools();
  const byName = new Map<string, Tool>(tools.map((t) => [t.name, t]));
  // A host lets a View call its server's tools, except those only the model may use.
  await page.exposeFunction('hostCallTool', async (params: { name: string; arguments?: Record<string, unknown> }) => {
    const tool = byName.get(params.name);
    if (!tool || isToolVisibilityModelOnly({ _meta: tool._meta })) throw new Error(`tool ${params.name} is not available to the app`);
    return client.callTool(params);
  });
  await page.setContent('<!doctype html><html><head><title>test host</title></head><body style="margin:0;padding:20px;background:#888"></body></html>');
  await page.addScriptTag({ content: hostScript });
  const read = await client.readResource({ uri: PROFILE_APP_URI });
  const html = (read.contents[0] as { text: string }).text;
  const result = (await client.callTool({ name: 'get_profile', arguments: {} })) as CallToolResult;
  await page.evaluate((init) => (globalThis as any).startHost(init), { html, theme, width, args: {}, result });
  await page.frameLocator('iframe').locator('#about-heading', { hasText: 'Ada Lovelace' }).waitFor();
  await page.frameLocator('iframe').locator('#main[aria-busy="false"]').waitFor();
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150); // the host applies the View's last size-changed notification
  const path = await browser.shot(page, name, { element: 'iframe' });
  if (process.env.UPDATE_DOCS_SCREENSHOT !== '1') return;
  mkdirSync(join(ROOT, 'docs'), { recursive: true });
  copyFileSync(path, join(ROOT, 'docs', `${name}.png`));
}

describe('the profile MCP App in a test host', () => {
  it('renders the profile, accepts a proposal and undoes it; the store on disk shows each change', async () => {
    const { dir, client, close } = await seeded();
    const page = await host(client, 'light', 640);
    const app = page.frameLocator('iframe');

    // The card: name, flat fields, the top facts by the ranking with confidence and source.
    await expect(app.locator('#card-sub').textContent()).resolves.toMatch(/global profile · Europe\/London · en-GB · 8 facts/);
    const keys = await app.locator('#card-facts li').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(keys[0]).toBe('current_project'); // the live dynamic fact ranks first after the flat fields
    expect(keys).toEqual(expect.arrayContaining(['role', 'company', 'location', 'answer_style']));
    await expect(app.locator('#card-facts li[data-key="current_project"]').textContent()).resolves.toMatch(/80%.*manual/);

    // The inbox, shared with the review page: the conflicting location with the user's own words.
    const proposal = app.locator('li.proposal[data-key="location"]');
    await expect(proposal.textContent()).resolves.toMatch(/Calgary.*Halifax.*I live in Halifax\./s);
    await shot(page, 'mcp-app-light');

    // Accept from the keyboard.
    await proposal.getByRole('button', { name: 'Accept location', exact: true }).focus();
    await page.keyboard.press('Enter');
    await app.locator('#inbox-empty').waitFor({ state: 'visible' });
    await expect(app.locator('#inbox-heading').evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    let disk = await onDisk(dir);
    expect(disk.location).toMatchObject({ value: 'Halifax', source: 'manual', confidence: 1 });
    expect(disk.pending.total).toBe(0);
    expect(disk.operations.operations[0]).toMatchObject({ operation: 'resolve_pending', actor: { transport: 'stdio' } });
    await expect(app.locator('#card-facts li[data-key="location"]').textContent()).resolves.toMatch(/Halifax/);

    // Undo it from the activity: a preview first, then the undo.
    const op = app.locator(`li.op[data-op-id="${disk.operations.operations[0]!.id}"]`);
    await op.getByRole('button', { name: /^Undo resolved proposals/ }).click();
    await expect(op.locator('.op-preview').textContent()).resolves.toMatch(/Undo would/);
    await op.getByRole('button', { name: 'Confirm undo' }).click();
    await app.locator('li.proposal[data-key="location"]').waitFor();
    disk = await onDisk(dir);
    expect(disk.location).toMatchObject({ value: 'Calgary' });
    expect(disk.pending.total).toBe(1);
    expect(disk.operations.operations[0]).toMatchObject({ operation: 'undo_operation', undoes: disk.operations.operations[1]!.id });
    await app.locator('li.op.undone').first().waitFor();
    await expect(app.locator('#card-facts li[data-key="location"]').textContent()).resolves.toMatch(/Calgary/);

    // The host switches to dark: the app follows the host's context, not the OS.
    await page.evaluate(() => (globalThis as any).setHostTheme('dark'));
    await app.locator('html[data-theme="dark"]').waitFor({ state: 'attached' });
    const background = await app.locator('.card.about').evaluate((el) => (globalThis as any).getComputedStyle(el).backgroundColor as string);
    expect(background).toBe('rgb(27, 33, 41)');
    await shot(page, 'mcp-app-dark');

    expect(browser.problems.filter((p) => !/Received ping/.test(p))).toEqual([]);
    await page.close();
    await close();
  }, 120_000);

  it('fits a narrow chat column: nothing wider than the frame; edit-then-accept from the keyboard', async () => {
    const { dir, client, close } = await seeded();
    const page = await host(client, 'light', 360);
    const app = page.frameLocator('iframe');
    const overflow = await app
      .locator('body')
      .evaluate((body) => body.ownerDocument.documentElement.scrollWidth - body.ownerDocument.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, 'mcp-app-narrow');

    await app.getByRole('button', { name: 'Edit then accept location' }).focus();
    await page.keyboard.press('Enter');
    const value = app.getByLabel('Value of location');
    await expect(value.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await value.fill('"Halifax, Nova Scotia"');
    await page.keyboard.press('Enter');
    await app.locator('#inbox-empty').waitFor({ state: 'visible' });
    expect((await onDisk(dir)).location).toMatchObject({ value: 'Halifax, Nova Scotia', source: 'manual' });
    expect(browser.problems).toEqual([]);
    await page.close();
    await close();
  }, 120_000);
});
