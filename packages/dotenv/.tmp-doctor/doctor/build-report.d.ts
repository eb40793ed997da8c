import { type Loader } from '@keylint/core';
import { type Diagnosis } from './diagnose.js';
import type { ReadEnvFile } from './read-env-files.js';
import { type DoctorReport } from './report.js';
import type { OnlineResult } from './run-online.js';
/** Turns the diagnosis (which holds values) into the report (which holds fingerprints only). */
export interface ReportInput {
    readonly directory: string;
    readonly loader: Loader;
    readonly mode: string;
    readonly online: boolean;
    readonly files: readonly ReadEnvFile[];
    readonly loadOrder: readonly string[];
    readonly diagnosis: Diagnosis;
    readonly onlineResults: readonly OnlineResult[];
    /** Variables `--online` did not send, with why. */
    readonly onlineSkipped: readonly {
        readonly name: string;
        readonly reason: string;
    }[];
}
export declare function buildReport(input: ReportInput): DoctorReport;
//# sourceMappingURL=build-report.d.ts.map