import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/**
 * The environment variable names a project's own code reads (`process.env.X`,
 * `import.meta.env.X`, `os.environ["X"]`, `os.getenv("X")`, `${X}` in a compose file). A name the
 * code reads is the app's name, whatever it looks like: `OPENAI_API_BASE_URL` read by the app's
 * config is not a misspelling to rename (env-name would break the app). A text scan, not a parse:
 * bounded in files, bytes and depth, and done once per project root in a run.
 */

export interface ProjectReads {
  /** The directory that was scanned. */
  readonly root: string;
  readonly names: ReadonlySet<string>;
  /** Source files read; 0 means the project has no code here to ask, so nothing is known. */
  readonly sourceFiles: number;
}

/** Files that mark the root of a project; the nearest ancestor with one of them is scanned. */
const ROOT_MARKERS = ['package.json', 'pyproject.toml', 'setup.py', 'setup.cfg', 'requirements.txt', 'Pipfile', 'deno.json', '.git'];
const SKIPPED_DIRECTORIES = new Set([
  'node_modules', '.git', '.hg', '.svn', 'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.output', '.turbo', '.cache', 'coverage',
  'venv', '.venv', '__pycache__', '.tox', '.mypy_cache', 'site-packages', 'vendor', 'target', 'bower_components',
]);
const SCRIPT_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.vue', '.svelte', '.astro']);
const PYTHON_EXTENSIONS = new Set(['.py', '.pyi']);
const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w.-]*)?\.ya?ml$/i;

export const SCAN_LIMITS = { files: 20_000, fileBytes: 1024 * 1024, totalBytes: 64 * 1024 * 1024, depth: 16 } as const;

// Every pattern captures the variable name as group 1: `[A-Za-z_][A-Za-z0-9_]*`, quoted with ', " or ` where it is a string.
const SCRIPT_READS: readonly RegExp[] = [
  /\b(?:process\.env|import\.meta\.env|Bun\.env)(?:\?\.|\.)([A-Za-z_][A-Za-z0-9_]*)/g,
  /\b(?:process\.env|import\.meta\.env|Bun\.env)\s*\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g,
  /\bDeno\.env\.get\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]/g,
];
/** `const { OPENAI_API_BASE_URL, X = 'y', Z: z } = process.env`. */
const SCRIPT_DESTRUCTURING = /\{([^{}]{1,2000})\}\s*=\s*(?:process\.env|import\.meta\.env|Bun\.env)\b/g;
const PYTHON_READS: readonly RegExp[] = [
  /\benviron\s*\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g,
  /\benviron\.(?:get|setdefault|pop)\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]/g,
  /\bgetenv\(\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]/g,
  // pydantic `Field(..., env="X")` / `alias=`, django-environ `env("X")`.
  /\b(?:env|alias|validation_alias)\s*(?:=\s*|\(\s*)['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]/g,
];
const COMPOSE_READS: readonly RegExp[] = [/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+=][^}]*)?\}/g];

function collect(text: string, patterns: readonly RegExp[], into: Set<string>): void {
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) if (match[1] !== undefined) into.add(match[1]);
}

function collectDestructured(text: string, into: Set<string>): void {
  for (const match of text.matchAll(SCRIPT_DESTRUCTURING)) {
    for (const part of (match[1] ?? '').split(',')) {
      const name = /^\s*([A-Za-z_][A-Za-z0-9_]*)/.exec(part)?.[1];
      if (name !== undefined) into.add(name);
    }
  }
}

/** The patterns a file is read with, from its name; undefined for files that are not scanned. */
function readerOf(fileName: string): ((text: string, into: Set<string>) => void) | undefined {
  const extension = extname(fileName).toLowerCase();
  if (SCRIPT_EXTENSIONS.has(extension)) {
    if (fileName.endsWith('.d.ts') || /\.min\.js$/.test(fileName)) return undefined;
    return (text, into) => {
      if (!text.includes('env')) return;
      collect(text, SCRIPT_READS, into);
      collectDestructured(text, into);
    };
  }
  if (PYTHON_EXTENSIONS.has(extension)) return (text, into) => (text.includes('env') || text.includes('alias') ? collect(text, PYTHON_READS, into) : undefined);
  if (COMPOSE_FILE.test(fileName)) return (text, into) => collect(text, COMPOSE_READS, into);
  return undefined;
}

/**
 * For each directory looked at in this run, the nearest directory at or above it with a project marker (null: none up
 * to the file system root). A deep tree of env files asks about the same ancestors again and again; without this,
 * 1000 nested directories cost a million marker lookups.
 */
const markedAncestors = new Map<string, string | null>();

/** The nearest directory at or above the file's own that holds a project marker; the file's directory when none does. */
export function projectRootOf(filePath: string): string {
  const start = dirname(filePath);
  const visited: string[] = [];
  let directory = start;
  let found: string | null;
  for (;;) {
    const known = markedAncestors.get(directory);
    if (known !== undefined) {
      found = known;
      break;
    }
    visited.push(directory);
    if (ROOT_MARKERS.some((marker) => existsSync(join(directory, marker)))) {
      found = directory;
      break;
    }
    const parent = dirname(directory);
    if (parent === directory) {
      found = null;
      break;
    }
    directory = parent;
  }
  for (const path of visited) markedAncestors.set(path, found);
  return found ?? start;
}

/** Reads every source file under `root` (within SCAN_LIMITS) and returns the names they read. */
export function scanProjectReads(root: string): ProjectReads {
  const names = new Set<string>();
  let files = 0;
  let bytes = 0;
  const pending: { directory: string; depth: number }[] = [{ directory: root, depth: 0 }];
  while (pending.length > 0 && files < SCAN_LIMITS.files && bytes < SCAN_LIMITS.totalBytes) {
    const { directory, depth } = pending.pop() as { directory: string; depth: number };
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      // Symbolic links are not followed: a link can lead out of the project or into a loop.
      if (entry.isDirectory()) {
        if (depth < SCAN_LIMITS.depth && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push({ directory: join(directory, entry.name), depth: depth + 1 });
        continue;
      }
      if (!entry.isFile()) continue;
      const reader = readerOf(entry.name);
      if (reader === undefined) continue;
      const path = join(directory, entry.name);
      try {
        const size = statSync(path).size;
        if (size > SCAN_LIMITS.fileBytes) continue;
        reader(readFileSync(path, 'utf8'), names);
        files += 1;
        bytes += size;
      } catch {
        // An unreadable source file tells nothing; the .env file is still checked.
      }
      if (files >= SCAN_LIMITS.files || bytes >= SCAN_LIMITS.totalBytes) break;
    }
  }
  return { root, names, sourceFiles: files };
}

/** One scan per project root in a run: every `.env` file of a project asks the same question. */
const scans = new Map<string, ProjectReads>();

/** The names the project around an env file reads, or undefined when it has no source files to ask. */
export function namesReadByProject(envFilePath: string): ReadonlySet<string> | undefined {
  const root = projectRootOf(envFilePath);
  let scan = scans.get(root);
  if (scan === undefined) {
    scan = scanProjectReads(root);
    scans.set(root, scan);
  }
  return scan.sourceFiles === 0 ? undefined : scan.names;
}
