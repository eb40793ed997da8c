import { type KeylintConfig } from '@keylint/core';
export interface LoadedConfig {
    readonly config: KeylintConfig;
    /** Where it came from, for messages; undefined when no file was found. */
    readonly source?: string;
}
/**
 * The keylint config: `--config <path>`, else the nearest `keylint.config.json`,
 * `.keylintrc.json` or `package.json` with a `keylint` key, from the working directory upward.
 */
export declare function loadConfig(cwd: string, explicitPath?: string): Promise<LoadedConfig>;
//# sourceMappingURL=config.d.ts.map