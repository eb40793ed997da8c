import { parseControlComment } from './control-comment.js';
import { defineCheck } from './define-check.js';
import type { LineEntry } from './line-entry.js';

const message = (key: string, other: string): string => `The ${key} key should go before the ${other} key`;

const ASCII = /^[\x00-\x7f]*$/;

/** Byte-wise order, as Rust sorts `String`s (UTF-16 order differs only above U+FFFF, never in keys). */
function compareKeys(left: string, right: string): number {
  // ASCII is its own UTF-8: the code-unit order of two ASCII strings is their byte order.
  if (ASCII.test(left) && ASCII.test(right)) return left < right ? -1 : left > right ? 1 : 0;
  const a = Buffer.from(left, 'utf8');
  const b = Buffer.from(right, 'utf8');
  return Buffer.compare(a, b);
}

function isControlComment(line: LineEntry): boolean {
  return line.comment !== undefined && parseControlComment(line.comment) !== undefined;
}

/** `# > Section` / `# < Section` comments pin a section: keys are sorted on each side of them. */
function isGroupComment(line: LineEntry): boolean {
  const comment = line.comment;
  if (comment === undefined) return false;
  const stripped = comment.slice(1).replace(/^#*/, '').trimStart();
  const direction = stripped[0];
  if (direction !== '>' && direction !== '<') return false;
  return stripped.slice(1).trim().replace(/#+$/, '').trim().length > 0;
}

/** Sorts key lines stably, each moving with the comment lines directly above it. */
function sortSlices(part: LineEntry[]): LineEntry[] {
  const slices: LineEntry[][] = [];
  let start = 0;
  part.forEach((line, index) => {
    if (!line.isComment) {
      slices.push(part.slice(start, index + 1));
      start = index + 1;
    }
  });
  const keyOf = (slice: LineEntry[]): string => slice[slice.length - 1]?.key ?? '';
  slices.sort((left, right) => compareKeys(keyOf(left), keyOf(right)));
  return [...slices.flat(), ...part.slice(start)];
}

function sortPart(lines: LineEntry[], from: number, to: number): void {
  const part = lines.slice(from, to);
  const sorted: LineEntry[] = [];
  let start = 0;
  part.forEach((line, index) => {
    if (isGroupComment(line)) {
      for (const sortedLine of sortSlices(part.slice(start, index))) sorted.push(sortedLine);
      sorted.push(line);
      start = index + 1;
    }
  });
  for (const sortedLine of sortSlices(part.slice(start))) sorted.push(sortedLine);
  // Assigned in place, not spliced: a group of 200 000 lines is more arguments than a call takes.
  sorted.forEach((line, index) => {
    lines[from + index] = line;
  });
}

export default defineCheck({
  name: 'UnorderedKey',
  description: 'Keys not in alphabetical order within a group (groups are separated by blank lines).',
  seesComments: true,
  create() {
    /** The group's keys in file order, the same keys stably sorted, and whether the file order is sorted. */
    let keys: string[] = [];
    let keySet = new Set<string>();
    let sorted: string[] = [];
    let inOrder = true;
    return (line) => {
      const refersToGroup = line.substitutionKeys.some((name) => keySet.has(name));
      if (line.isEmpty || isControlComment(line) || refersToGroup) {
        keys = [];
        keySet = new Set();
        sorted = [];
        inOrder = true;
        return undefined;
      }
      const key = line.key;
      if (key === undefined) return undefined;
      // A stable sort puts the newest key after every key that sorts before it or equal to it.
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (compareKeys(sorted[middle] as string, key) <= 0) low = middle + 1;
        else high = middle;
      }
      sorted.splice(low, 0, key);
      const previous = keys[keys.length - 1];
      keys.push(key);
      keySet.add(key);
      // The sorted keys equal the file order exactly when no key sorts before the one above it.
      inOrder = inOrder && (previous === undefined || compareKeys(previous, key) <= 0);
      if (inOrder) return undefined;
      // The first copy of the key in the sorted group (what indexOf finds), by binary search: indexOf on every line is quadratic.
      let first = 0;
      let last = low;
      while (first < last) {
        const middle = (first + last) >> 1;
        if (compareKeys(sorted[middle] as string, key) < 0) first = middle + 1;
        else last = middle;
      }
      const other = sorted[first + 1];
      return other === undefined ? undefined : message(key, other);
    };
  },
  fixer: {
    mandatory: true,
    fixLines(warningLines, lines) {
      let start = 0;
      let end: number | undefined;
      let disabled = false;
      // The keys of lines[start, index), kept as the loop goes: rebuilding them on every line is quadratic.
      let groupKeys = new Set<string>();
      let groupStart = 0;
      for (let index = 0; index < lines.length; index += 1) {
        const line = lines[index]!;
        const control = line.comment === undefined ? undefined : parseControlComment(line.comment);
        if (groupStart !== start) {
          groupKeys = new Set(lines.slice(start, index).flatMap((other) => other.key ?? []));
          groupStart = start;
        }
        if (!disabled) {
          const used = line.substitutionKeys.filter((name) => groupKeys.has(name));
          if (!line.isEmptyOrComment && used.length === 0) end = index + 1;
          if (line.isEmpty || index === lines.length - 1 || control !== undefined || used.length > 0) {
            // Only once: upstream appends the note again on every run.
            if (used.length > 0 && !line.raw.includes(' # Unordered because ')) line.raw = `${line.raw} # Unordered because ${line.key ?? ''} uses ${used.join(', ')}`;
            if (end !== undefined) {
              sortPart(lines, start, end);
              end = undefined;
            }
            start = index + 1;
          }
        }
        if (control !== undefined && control.checks.includes('UnorderedKey')) {
          disabled = control.disable;
          start = index + 1;
        }
        if (start <= index) {
          const key = line.key;
          if (key !== undefined) groupKeys.add(key);
        }
      }
      return warningLines.length;
    },
  },
});
