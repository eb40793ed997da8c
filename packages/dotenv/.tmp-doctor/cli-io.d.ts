/**
 * Everything a command needs from the outside world, passed in so that tests can run commands
 * in-process with captured output and a fake environment.
 */
export interface CommandIo {
    stdout(text: string): void;
    stderr(text: string): void;
    readonly cwd: string;
    readonly env: Record<string, string | undefined>;
    readonly stdoutIsTTY: boolean;
    stdin(): Promise<string>;
}
//# sourceMappingURL=cli-io.d.ts.map