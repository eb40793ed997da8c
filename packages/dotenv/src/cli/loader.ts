import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Loader } from '@keylint/core';

/**
 * Which loader reads a directory's `.env*` files when the config does not say: the nearest
 * package.json that depends on Next.js or Vite decides; plain dotenv otherwise.
 */
export async function detectLoader(directory: string): Promise<Loader> {
  let current = directory;
  for (;;) {
    try {
      const manifest = JSON.parse(await readFile(join(current, 'package.json'), 'utf8')) as Record<string, unknown>;
      const dependencies = { ...(manifest['dependencies'] as object | undefined), ...(manifest['devDependencies'] as object | undefined) };
      if ('next' in dependencies) return 'nextjs';
      if ('vite' in dependencies) return 'vite';
      return 'dotenv';
    } catch {
      // No (readable) package.json here: keep looking upward.
    }
    const parent = dirname(current);
    if (parent === current) return 'dotenv';
    current = parent;
  }
}
