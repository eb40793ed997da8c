import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, emptyConfig, normalizeConfig } from '@keylint/core';
async function readIfExists(path) {
    try {
        return await readFile(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new ConfigError(`${path}: cannot be read (${error.message})`);
    }
}
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new ConfigError(`${source}: not valid JSON (${error.message})`);
    }
}
/**
 * The keylint config: `--config <path>`, else the nearest `keylint.config.json`,
 * `.keylintrc.json` or `package.json` with a `keylint` key, from the working directory upward.
 */
export async function loadConfig(cwd, explicitPath) {
    if (explicitPath !== undefined) {
        const path = resolve(cwd, explicitPath);
        const text = await readIfExists(path);
        if (text === undefined)
            throw new ConfigError(`${explicitPath}: config file not found`);
        return { config: normalizeConfig(parseJson(text, explicitPath), explicitPath), source: path };
    }
    let directory = resolve(cwd);
    for (;;) {
        for (const name of ['keylint.config.json', '.keylintrc.json']) {
            const path = join(directory, name);
            const text = await readIfExists(path);
            if (text !== undefined)
                return { config: normalizeConfig(parseJson(text, path), path), source: path };
        }
        const packagePath = join(directory, 'package.json');
        const packageText = await readIfExists(packagePath);
        if (packageText !== undefined) {
            const packageJson = parseJson(packageText, packagePath);
            if (packageJson !== null && typeof packageJson === 'object' && 'keylint' in packageJson) {
                return { config: normalizeConfig(packageJson['keylint'], `${packagePath} (keylint)`), source: packagePath };
            }
        }
        const parent = dirname(directory);
        if (parent === directory)
            return { config: emptyConfig };
        directory = parent;
    }
}
//# sourceMappingURL=config.js.map