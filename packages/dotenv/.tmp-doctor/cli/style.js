export function createStyle(color) {
    const wrap = (code) => (text) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
    return { italic: wrap('3'), redBold: wrap('1;31'), greenBold: wrap('1;32'), yellowBold: wrap('1;33') };
}
/** Colours only on a terminal, never with NO_COLOR or --plain; FORCE_COLOR/CLICOLOR_FORCE turn them on. */
export function wantsColor(options) {
    if (options.plain)
        return false;
    if (options.env['NO_COLOR'] !== undefined && options.env['NO_COLOR'] !== '')
        return false;
    const forced = options.env['CLICOLOR_FORCE'] ?? options.env['FORCE_COLOR'];
    if (forced !== undefined && forced !== '' && forced !== '0')
        return true;
    if (options.env['CLICOLOR'] === '0')
        return false;
    return options.stdoutIsTTY;
}
//# sourceMappingURL=style.js.map