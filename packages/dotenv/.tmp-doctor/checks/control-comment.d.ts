import { type CheckName } from './names.js';
export interface ControlComment {
    readonly disable: boolean;
    readonly checks: readonly CheckName[];
}
/**
 * `# dotenv-linter:off A, B` / `# dotenv-linter:on A`: the flag must be the first token after
 * the `#`; unknown names are ignored, so trailing prose does no harm.
 */
export declare function parseControlComment(comment: string): ControlComment | undefined;
//# sourceMappingURL=control-comment.d.ts.map