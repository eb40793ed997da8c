import { editDistance } from './did-you-mean.js';

/**
 * Endpoint path patterns with `{param}` segments (`/files/{file_id}/content`): matching a concrete
 * path against a list, and finding the pattern a mistyped path was meant to be. Shared by the
 * OpenAI endpoint data and the other providers' endpoint lists.
 */
export interface PathPattern {
  readonly path: string;
}

export interface PathMatch<Item> {
  readonly item: Item;
  /** Values of the `{param}` segments, by name. */
  readonly parameters: Readonly<Record<string, string>>;
}

const PARAMETER = /^\{[^{}]+\}$/;

/** `/chat/completions/` → `['chat', 'completions']`; a trailing slash is ignored, inner empty segments are kept. */
export function pathSegments(path: string): string[] {
  const trimmed = path.endsWith('/') ? path.slice(0, -1) : path;
  const withoutLeading = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
  return withoutLeading.length === 0 ? [] : withoutLeading.split('/');
}

export function isParameterSegment(segment: string): boolean {
  return PARAMETER.test(segment);
}

/** True for `{{id}}`, `${id}`, `<id>`, `:id` (Postman path variable) and their percent-encoded forms: a value filled in later. */
export function isTemplateSegment(segment: string): boolean {
  return (
    segment.startsWith(':') ||
    segment.includes('{{') ||
    segment.includes('${') ||
    segment.includes('<') ||
    segment.includes('>') ||
    segment.includes('%7B') ||
    segment.includes('%7b') ||
    segment.includes('%3C') ||
    segment.includes('%3c')
  );
}

interface CompiledPattern<Item> {
  readonly item: Item;
  readonly segments: readonly string[];
  readonly literalCount: number;
}

function compile<Item extends PathPattern>(items: readonly Item[]): CompiledPattern<Item>[] {
  return items.map((item) => {
    const segments = pathSegments(item.path);
    return { item, segments, literalCount: segments.filter((segment) => !isParameterSegment(segment)).length };
  });
}

/** Literals match case-insensitively, `{param}` any non-empty segment, a template segment only a `{param}`. */
function matchSegments(pattern: readonly string[], segments: readonly string[], allowSubpaths: boolean): Record<string, string> | undefined {
  if (allowSubpaths ? segments.length < pattern.length : segments.length !== pattern.length) return undefined;
  const parameters: Record<string, string> = {};
  for (let index = 0; index < pattern.length; index += 1) {
    const expected = pattern[index] as string;
    const actual = segments[index] as string;
    if (actual.length === 0) return undefined;
    if (isParameterSegment(expected)) {
      parameters[expected.slice(1, -1)] = actual;
    } else if (isTemplateSegment(actual) || expected.toLowerCase() !== actual.toLowerCase()) {
      return undefined;
    }
  }
  return parameters;
}

/**
 * A matcher over a list of patterns. When several match, the one with more literal segments wins:
 * `/responses/compact` is not the response with id `compact`. `coversSubpaths` lets an entry match
 * every path below it (`/engines/...`).
 */
export function createPathMatcher<Item extends PathPattern>(items: readonly Item[], coversSubpaths: (item: Item) => boolean = () => false): (path: string) => PathMatch<Item> | undefined {
  const patterns = compile(items);
  return (path) => {
    const segments = pathSegments(path);
    let best: (PathMatch<Item> & { readonly literalCount: number }) | undefined;
    for (const pattern of patterns) {
      const parameters = matchSegments(pattern.segments, segments, coversSubpaths(pattern.item));
      if (parameters !== undefined && (best === undefined || pattern.literalCount > best.literalCount)) {
        best = { item: pattern.item, parameters, literalCount: pattern.literalCount };
      }
    }
    return best === undefined ? undefined : { item: best.item, parameters: best.parameters };
  };
}

/** How many edits a mistyped word of this length may have: 1 for short words, at most 3. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.min(3, Math.floor(length / 5)));
}

export interface PathSuggestion<Item> {
  readonly item: Item;
  /** The path with the mistyped parts corrected and the parameter values kept. */
  readonly path: string;
  readonly distance: number;
}

/**
 * The pattern a path that matches none was most likely meant to be: `/chat/completion` →
 * `/chat/completions`, `/image/generations` → `/images/generations`, `/vector-stores/vs_1/files` →
 * `/vector_stores/vs_1/files`. Compares whole paths against parameter-free patterns (which catches a
 * dropped or added slash) and segment by segment against the others. Undefined when nothing is close.
 */
export function suggestPath<Item extends PathPattern>(items: readonly Item[], path: string): PathSuggestion<Item> | undefined {
  const segments = pathSegments(path);
  const normalized = `/${segments.join('/')}`.toLowerCase();
  let best: PathSuggestion<Item> | undefined;
  const consider = (candidate: PathSuggestion<Item>): void => {
    if (candidate.distance > 0 && (best === undefined || candidate.distance < best.distance)) best = candidate;
  };
  for (const item of items) {
    const patternSegments = pathSegments(item.path);
    if (!patternSegments.some(isParameterSegment)) {
      // Very short paths (`/me`) are one edit from too many words to be a credible suggestion.
      if (item.path.length < 6) continue;
      const limit = allowedEdits(item.path.length);
      const distance = editDistance(normalized, item.path.toLowerCase(), limit);
      if (distance <= limit) consider({ item, path: item.path, distance });
      continue;
    }
    if (patternSegments.length !== segments.length) continue;
    let distance = 0;
    const corrected: string[] = [];
    for (let index = 0; index < segments.length && distance !== Number.POSITIVE_INFINITY; index += 1) {
      const expected = patternSegments[index] as string;
      const actual = segments[index] as string;
      if (isParameterSegment(expected)) {
        if (actual.length === 0) distance = Number.POSITIVE_INFINITY;
        corrected.push(actual);
        continue;
      }
      const limit = allowedEdits(expected.length);
      const segmentDistance = editDistance(actual.toLowerCase(), expected.toLowerCase(), limit);
      distance = segmentDistance > limit ? Number.POSITIVE_INFINITY : distance + segmentDistance;
      corrected.push(expected);
    }
    if (distance <= 3) consider({ item, path: `/${corrected.join('/')}`, distance });
  }
  return best;
}
