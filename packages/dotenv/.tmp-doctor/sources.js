import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { envFileLoadOrder, PROCESS_ENV_SOURCE } from '@keylint/core';
import { mediumForEnvFile } from './parser/facts.js';
/** The role a file name gives a file; undefined for names that are not `.env` files at all. */
export function envFileRole(fileName) {
    if (fileName === '.env')
        return { role: 'base' };
    if (!fileName.startsWith('.env.') || fileName.endsWith('.bak') || fileName.length === '.env.'.length)
        return undefined;
    if (mediumForEnvFile(fileName) === 'env-template')
        return { role: 'template' };
    const parts = fileName.slice('.env.'.length).split('.');
    if (parts.length === 1 && parts[0] === 'local')
        return { role: 'local' };
    const [mode, suffix] = parts;
    if (mode === undefined || mode.length === 0)
        return { role: 'other' };
    if (parts.length === 1)
        return { role: 'mode', mode };
    if (parts.length === 2 && suffix === 'local')
        return { role: 'mode-local', mode };
    return { role: 'other' };
}
/**
 * The `.env*` files directly inside a directory, sorted by name: `.env`, `.env.local`,
 * `.env.<mode>`, `.env.<mode>.local` and example/template files. Backups (`*.bak`) and `.envrc`
 * (a shell script for direnv) are not `.env` files. Symbolic links are listed; reading them is the
 * caller's business, so a broken one is reported rather than silently skipped.
 */
export async function discoverEnvFiles(directory) {
    const entries = await readdir(directory, { withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        if (!entry.isFile() && !entry.isSymbolicLink())
            continue;
        const role = envFileRole(entry.name);
        if (role === undefined)
            continue;
        files.push({ filePath: join(directory, entry.name), fileName: entry.name, ...role });
    }
    return files.sort((left, right) => (left.fileName < right.fileName ? -1 : left.fileName > right.fileName ? 1 : 0));
}
function baseName(filePath) {
    return filePath.split(/[\\/]/).pop() ?? filePath;
}
/** Every definition of every collected name, from the sources the loader reads in this mode, in core's load order. */
export function collectEnvDefinitions(options) {
    const mode = options.mode ?? 'development';
    const loadOrder = envFileLoadOrder(options.loader, mode);
    const loaded = options.files
        .map((file) => ({ file, rank: loadOrder.indexOf(baseName(file.filePath)) }))
        .filter(({ rank }) => rank !== -1)
        .sort((left, right) => left.rank - right.rank)
        .map(({ file }) => file);
    const definitions = new Map();
    const add = (name, definition) => {
        const list = definitions.get(name);
        if (list === undefined)
            definitions.set(name, [definition]);
        else
            list.push(definition);
    };
    const fileDefinitions = [];
    for (const file of loaded) {
        // Within one file the last assignment is the one dotenv loads.
        const lastByName = new Map();
        for (const entry of file.document.entries) {
            lastByName.set(entry.key, { source: baseName(file.filePath), value: entry.value, filePath: file.filePath, line: entry.line });
        }
        fileDefinitions.push(...lastByName.entries());
    }
    const names = new Set([...fileDefinitions.map(([name]) => name), ...(options.names ?? [])]);
    for (const name of names) {
        const value = options.processEnv[name];
        if (value !== undefined)
            add(name, { source: PROCESS_ENV_SOURCE, value });
    }
    for (const [name, definition] of fileDefinitions)
        add(name, definition);
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
export function buildEnvDefinitions(options) {
    return collectEnvDefinitions(options).filter((fact) => fact.definitions.length >= 2);
}
//# sourceMappingURL=sources.js.map