/** Copies the original next to it as `<name>_<unix-seconds>.bak`, never overwriting an older backup. */
export declare function backupFile(path: string, now?: Date): Promise<string>;
/** Writes through a temporary file in the same directory and renames it over the original, keeping its mode. */
export declare function writeFileAtomic(path: string, text: string): Promise<void>;
//# sourceMappingURL=write.d.ts.map