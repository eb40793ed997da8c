import { type KeylintConfig } from '@keylint/core';
export declare function loadKeylintConfig(directory: string): Promise<{
    config: KeylintConfig;
    source?: string;
}>;
//# sourceMappingURL=config.d.ts.map