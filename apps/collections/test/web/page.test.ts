import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fakeKey } from '@keylint/core/testing';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The page is built by this package's `build` task, which turbo runs before `test`.
const distDirectory = fileURLToPath(new URL('../../dist/', import.meta.url));
const chromiumPath = process.env['KEYLINT_CHROMIUM'] ?? '/usr/bin/chromium';
const CONTENT_TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

let server: Server;
let origin: string;
let browser: Browser;

function serveDist(): Promise<Server> {
  const instance = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(distDirectory, path.endsWith('/') ? `${path}index.html` : path);
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  return new Promise((resolve) => instance.listen(0, '127.0.0.1', () => resolve(instance)));
}

beforeAll(async () => {
  if (!existsSync(join(distDirectory, 'index.html'))) {
    throw new Error(`${distDirectory}index.html is missing: run \`pnpm --filter @keylint/collections build\` first (turbo does it before test)`);
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install Debian's chromium package or set KEYLINT_CHROMIUM to a Chromium binary`);
  }
  server = await serveDist();
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server === undefined ? resolve(undefined) : server.close(resolve)));
});

/** Opens the page and records every request it makes, to prove nothing leaves it. */
async function openPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${origin}/index.html`);
  return { page, requests, errors };
}

async function findingTexts(page: Page): Promise<string[]> {
  return page.locator('[data-testid="finding"]').allTextContents();
}

describe('the static page', () => {
  it('checks a pasted curl command in the browser, shows rule ids with links, and never shows the key', async () => {
    const key = fakeKey('openai-project', 'page');
    const command = [
      'curl -k https://api.openai.com/v1/chat/completions \\',
      `  -H "Authorization: Bearer ${key}" \\ `,
      "  -H 'OpenAI-Project: $PROJECT' \\",
      '  -d \'{"model": "gpt-4o-mini", "messages": []}\'',
    ].join('\n');
    const { page, requests, errors } = await openPage();
    await page.locator('[data-testid="input"]').fill(command);
    await page.locator('[data-testid="run"]').click();
    await page.locator('[data-testid="finding"]').first().waitFor();
    const texts = await findingTexts(page);
    for (const ruleId of ['curl-insecure', 'curl-broken-continuation', 'curl-unexpanded-variable', 'header-missing-required']) {
      expect(texts.some((text) => text.includes(ruleId)), `${ruleId} in ${JSON.stringify(texts)}`).toBe(true);
    }
    const link = page.locator('[data-testid="finding"] a.rule', { hasText: 'curl-insecure' }).first();
    expect(await link.getAttribute('href')).toMatch(/apps\/collections\/docs\/rules\/curl-insecure\.md$/);
    const html = await page.content();
    expect(html).not.toContain(key);
    expect(html).not.toContain(key.slice(8, 40));
    expect(await page.locator('[data-testid="results"]').innerText()).not.toContain(key.slice(-20));
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/index.html`))).toEqual([]);
    await page.close();
  });

  it('reads a pasted cmd.exe command with its own quoting rules', async () => {
    const { page, errors } = await openPage();
    await page.locator('[data-testid="input"]').fill('curl https://api.openai.com/v1/models ^\n  -H "Authorization: Bearer $OPENAI_API_KEY"');
    await page.locator('[data-testid="run"]').click();
    await page.locator('[data-testid="finding"]').first().waitFor();
    const texts = await findingTexts(page);
    expect(texts.some((text) => text.includes('curl-unexpanded-variable') && text.includes('%OPENAI_API_KEY%'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when a command is clean', async () => {
    const { page } = await openPage();
    await page.locator('[data-testid="input"]').fill('curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"');
    await page.locator('[data-testid="run"]').click();
    await page.locator('[data-testid="summary"]').waitFor();
    expect(await page.locator('[data-testid="summary"]').innerText()).toBe('No problems found.');
    expect(await page.locator('[data-testid="finding"]').count()).toBe(0);
    await page.close();
  });

  it('checks a pasted Postman collection with a hard-coded key and never shows the key', async () => {
    const key = fakeKey('openai-project', 'collection');
    const collection = {
      info: { name: 'OpenAI', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [
        {
          name: 'Models',
          request: {
            method: 'GET',
            header: [{ key: 'Authorization', value: key }],
            url: { raw: 'https://api.openai.com/v1/models', protocol: 'https', host: ['api', 'openai', 'com'], path: ['v1', 'models'] },
          },
        },
      ],
    };
    const { page, requests, errors } = await openPage();
    await page.locator('[data-testid="input"]').fill(JSON.stringify(collection, null, 2));
    await page.locator('[data-testid="run"]').click();
    await page.locator('[data-testid="finding"]').first().waitFor();
    const texts = await findingTexts(page);
    expect(texts.some((text) => text.includes('header-auth-scheme')), JSON.stringify(texts)).toBe(true);
    expect(await page.content()).not.toContain(key);
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(`${origin}/index.html`))).toEqual([]);
    await page.close();
  });

  it('checks chosen files: a script and a collection with its environment', async () => {
    const key = fakeKey('openai-project', 'environment');
    const environment = { name: 'dev', values: [{ key: 'OPENAI_API_KEY', value: key, enabled: true }], _postman_variable_scope: 'environment' };
    const collection = {
      info: { name: 'OpenAI', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: [{ name: 'Models', request: { method: 'GET', header: [{ key: 'Authorization', value: 'Bearer {{OPENAI_API_KEY}}' }], url: 'https://api.openai.com/v1/models' } }],
    };
    const { page, errors } = await openPage();
    await page.locator('[data-testid="file"]').setInputFiles([
      { name: 'call.ps1', mimeType: 'text/plain', buffer: Buffer.from('curl.exe https://api.openai.com/v1/models -H "Authorization: Bearer %OPENAI_API_KEY%"\n') },
      { name: 'api.postman_collection.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(collection)) },
      { name: 'dev.postman_environment.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(environment)) },
    ]);
    await page.locator('[data-testid="finding"]').first().waitFor();
    const headings = await page.locator('#results h2').allTextContents();
    expect(headings).toEqual(expect.arrayContaining([expect.stringContaining('call.ps1'), expect.stringContaining('api.postman_collection.json'), expect.stringContaining('dev.postman_environment.json')]));
    const texts = await findingTexts(page);
    expect(texts.some((text) => text.includes('curl-unexpanded-variable'))).toBe(true);
    expect(await page.content()).not.toContain(key);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a chosen file over the size limit without reading it, and redacts a key in a file name', async () => {
    const key = fakeKey('openai-project', 'page-file-name');
    const { page, errors } = await openPage();
    await page.locator('[data-testid="file"]').setInputFiles([
      { name: 'huge.postman_collection.json', mimeType: 'application/json', buffer: Buffer.alloc(20 * 1024 * 1024 + 1, 0x20) },
      { name: `${key}.sh`, mimeType: 'text/plain', buffer: Buffer.from('curl -k https://api.openai.com/v1/models\n') },
    ]);
    await page.locator('[data-testid="finding"]').first().waitFor();
    const headings = await page.locator('#results h2').allTextContents();
    expect(headings).toEqual([expect.stringContaining('huge.postman_collection.json'), expect.stringMatching(/^sk-proj-….*\.sh/)]);
    expect(await page.locator('[data-testid="fatal"]').allTextContents()).toEqual([expect.stringContaining('huge.postman_collection.json: larger than 20 MiB; not checked')]);
    expect(await page.content()).not.toContain(key);
    expect(errors).toEqual([]);
    await page.close();
  });
});
