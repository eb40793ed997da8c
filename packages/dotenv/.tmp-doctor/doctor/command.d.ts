import type { CommandIo } from '../cli-io.js';
/**
 * `keylint-env doctor [dir]`: which key will the app actually send, and is it any good?
 * Exit 0 when every key found is fine, 1 when there are problems, 2 on usage errors (including
 * an --online base URL the key must not be sent to).
 */
export interface DoctorDependencies {
    /** Replaces global fetch for --online (tests of failures a local server cannot produce). */
    readonly fetch?: typeof fetch;
}
export declare function runDoctorCommand(args: string[], io: CommandIo, dependencies?: DoctorDependencies): Promise<number>;
//# sourceMappingURL=command.d.ts.map