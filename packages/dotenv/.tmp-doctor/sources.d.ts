import { type EnvDefinitionsFact, type Loader } from '@keylint/core';
import type { DotenvDocument } from './parser/document.js';
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
export declare function envFileRole(fileName: string): {
    role: EnvFileRole;
    mode?: string;
} | undefined;
/**
 * The `.env*` files directly inside a directory, sorted by name: `.env`, `.env.local`,
 * `.env.<mode>`, `.env.<mode>.local` and example/template files. Backups (`*.bak`) and `.envrc`
 * (a shell script for direnv) are not `.env` files. Symbolic links are listed; reading them is the
 * caller's business, so a broken one is reported rather than silently skipped.
 */
export declare function discoverEnvFiles(directory: string): Promise<DiscoveredEnvFile[]>;
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
/** Every definition of every collected name, from the sources the loader reads in this mode, in core's load order. */
export declare function collectEnvDefinitions(options: EnvDefinitionsOptions): EnvDefinitionsFact[];
/**
 * One fact per variable defined in two or more sources (the process environment counts), values
 * as loaded: what the `env-shadowed` rule needs to say which definition wins.
 */
export declare function buildEnvDefinitions(options: EnvDefinitionsOptions): EnvDefinitionsFact[];
//# sourceMappingURL=sources.d.ts.map