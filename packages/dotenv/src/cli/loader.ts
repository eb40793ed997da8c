import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Loader } from '@keylint/core';

/** What one directory's package.json says, or undefined when it has none (or none that can be read). */
async function manifestLoader(directory: string): Promise<Loader | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as Record<string, unknown>;
    const dependencies = { ...(manifest['dependencies'] as object | undefined), ...(manifest['devDependencies'] as object | undefined) };
    if ('next' in dependencies) return 'nextjs';
    if ('vite' in dependencies) return 'vite';
    return 'dotenv';
  } catch {
    // No (readable) package.json here: keep looking upward.
    return undefined;
  }
}

/** Answers of `manifestLoader` by directory, for one run: sibling directories share their parents. */
export type LoaderCache = Map<string, Promise<Loader | undefined>>;

/**
 * Which loader reads a directory's `.env*` files when the config does not say: the nearest
 * package.json that depends on Next.js or Vite decides; plain dotenv otherwise.
 */
export async function detectLoader(directory: string, cache: LoaderCache = new Map()): Promise<Loader> {
  let current = directory;
  for (;;) {
    let answer = cache.get(current);
    if (answer === undefined) {
      answer = manifestLoader(current);
      cache.set(current, answer);
    }
    const loader = await answer;
    if (loader !== undefined) return loader;
    const parent = dirname(current);
    if (parent === current) return 'dotenv';
    current = parent;
  }
}
