/**
 * File discovery as dotenv-linter does it: files named on the command line are always checked;
 * a directory contributes the `.env*` / `*.env` entries directly inside it (all levels with
 * `--recursive`, never through symlinked directories); `.envrc` and `*.bak` are never picked up.
 */
export interface DiscoveredFile {
    /** Canonical absolute path. */
    readonly path: string;
    /** Relative to the canonical working directory, as printed (`.env`, `sub/.env`, `../x/.env`). */
    readonly display: string;
}
export interface DiscoveryProblem {
    readonly display: string;
    readonly reason: string;
}
export interface DiscoveryOptions {
    readonly cwd: string;
    readonly paths: readonly string[];
    readonly exclude?: readonly string[];
    readonly recursive?: boolean;
    /** Path fragments from the config's `ignorePatterns`. */
    readonly ignorePatterns?: readonly string[];
}
export declare function isEnvFileName(name: string): boolean;
/** Component by component, byte-wise, as Rust orders `PathBuf`s. */
export declare function comparePaths(left: string, right: string): number;
export declare function discoverFiles(options: DiscoveryOptions): Promise<{
    files: DiscoveredFile[];
    problems: DiscoveryProblem[];
}>;
//# sourceMappingURL=discover.d.ts.map