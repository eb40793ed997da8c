/** Beyond this, a ".env" file is not a .env file (a log, a dump) and would only slow the run down. */
export declare const MAX_FILE_BYTES: number;
export type ReadResult = {
    readonly ok: true;
    readonly text: string;
} | {
    readonly ok: false;
    readonly reason: string;
};
/** Reads a file as UTF-8 text, or says in a few words why it cannot be checked. */
export declare function readTextFile(path: string): Promise<ReadResult>;
//# sourceMappingURL=read-file.d.ts.map