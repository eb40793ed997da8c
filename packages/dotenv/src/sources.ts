import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { envFileLoadOrder, PROCESS_ENV_SOURCE, type EnvDefinition, type EnvDefinitionsFact, type Loader } from '@keylint/core';
import type { DotenvDocument } from './parser/document.js';
import { isTemplateEnvFile } from './env-file-kind.js';

/**
 * Where the variables of one directory come from: its `.env*` files and the process environment.
 * Which source wins is core's decision (`envFileLoadOrder`, `resolveEnvWinner`); this file only
 * finds the files and lists every definition with the value the loader would load.
 */

/** How a loader treats a file, read from its name: `.env`, `.env.local`, `.env.<mode>`, `.env.<mode>.local`. */
export type EnvFileRole = 'base' | 'local' | 'mode' | 'mode-local' | 'template' | 'other';

export interface DiscoveredEnvFile {
  readonly filePath: string;
  /** The base name (`.env.development.local`), which is also the `source` of its definitions. */
  readonly fileName: string;
  readonly role: EnvFileRole;
  /** The mode a `mode` or `mode-local` file belongs to (`development`). */
  readonly mode?: string;
}

/** The role a file name gives a file; undefined for names that are not `.env` files at all. */
export function envFileRole(fileName: string): { role: EnvFileRole; mode?: string } | undefined {
  if (fileName === '.env') return { role: 'base' };
  if (!fileName.startsWith('.env.') || fileName.endsWith('.bak') || fileName.length === '.env.'.length) return undefined;
  if (isTemplateEnvFile(fileName)) return { role: 'template' };
  const parts = fileName.slice('.env.'.length).split('.');
  if (parts.length === 1 && parts[0] === 'local') return { role: 'local' };
  const [mode, suffix] = parts;
  if (mode === undefined || mode.length === 0) return { role: 'other' };
  if (parts.length === 1) return { role: 'mode', mode };
  if (parts.length === 2 && suffix === 'local') return { role: 'mode-local', mode };
  return { role: 'other' };
}

/**
 * The `.env*` files directly inside a directory, sorted by name: `.env`, `.env.local`,
 * `.env.<mode>`, `.env.<mode>.local` and example/template files. Backups (`*.bak`) and `.envrc`
 * (a shell script for direnv) are not `.env` files. Symbolic links are listed; reading them is the
 * caller's business, so a broken one is reported rather than silently skipped.
 */
export async function discoverEnvFiles(directory: string): Promise<DiscoveredEnvFile[]> {
  const entries = await readdir(directory, { withFileTypes: true });
  const files: DiscoveredEnvFile[] = [];
  for (const entry of entries) {
    // Special files (a FIFO named .env) are listed too: the reader says why they are not read, rather than dropping them silently.
    if (entry.isDirectory()) continue;
    const role = envFileRole(entry.name);
    if (role === undefined) continue;
    files.push({ filePath: join(directory, entry.name), fileName: entry.name, ...role });
  }
  return files.sort((left, right) => (left.fileName < right.fileName ? -1 : left.fileName > right.fileName ? 1 : 0));
}

export interface LoadedEnvFile {
  readonly filePath: string;
  readonly document: DotenvDocument;
}

export interface EnvDefinitionsOptions {
  readonly files: readonly LoadedEnvFile[];
  readonly processEnv: Readonly<Record<string, string | undefined>>;
  readonly loader: Loader;
  /** NODE_ENV for Next.js, `--mode` for Vite; `development` when not given. */
  readonly mode?: string;
  /**
   * Names to collect even when no file defines them (a key exported only in the shell). Without
   * it, only names some loaded file defines are collected, so the hundreds of unrelated process
   * variables never become facts.
   */
  readonly names?: Iterable<string>;
}

function baseName(filePath: string): string {
  return filePath.split(/[\\/]/).pop() ?? filePath;
}

/** Every definition of every collected name, from the sources the loader reads in this mode, in core's load order. */
export function collectEnvDefinitions(options: EnvDefinitionsOptions): EnvDefinitionsFact[] {
  const mode = options.mode ?? 'development';
  const loadOrder = envFileLoadOrder(options.loader, mode);
  const loaded = options.files
    .map((file) => ({ file, rank: loadOrder.indexOf(baseName(file.filePath)) }))
    .filter(({ rank }) => rank !== -1)
    .sort((left, right) => left.rank - right.rank)
    .map(({ file }) => file);
  const definitions = new Map<string, EnvDefinition[]>();
  const add = (name: string, definition: EnvDefinition): void => {
    const list = definitions.get(name);
    if (list === undefined) definitions.set(name, [definition]);
    else list.push(definition);
  };
  const fileDefinitions: [string, EnvDefinition][] = [];
  for (const file of loaded) {
    // Within one file the last assignment is the one dotenv loads.
    const lastByName = new Map<string, EnvDefinition>();
    for (const entry of file.document.entries) {
      lastByName.set(entry.key, { source: baseName(file.filePath), value: entry.value, filePath: file.filePath, line: entry.line });
    }
    for (const definition of lastByName.entries()) fileDefinitions.push(definition);
  }
  const names = new Set<string>([...fileDefinitions.map(([name]) => name), ...(options.names ?? [])]);
  for (const name of names) {
    // process.env inherits from Object.prototype: `constructor` in a .env file is no process variable.
    const value = Object.hasOwn(options.processEnv, name) ? options.processEnv[name] : undefined;
    if (value !== undefined) add(name, { source: PROCESS_ENV_SOURCE, value });
  }
  for (const [name, definition] of fileDefinitions) add(name, definition);
  return [...definitions.entries()].map(([name, list]) => {
    const firstFile = list.find((definition) => definition.filePath !== undefined)?.filePath;
    return {
      kind: 'env-definitions',
      name,
      loader: options.loader,
      mode,
      definitions: list,
      origin: firstFile === undefined ? { medium: 'process-env' } : { medium: 'env', filePath: firstFile },
    };
  });
}

/**
 * One fact per variable defined in two or more sources (the process environment counts), values
 * as loaded: what the `env-shadowed` rule needs to say which definition wins.
 */
export function buildEnvDefinitions(options: EnvDefinitionsOptions): EnvDefinitionsFact[] {
  return collectEnvDefinitions(options).filter((fact) => fact.definitions.length >= 2);
}
