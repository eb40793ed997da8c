/**
 * Writes fixed line entries back. Unlike upstream, untouched lines keep their exact bytes and line
 * endings (CRLF stays CRLF), the BOM stays, and the last line is never dropped: the file ends with
 * a newline exactly when it did before or the EndingBlankLine fix added one.
 */
export function serializeFixed(document, lines) {
    const endings = document.lines.map((line) => line.eol).filter((eol) => eol !== '');
    const dominant = endings.length > 0 && endings.every((eol) => eol === '\r\n') ? '\r\n' : '\n';
    const real = lines.filter((line) => !line.isPseudo);
    const endsWithNewline = lines.some((line) => line.isPseudo);
    let text = document.bom ? '\uFEFF' : '';
    real.forEach((line, index) => {
        const unchanged = line.raw === line.originalRaw;
        const content = unchanged ? line.originalText : dominant === '\r\n' ? line.raw.replace(/\r?\n/g, '\r\n') : line.raw;
        const isLast = index === real.length - 1;
        text += content + (isLast && !endsWithNewline ? '' : line.eol === '' ? dominant : line.eol);
    });
    return text;
}
//# sourceMappingURL=serialize.js.map