import type { Loader } from '@keylint/core';
export interface DoctorArguments {
    readonly directory: string | undefined;
    /** Undefined when not given: the config's `loader`, else dotenv. */
    readonly loader: Loader | undefined;
    readonly mode: string;
    readonly format: 'text' | 'json';
    readonly online: boolean;
    readonly baseUrl: string | undefined;
    readonly timeoutMs: number;
    readonly plain: boolean;
    readonly help: boolean;
}
export declare class DoctorUsageError extends Error {
    readonly name = "DoctorUsageError";
}
export declare const DOCTOR_HELP = "Usage: keylint-env doctor [dir] [options]\n\nWhich API key will my app actually send, and is it any good? Lists every source (the process\nenvironment and the .env files of dir) of each provider variable, the one that wins under the\nloader's precedence and why, its fingerprint (never the key), and what keylint's rules say about it.\n\nOptions:\n  --loader <dotenv|nextjs|vite>  Whose precedence to apply (default: config \"loader\", else dotenv)\n  --mode <mode>                  NODE_ENV for Next.js, --mode for Vite (default: development)\n  --format <text|json>           Output format (default: text)\n  --online                       Also call GET {base}/models with each OpenAI key and explain the answer\n  --base-url <url>               Base URL for --online (default: OPENAI_BASE_URL, else https://api.openai.com/v1)\n  --timeout <ms>                 Timeout of the online request (default: 10000)\n  --plain, --no-color            No colours (also off when NO_COLOR is set or stdout is not a terminal)\n  -h, --help                     Show this help\n\nExit codes: 0 every key found is fine, 1 problems found, 2 usage error.\n";
export declare function parseDoctorArguments(args: readonly string[]): DoctorArguments;
//# sourceMappingURL=arguments.d.ts.map