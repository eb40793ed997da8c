import type { OnlineOutcome } from './online.js';
/**
 * Turns the API's answer into one or two lines a developer can act on. The error bodies and
 * their causes come from shared/reference/openai.md §2; the local evidence (findings on the key,
 * an exported variable shadowing the files, an organization header) picks the likeliest cause of
 * a 401 among the ones OpenAI's help centre lists.
 */
export type OnlineVerdict = 'works' | 'invalid-key' | 'no-key' | 'mismatched-organization' | 'unauthorized' | 'region' | 'forbidden' | 'insufficient-quota' | 'rate-limit' | 'not-found' | 'server-error' | 'unexpected-response' | 'redirect' | 'dns' | 'tls' | 'connection-refused' | 'connection-reset' | 'timeout' | 'network-error' | 'refused-url' | 'not-sent';
export interface OnlineEvidence {
    /** The variable whose key was sent. */
    readonly variable: string;
    /** Messages of the findings on the key itself (whitespace, quotes, placeholder, format…), already redacted. */
    readonly keyProblems: readonly string[];
    /** Set when the winning definition is an exported variable that beats a different value in these files. */
    readonly shadowedFiles?: readonly string[];
    /** The organization variable when an `OpenAI-Organization` header was sent. */
    readonly organizationVariable?: string;
    readonly timeoutMs: number;
}
export interface OnlineExplanation {
    readonly verdict: OnlineVerdict;
    /** True only when the key was accepted and the answer looks like an OpenAI-compatible API. */
    readonly ok: boolean;
    /** HTTP status, when there was an answer. */
    readonly status?: number;
    readonly code?: string;
    readonly modelCount?: number;
    /** One or two lines: what happened, then what to do. */
    readonly lines: readonly string[];
}
export declare function explainOnline(outcome: OnlineOutcome, evidence: OnlineEvidence): OnlineExplanation;
//# sourceMappingURL=explain-online.d.ts.map