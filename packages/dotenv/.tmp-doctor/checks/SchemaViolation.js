import { defineCheck } from './define-check.js';
import { schemaViolation } from './schema.js';
export default defineCheck({
    name: 'SchemaViolation',
    description: 'A key or value that the `--schema` file does not allow, or a required key that is missing.',
    create({ schema }) {
        const present = new Set();
        let lastLine = 0;
        const checker = (line) => {
            lastLine = line.number;
            if (schema === undefined)
                return undefined;
            const key = line.key;
            if (key === undefined)
                return undefined;
            present.add(key);
            const value = line.value;
            if (value === undefined)
                return undefined;
            const entry = schema.entries.get(key);
            if (entry === undefined)
                return schema.allowOtherKeys ? undefined : `The ${key} key is not defined in the schema`;
            return schemaViolation(key, entry, value);
        };
        checker.finish = () => {
            if (schema === undefined)
                return [];
            // Upstream prints missing keys in hash order; sorting makes the output stable.
            return [...schema.entries]
                .filter(([name, entry]) => entry.required && !present.has(name))
                .map(([name]) => name)
                .sort()
                .map((name) => ({ line: lastLine, message: `The ${name} key is required` }));
        };
        return checker;
    },
});
//# sourceMappingURL=SchemaViolation.js.map