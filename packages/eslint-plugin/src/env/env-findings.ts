import { checkFacts, type TextEdit } from '@keylint/core';
import { isAbsolute } from 'node:path';
import { envFileFacts, loadValue, locateFinding, mediumForEnvFile, namesReadByProject, type DotenvDocument, type DotenvEntry } from '@keylint/dotenv';
import type { FileFindings, PlacedFinding } from '../report.js';
import type { EnvSourceCode } from './env-source-code.js';

/** Characters whose insertion would change how dotenv reads the value (quotes, comments, line breaks). */
const UNSAFE_IN_VALUE = /["'`#\\\r\n]/;

/**
 * Where an edit of core's goes in a `.env` file: the key for `name` edits, the value's own
 * characters for `value` edits — only when each character is written as itself (no `\n` escape,
 * no line break in between), so the edit changes exactly what it means to.
 */
function placeEdit(document: DotenvDocument, entry: DotenvEntry, edit: TextEdit, offsetsOf: (entry: DotenvEntry) => readonly number[]): { range: readonly [number, number]; text: string } | undefined {
  if (UNSAFE_IN_VALUE.test(edit.text)) return undefined;
  if (edit.field === 'name') return { range: [entry.keySpan.start + edit.start, entry.keySpan.start + edit.end], text: edit.text };
  const offsets = offsetsOf(entry);
  const start = offsets[edit.start];
  if (start === undefined || edit.end >= offsets.length) return undefined;
  for (let index = edit.start; index < edit.end; index += 1) {
    if ((offsets[index + 1] as number) - (offsets[index] as number) !== 1) return undefined;
  }
  return { range: [start, start + (edit.end - edit.start)], text: edit.text };
}

/** Runs the catalog once over a `.env` file's facts and places every finding. */
export function envFindings(sourceCode: EnvSourceCode, filePath: string): FileFindings {
  const document = sourceCode.ast.document;
  // A file on disk has a project around it: env-name leaves alone the names its code reads.
  const namesRead = isAbsolute(filePath) ? namesReadByProject(filePath) : undefined;
  const pairs = envFileFacts(document, { filePath, medium: mediumForEnvFile(filePath), ...(namesRead === undefined ? {} : { namesReadByProject: namesRead }) });
  const entries = new Map(pairs.map((pair) => [pair.fact, pair.entry]));
  const byRule = new Map<string, PlacedFinding[]>();
  // Once per entry: a value of 20 000 zero-width characters has as many findings, each with a fix, and loading the value
  // again for each made the file quadratic (17 s at 20 000, 699 s at 100 000).
  const offsetsByEntry = new Map<DotenvEntry, readonly number[]>();
  const offsetsOf = (entry: DotenvEntry): readonly number[] => {
    let offsets = offsetsByEntry.get(entry);
    if (offsets === undefined) {
      offsets = loadValue(document.text, entry.valueSpan).offsets;
      offsetsByEntry.set(entry, offsets);
    }
    return offsets;
  };
  for (const finding of checkFacts(pairs.map((pair) => pair.fact))) {
    const entry = entries.get(finding.fact);
    if (entry === undefined) continue;
    const position = locateFinding(document, entry, finding);
    const range: [number, number] = [
      sourceCode.getIndexFromLoc({ line: position.line, column: position.column }),
      sourceCode.getIndexFromLoc({ line: position.endLine, column: position.endColumn }),
    ];
    const fix = finding.fix === undefined ? undefined : placeEdit(document, entry, finding.fix, offsetsOf);
    const suggestions = (finding.suggestions ?? []).flatMap((suggestion) => {
      const placed = placeEdit(document, entry, suggestion.fix, offsetsOf);
      return placed === undefined ? [] : [{ messageId: suggestion.messageId, data: suggestion.data ?? {}, ...placed }];
    });
    const list = byRule.get(finding.ruleId) ?? [];
    list.push({ messageId: finding.messageId, data: finding.data, range, ...(fix === undefined ? {} : { fix }), suggestions });
    byRule.set(finding.ruleId, list);
  }
  return byRule;
}
