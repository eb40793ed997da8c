import { type DiagnosedVariable, type Diagnosis } from './diagnose.js';
import { type OnlineExplanation } from './explain-online.js';
/**
 * Which keys `--online` sends where, and what each answer means given what the offline pass found.
 * Only OpenAI keys (or keys bound for an OpenAI-compatible base URL through OPENAI_API_KEY) are sent:
 * `GET /models` is the OpenAI API's cheapest authenticated call.
 */
export interface OnlineTarget {
    readonly variable: DiagnosedVariable;
    /** Trimmed as openai-node trims env values (`readEnv`), so the request tests the key itself. */
    readonly key: string;
    readonly trimmed: boolean;
    readonly baseUrl: string;
    readonly baseUrlFrom: string;
    readonly organization?: {
        readonly name: string;
        readonly value: string;
    };
    readonly project?: {
        readonly name: string;
        readonly value: string;
    };
}
export interface OnlineResult {
    readonly target: OnlineTarget;
    readonly url: string;
    readonly explanation: OnlineExplanation;
    readonly refused: boolean;
}
export declare function onlineTargets(diagnosis: Diagnosis, baseUrlOverride: string | undefined): {
    targets: OnlineTarget[];
    skipped: {
        name: string;
        reason: string;
    }[];
};
export declare function runOnline(target: OnlineTarget, timeoutMs: number, fetchFunction?: typeof fetch): Promise<OnlineResult>;
//# sourceMappingURL=run-online.d.ts.map