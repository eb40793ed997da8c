/** The few styles dotenv-linter's output uses (the Rust `colored` crate's codes). */
export interface Style {
    italic(text: string): string;
    redBold(text: string): string;
    greenBold(text: string): string;
    yellowBold(text: string): string;
}
export declare function createStyle(color: boolean): Style;
/** Colours only on a terminal, never with NO_COLOR or --plain; FORCE_COLOR/CLICOLOR_FORCE turn them on. */
export declare function wantsColor(options: {
    plain: boolean;
    stdoutIsTTY: boolean;
    env: Record<string, string | undefined>;
}): boolean;
//# sourceMappingURL=style.d.ts.map