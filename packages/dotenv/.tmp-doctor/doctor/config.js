import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ConfigError, emptyConfig, normalizeConfig } from '@keylint/core';
/**
 * The keylint config that applies to a directory: the nearest `keylint.config.json`,
 * `.keylintrc.json`, `.keylintrc` or `keylint` key of a package.json, from the directory upwards.
 * Validation is core's (`normalizeConfig`), so both CLIs accept exactly the same files.
 */
const CONFIG_FILES = ['keylint.config.json', '.keylintrc.json', '.keylintrc'];
async function readIfExists(filePath) {
    try {
        return await readFile(filePath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw new ConfigError(`${filePath}: cannot be read (${String(code ?? error)})`);
    }
}
function parseJson(text, source) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new ConfigError(`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
}
export async function loadKeylintConfig(directory) {
    let current = directory;
    for (;;) {
        for (const name of CONFIG_FILES) {
            const filePath = join(current, name);
            const text = await readIfExists(filePath);
            if (text !== undefined)
                return { config: normalizeConfig(parseJson(text, filePath), filePath), source: filePath };
        }
        const packagePath = join(current, 'package.json');
        const packageText = await readIfExists(packagePath);
        if (packageText !== undefined) {
            const manifest = parseJson(packageText, packagePath);
            if (typeof manifest === 'object' && manifest !== null && 'keylint' in manifest) {
                return { config: normalizeConfig(manifest.keylint, `${packagePath} ("keylint")`), source: packagePath };
            }
        }
        const parent = dirname(current);
        if (parent === current)
            return { config: emptyConfig };
        current = parent;
    }
}
//# sourceMappingURL=config.js.map