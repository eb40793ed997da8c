import type { DotenvDocument } from '../parser/document.js';
import { type DiscoveredEnvFile } from '../sources.js';
export type ReadEnvFile = DiscoveredEnvFile & ({
    readonly document: DotenvDocument;
} | {
    readonly error: string;
});
/**
 * The `.env` files of a directory that a loader could read (templates document variables, they are
 * never loaded), parsed; a file that cannot be read carries a one-line reason instead.
 */
export declare function readEnvFiles(directory: string): Promise<ReadEnvFile[]>;
//# sourceMappingURL=read-env-files.d.ts.map