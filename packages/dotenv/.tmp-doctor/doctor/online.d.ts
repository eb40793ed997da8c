/**
 * The one network call keylint makes: `GET {base}/models` with the key, to tell a working key
 * from a revoked one. Nothing here decides what the answer means (see explain-online.ts); this
 * file only makes the request safely and reports what happened, with every secret scrubbed.
 */
export declare const DEFAULT_TIMEOUT_MS = 10000;
export interface OnlineRequest {
    readonly baseUrl: string;
    /** The key exactly as it will be sent (already trimmed the way the SDK trims env values). */
    readonly key: string;
    readonly organization?: string;
    readonly project?: string;
    readonly timeoutMs: number;
    /** Injected in tests that need a failure no local server can produce (DNS, TLS). */
    readonly fetch?: typeof fetch;
}
/** The answer of the API, as far as keylint understands it. */
export interface ApiError {
    readonly code?: string;
    readonly type?: string;
    /** Already scrubbed of the key. */
    readonly message?: string;
}
export type NetworkFailure = 'dns' | 'tls' | 'refused' | 'reset' | 'timeout' | 'other';
export type OnlineOutcome = {
    readonly kind: 'response';
    readonly url: string;
    readonly status: number;
    readonly modelCount?: number;
    readonly error?: ApiError;
} | {
    readonly kind: 'redirect';
    readonly url: string;
    readonly status: number;
    readonly location?: string;
} | {
    readonly kind: 'network';
    readonly url: string;
    readonly failure: NetworkFailure;
    readonly code?: string;
    readonly detail: string;
} | {
    readonly kind: 'refused-url';
    readonly url: string;
    readonly reason: string;
} | {
    readonly kind: 'unsendable';
    readonly url: string;
    readonly header: string;
    readonly reason: string;
};
/** Hosts where plain http cannot leave the machine, so a key may go there unencrypted (local test servers). */
export declare function isLoopbackHost(hostname: string): boolean;
/**
 * The models URL for a base URL, or why a key must not be sent there: only https, or http to the
 * loopback interface, and never credentials or a query in the URL itself.
 */
export declare function modelsUrlFor(baseUrl: string): {
    readonly url: string;
} | {
    readonly refused: string;
};
/** `GET {base}/models` with the key; never follows a redirect, never lets the key into what it returns. */
export declare function checkKeyOnline(request: OnlineRequest): Promise<OnlineOutcome>;
//# sourceMappingURL=online.d.ts.map