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

interface TreeNode {
  readonly key: string;
  readonly priority: number;
  left: TreeNode | undefined;
  right: TreeNode | undefined;
}

/**
 * A set of distinct keys in byte order with insertion and "next larger key" in O(log n): a treap. A sorted array with
 * splice costs a move of the whole group per key, quadratic on a file of keys in reverse order (160 000 took 20 s).
 */
class SortedKeys {
  #root: TreeNode | undefined;
  /** A fixed-seed generator: the tree's shape does not change any answer, and runs stay reproducible. */
  #seed = 0x9e3779b9;

  #nextPriority(): number {
    this.#seed = (Math.imul(this.#seed, 1664525) + 1013904223) >>> 0;
    return this.#seed;
  }

  insert(key: string): void {
    const node: TreeNode = { key, priority: this.#nextPriority(), left: undefined, right: undefined };
    // Split the tree around the key, then join left, node, right: no recursion deeper than the tree.
    const [left, right] = this.#split(this.#root, key);
    node.left = left;
    node.right = right;
    this.#root = this.#mergeUp(node);
  }

  /** The smallest key strictly greater than `key`. */
  successor(key: string): string | undefined {
    let node = this.#root;
    let best: string | undefined;
    while (node !== undefined) {
      if (compareKeys(node.key, key) > 0) {
        best = node.key;
        node = node.left;
      } else node = node.right;
    }
    return best;
  }

  /** Splits into keys below `key` and keys above it (the key itself is never in the tree when this is called). */
  #split(root: TreeNode | undefined, key: string): [TreeNode | undefined, TreeNode | undefined] {
    let left: TreeNode | undefined;
    let right: TreeNode | undefined;
    let leftTail: TreeNode | undefined;
    let rightTail: TreeNode | undefined;
    let node = root;
    while (node !== undefined) {
      if (compareKeys(node.key, key) < 0) {
        if (leftTail === undefined) left = node;
        else leftTail.right = node;
        leftTail = node;
        node = node.right;
      } else {
        if (rightTail === undefined) right = node;
        else rightTail.left = node;
        rightTail = node;
        node = node.left;
      }
    }
    if (leftTail !== undefined) leftTail.right = undefined;
    if (rightTail !== undefined) rightTail.left = undefined;
    return [left, right];
  }

  /** The node with both halves below it, rotated up while a child outranks it (restores the heap order). */
  #mergeUp(node: TreeNode): TreeNode {
    // Both halves are heaps; the new node may sit too high. Sinking it: rotate with the higher-priority child.
    const parents: { parent: TreeNode; side: 'left' | 'right' }[] = [];
    const current = node;
    for (;;) {
      const left = current.left;
      const right = current.right;
      const top = left !== undefined && (right === undefined || left.priority > right.priority) ? left : right;
      if (top === undefined || top.priority <= current.priority) break;
      if (top === left) {
        current.left = top.right;
        top.right = current;
      } else {
        current.right = top.left;
        top.left = current;
      }
      const parent = parents[parents.length - 1];
      if (parent !== undefined) parent.parent[parent.side] = top;
      parents.push({ parent: top, side: top === left ? 'right' : 'left' });
    }
    return parents[0]?.parent ?? current;
  }
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
    /** The group's keys, how often each occurs, and whether the file order is sorted so far. */
    let group = new SortedKeys();
    let counts = new Map<string, number>();
    let previous: string | undefined;
    let inOrder = true;
    return (line) => {
      const refersToGroup = line.substitutionKeys.some((name) => counts.has(name));
      if (line.isEmpty || isControlComment(line) || refersToGroup) {
        group = new SortedKeys();
        counts = new Map();
        previous = undefined;
        inOrder = true;
        return undefined;
      }
      const key = line.key;
      if (key === undefined) return undefined;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      if (count === 1) group.insert(key);
      // The sorted keys equal the file order exactly when no key sorts before the one above it.
      inOrder = inOrder && (previous === undefined || compareKeys(previous, key) <= 0);
      previous = key;
      if (inOrder) return undefined;
      // Upstream names the key right after this key's first copy in the sorted group: its second copy if it has one,
      // else the next larger key; none when it sorts last.
      const other = count > 1 ? key : group.successor(key);
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
