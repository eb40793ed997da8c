import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { specialFileKind } from './read-file.js';

/**
 * File discovery as dotenv-linter does it: files named on the command line are always checked;
 * a directory contributes the `.env*` / `*.env` entries directly inside it (all levels with
 * `--recursive`, never through symlinked directories); `.envrc` and `*.bak` are never picked up.
 */
export interface DiscoveredFile {
  /** Canonical absolute path. */
  readonly path: string;
  /** Relative to the canonical working directory, as printed (`.env`, `sub/.env`, `../x/.env`). */
  readonly display: string;
}

export interface DiscoveryProblem {
  readonly display: string;
  readonly reason: string;
}

export interface DiscoveryOptions {
  readonly cwd: string;
  readonly paths: readonly string[];
  readonly exclude?: readonly string[];
  readonly recursive?: boolean;
  /** Path fragments from the config's `ignorePatterns`. */
  readonly ignorePatterns?: readonly string[];
}

export function isEnvFileName(name: string): boolean {
  if (name === '.envrc' || name.endsWith('.bak')) return false;
  return name.startsWith('.env') || name.endsWith('.env');
}

/** Component by component, byte-wise, as Rust orders `PathBuf`s. */
export function comparePaths(left: string, right: string): number {
  return compareComponents(pathComponents(left), pathComponents(right));
}

/** A path's components as UTF-8 bytes: what `comparePaths` compares. */
function pathComponents(path: string): Buffer[] {
  return path.split(sep).map((component) => Buffer.from(component));
}

function compareComponents(a: readonly Buffer[], b: readonly Buffer[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const compared = Buffer.compare(a[index] as Buffer, b[index] as Buffer);
    if (compared !== 0) return compared;
  }
  return a.length - b.length;
}

/** Sorted by `comparePaths`, each path split and encoded once rather than on every comparison. */
function sortByPath(files: readonly DiscoveredFile[]): DiscoveredFile[] {
  return files
    .map((file) => ({ file, components: pathComponents(file.path) }))
    .sort((left, right) => compareComponents(left.components, right.components))
    .map(({ file }) => file);
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)';
    case 'ENOTDIR':
      return 'not a directory';
    default:
      return (error as Error).message;
  }
}

export interface Discovery {
  readonly files: DiscoveredFile[];
  /** Paths that could not be looked at: the run is not clean. */
  readonly problems: DiscoveryProblem[];
  /** Special files (a FIFO, a device) named like env files inside a searched directory: skipped, said in one line, not a failure. */
  readonly skipped: DiscoveryProblem[];
}

export async function discoverFiles(options: DiscoveryOptions): Promise<Discovery> {
  const cwd = await realpath(options.cwd);
  const display = (path: string): string => relative(cwd, path) || '.';
  const problems: DiscoveryProblem[] = [];
  const skipped: DiscoveryProblem[] = [];
  const skip = (path: string, kind: string): void => {
    if (!excluded.has(path) && !ignored(path)) skipped.push({ display: display(path), reason: `skipped: not a regular file (${kind})` });
  };
  const excluded = new Set<string>();
  for (const path of options.exclude ?? []) {
    try {
      excluded.add(await realpath(resolve(options.cwd, path)));
    } catch {
      // An exclude that does not exist excludes nothing.
    }
  }
  const ignored = (path: string): boolean => {
    const shown = display(path).split(sep).join('/');
    return (options.ignorePatterns ?? []).some((pattern) => pattern.length > 0 && shown.includes(pattern));
  };
  const found = new Map<string, DiscoveredFile>();
  const add = (path: string): void => {
    if (excluded.has(path) || ignored(path)) return;
    found.set(path, { path, display: display(path) });
  };
  const visitDirectory = async (directory: string, recurse: boolean): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ display: display(directory), reason: describeError(error) });
      return;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (excluded.has(path)) continue;
      if (entry.isDirectory()) {
        if (recurse) await visitDirectory(path, true);
        continue;
      }
      if (!isEnvFileName(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        try {
          const target = await realpath(path);
          const info = await stat(target);
          const kind = specialFileKind(info);
          if (info.isFile()) add(target);
          else if (info.isDirectory()) problems.push({ display: display(path), reason: 'is a directory, expected a file' });
          else if (kind !== undefined) skip(path, kind);
        } catch (error) {
          problems.push({ display: display(path), reason: describeError(error) });
        }
        continue;
      }
      if (entry.isFile()) add(path);
      else if (!entry.isDirectory()) skip(path, entry.isFIFO() ? 'a FIFO' : entry.isCharacterDevice() ? 'a character device' : entry.isBlockDevice() ? 'a block device' : entry.isSocket() ? 'a socket' : 'not a file');
    }
  };
  for (const given of options.paths) {
    const absolute = resolve(options.cwd, given);
    let canonical: string;
    try {
      canonical = await realpath(absolute);
    } catch (error) {
      problems.push({ display: relative(options.cwd, absolute) || given, reason: describeError(error) });
      continue;
    }
    if (excluded.has(canonical)) continue;
    const info = await lstat(canonical);
    if (info.isDirectory()) await visitDirectory(canonical, options.recursive === true);
    else add(canonical);
  }
  const files = sortByPath([...found.values()]);
  return { files, problems, skipped };
}
