/**
 * dotenv-linter's `--schema` file: which keys may appear, which are required, and what their raw
 * values must look like. Loading errors are reported as `Error loading schema: …` like upstream.
 */
export type SchemaType = 'String' | 'Integer' | 'Float' | 'Boolean' | 'Url' | 'Email';
export interface SchemaEntry {
    readonly type: SchemaType;
    readonly required: boolean;
    readonly regex?: RegExp;
}
export interface DotenvSchema {
    readonly version: string;
    readonly allowOtherKeys: boolean;
    readonly entries: ReadonlyMap<string, SchemaEntry>;
}
export declare class SchemaError extends Error {
    readonly name = "SchemaError";
}
export declare function parseSchema(text: string): DotenvSchema;
/** The message for a raw value that breaks its entry, undefined when it is fine. */
export declare function schemaViolation(key: string, entry: SchemaEntry, value: string): string | undefined;
//# sourceMappingURL=schema.d.ts.map