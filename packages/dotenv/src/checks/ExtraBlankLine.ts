import { defineCheck } from './define-check.js';

export default defineCheck({
  name: 'ExtraBlankLine',
  description: 'Two blank lines in a row.',
  create() {
    let lastBlank: number | undefined;
    return (line) => {
      if (!line.isEmpty) return undefined;
      const extra = lastBlank !== undefined && line.number === lastBlank + 1;
      lastBlank = line.number;
      return extra ? 'Extra blank line detected' : undefined;
    };
  },
  fixer: {
    fixLines(warningLines, lines) {
      const flagged = new Set(warningLines);
      let count = 0;
      lines.forEach((line, index) => {
        if (!flagged.has(line.number)) return;
        // The extra blank is the final newline after a line of only spaces or tabs (`A=1\n\t\n`): upstream deletes the
        // newline, the next run adds it back, and so on for ever. Neither the newline nor that line (it may be meant) is
        // removed; the warning stays, unfixed.
        if (line.isPseudo) {
          // Only the final newline looks back (once): walking back over deleted lines for every blank would be quadratic.
          let above = index - 1;
          while (above >= 0 && lines[above]?.deleted === true) above -= 1;
          const previous = lines[above];
          if (previous !== undefined && previous.isEmpty && previous.raw !== '') return;
        }
        line.deleted = true;
        count += 1;
      });
      return count;
    },
  },
});
