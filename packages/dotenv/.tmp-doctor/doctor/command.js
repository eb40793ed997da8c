import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, envFileLoadOrder, redactSecretsInText } from '@keylint/core';
import { DOCTOR_HELP, DoctorUsageError, parseDoctorArguments } from './arguments.js';
import { buildReport } from './build-report.js';
import { loadKeylintConfig } from './config.js';
import { diagnose } from './diagnose.js';
import { modelsUrlFor } from './online.js';
import { readEnvFiles } from './read-env-files.js';
import { renderDoctorText } from './render-text.js';
import { onlineTargets, runOnline } from './run-online.js';
const PREFIX = 'keylint-env doctor';
function usageError(io, message) {
    io.stderr(`${PREFIX}: ${message}\nRun "keylint-env doctor --help" for usage.\n`);
    return 2;
}
async function isDirectory(path) {
    try {
        const info = await stat(path);
        return info.isDirectory() ? { ok: true } : { ok: false, reason: 'is not a directory (doctor reads the .env files of a directory)' };
    }
    catch (error) {
        const code = error.code;
        return { ok: false, reason: code === 'ENOENT' ? 'does not exist' : code === 'EACCES' ? 'permission denied' : String(code ?? error) };
    }
}
export async function runDoctorCommand(args, io, dependencies = {}) {
    let parsed;
    try {
        parsed = parseDoctorArguments(args);
    }
    catch (error) {
        if (error instanceof DoctorUsageError)
            return usageError(io, error.message);
        throw error;
    }
    if (parsed.help) {
        io.stdout(DOCTOR_HELP);
        return 0;
    }
    if (parsed.baseUrl !== undefined) {
        const target = modelsUrlFor(parsed.baseUrl);
        if ('refused' in target)
            return usageError(io, `--base-url: ${target.refused}`);
    }
    const directory = resolve(io.cwd, parsed.directory ?? '.');
    const directoryCheck = await isDirectory(directory);
    if (!directoryCheck.ok)
        return usageError(io, `${directory} ${directoryCheck.reason}`);
    let config;
    try {
        config = (await loadKeylintConfig(directory)).config;
    }
    catch (error) {
        if (error instanceof ConfigError)
            return usageError(io, error.message);
        throw error;
    }
    const loader = parsed.loader ?? config.loader ?? 'dotenv';
    const mode = parsed.mode;
    let files;
    try {
        files = await readEnvFiles(directory);
    }
    catch (error) {
        return usageError(io, `${directory}: cannot list the directory (${error.code ?? String(error)})`);
    }
    const diagnosis = diagnose({ files, processEnv: io.env, loader, mode, keyVariables: config.keyVariables, severities: config.rules });
    const onlineResults = [];
    let skipped = [];
    if (parsed.online) {
        const planned = onlineTargets(diagnosis, parsed.baseUrl);
        skipped = planned.skipped;
        for (const target of planned.targets)
            onlineResults.push(await runOnline(target, parsed.timeoutMs, dependencies.fetch));
    }
    const report = buildReport({ directory, loader, mode, online: parsed.online, files, loadOrder: envFileLoadOrder(loader, mode), diagnosis, onlineResults, onlineSkipped: skipped });
    const color = parsed.format === 'text' && !parsed.plain && io.stdoutIsTTY && (io.env['NO_COLOR'] ?? '') === '';
    const output = parsed.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report, color);
    // Every value went through fingerprint() already; this is the last line of defence.
    io.stdout(redactSecretsInText(output, diagnosis.secrets));
    for (const error of report.errors)
        io.stderr(`${PREFIX}: ${error}\n`);
    const refused = onlineResults.find((result) => result.refused);
    if (refused !== undefined) {
        io.stderr(`${PREFIX}: ${redactSecretsInText(refused.explanation.lines.join(' '), diagnosis.secrets)}\n`);
        return 2;
    }
    return report.ok ? 0 : 1;
}
//# sourceMappingURL=command.js.map