export class SchemaError extends Error {
    name = 'SchemaError';
}
const TYPES = new Set(['String', 'Integer', 'Float', 'Boolean', 'Url', 'Email']);
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `line ${line} column ${column}`;
}
/**
 * JSON.parse keeps the last of two equal keys without a word; upstream refuses a schema whose
 * `entries` names a key twice, so find that case by scanning the object's members.
 */
function findDuplicateEntry(text) {
    const entriesAt = /"entries"\s*:\s*\{/.exec(text);
    if (entriesAt === null)
        return undefined;
    let index = entriesAt.index + entriesAt[0].length;
    let depth = 1;
    const seen = new Set();
    let expectKey = true;
    while (index < text.length && depth > 0) {
        const character = text[index];
        if (character === '"') {
            const start = index;
            index += 1;
            while (index < text.length && text[index] !== '"')
                index += text[index] === '\\' ? 2 : 1;
            const literal = text.slice(start, index + 1);
            index += 1;
            if (depth === 1 && expectKey) {
                let name;
                try {
                    name = JSON.parse(literal);
                }
                catch {
                    return undefined;
                }
                if (seen.has(name))
                    return `invalid entry: found duplicate key at ${lineAndColumn(text, index)}`;
                seen.add(name);
                expectKey = false;
            }
            continue;
        }
        if (character === '{' || character === '[')
            depth += 1;
        else if (character === '}' || character === ']')
            depth -= 1;
        else if (character === ',' && depth === 1)
            expectKey = true;
        index += 1;
    }
    return undefined;
}
export function parseSchema(text) {
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new SchemaError(error.message);
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new SchemaError('invalid type: expected struct DotEnvSchema');
    const record = raw;
    if (typeof record['version'] !== 'string')
        throw new SchemaError(record['version'] === undefined ? 'missing field `version`' : 'invalid type: `version` must be a string');
    const duplicate = findDuplicateEntry(text);
    if (duplicate !== undefined)
        throw new SchemaError(duplicate);
    const allowOtherKeys = record['allow_other_keys'] ?? false;
    if (typeof allowOtherKeys !== 'boolean')
        throw new SchemaError('invalid type: `allow_other_keys` must be a boolean');
    const rawEntries = record['entries'] ?? {};
    if (typeof rawEntries !== 'object' || rawEntries === null || Array.isArray(rawEntries))
        throw new SchemaError('invalid type: `entries` must be a map');
    const entries = new Map();
    for (const [name, value] of Object.entries(rawEntries)) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            throw new SchemaError(`invalid entry ${name}: expected an object`);
        const entry = value;
        const type = entry['type'] ?? 'String';
        if (typeof type !== 'string' || !TYPES.has(type))
            throw new SchemaError(`unknown variant \`${String(type)}\`, expected one of \`String\`, \`Integer\`, \`Float\`, \`Boolean\`, \`Url\`, \`Email\``);
        const required = entry['required'] ?? false;
        if (typeof required !== 'boolean')
            throw new SchemaError(`invalid entry ${name}: \`required\` must be a boolean`);
        let regex;
        if (entry['regex'] !== undefined && entry['regex'] !== null) {
            if (typeof entry['regex'] !== 'string')
                throw new SchemaError(`invalid entry ${name}: \`regex\` must be a string`);
            try {
                regex = new RegExp(entry['regex'], 'u');
            }
            catch (error) {
                throw new SchemaError(`invalid regex for ${name}: ${error.message}`);
            }
        }
        entries.set(name, { type: type, required, ...(regex === undefined ? {} : { regex }) });
    }
    return { version: record['version'], allowOtherKeys, entries };
}
const BOOLEAN_WORDS = new Set(['true', 'false', 'TRUE', 'FALSE', 'yes', 'no', 'YES', 'NO', '1', '0']);
function isInteger(value) {
    if (!/^[+-]?\d+$/.test(value))
        return false;
    const number = Number(value);
    return number >= -2147483648 && number <= 2147483647;
}
function isFloat(value) {
    return /^[+-]?(?:inf|infinity|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/i.test(value);
}
function isUrl(value) {
    try {
        new URL(value);
        return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value);
    }
    catch {
        return false;
    }
}
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/** The message for a raw value that breaks its entry, undefined when it is fine. */
export function schemaViolation(key, entry, value) {
    switch (entry.type) {
        case 'String':
            return entry.regex !== undefined && !entry.regex.test(value) ? `The ${key} key does not match the regex` : undefined;
        case 'Integer':
            return isInteger(value) ? undefined : `The ${key} key is not an integer`;
        case 'Float':
            return isFloat(value) ? undefined : `The ${key} key is not a valid float`;
        case 'Boolean':
            return BOOLEAN_WORDS.has(value) ? undefined : `The ${key} key is not a valid boolean`;
        case 'Url':
            return isUrl(value) ? undefined : `The ${key} key is not a valid URL`;
        case 'Email':
            return EMAIL.test(value) && value.length <= 254 ? undefined : `The ${key} key is not a valid email address`;
    }
}
//# sourceMappingURL=schema.js.map