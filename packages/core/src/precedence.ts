import type { EnvDefinition, EnvDefinitionsFact, Loader } from './facts.js';

/**
 * Which definition of an environment variable an application ends up with. Sources are
 * shared/reference/openai.md §6.2: every loader leaves a variable that already exists in the
 * process environment alone, then reads its files in a fixed order.
 */

/** The `source` of a definition that comes from the real process environment. */
export const PROCESS_ENV_SOURCE = 'process.env';

const DEFAULT_MODE = 'development';

export const LOADER_NAMES: Readonly<Record<Loader, string>> = { dotenv: 'dotenv', nextjs: 'Next.js', vite: 'Vite' };

/**
 * The sources a loader reads, highest priority first (`process.env` first). Files not in the list
 * are not loaded at all in that mode.
 */
export function envFileLoadOrder(loader: Loader, mode: string = DEFAULT_MODE): readonly string[] {
  switch (loader) {
    case 'nextjs':
      // Next.js skips .env.local in tests so that every machine runs them with the same values.
      return [PROCESS_ENV_SOURCE, `.env.${mode}.local`, ...(mode === 'test' ? [] : ['.env.local']), `.env.${mode}`, '.env'];
    case 'vite':
      return [PROCESS_ENV_SOURCE, `.env.${mode}.local`, `.env.${mode}`, '.env.local', '.env'];
    case 'dotenv':
      return [PROCESS_ENV_SOURCE, '.env'];
  }
}

/** How a reason names a source: the process environment by what usually put it there, files by name. */
export function describeEnvSource(source: string): string {
  return source === PROCESS_ENV_SOURCE ? 'the exported shell variable' : source;
}

function whyItWins(loader: Loader, mode: string, winner: EnvDefinition, loadedSources: readonly string[]): string {
  const loaderName = LOADER_NAMES[loader];
  if (winner.source === PROCESS_ENV_SOURCE) {
    const empty = winner.value.length === 0 ? ', even though it is empty' : '';
    return `${loaderName} never overrides a variable that is already set in the process environment${empty}`;
  }
  if (loader === 'dotenv') return 'dotenv reads only .env (other files are not loaded) and nothing in the process environment sets it';
  const below = loadedSources.slice(loadedSources.indexOf(winner.source) + 1);
  const beats = below.length === 0 ? '' : `; it beats ${below.join(', ')}`;
  return `${winner.source} has the highest priority of the files ${loaderName} loads in ${mode} mode that define it${beats}`;
}

/**
 * The definition the application gets and why, or undefined when no definition is in a source the
 * loader reads in this mode. Within one source the last definition wins, as dotenv parses files.
 */
export function resolveEnvWinner(fact: EnvDefinitionsFact): { index: number; reason: string } | undefined {
  const mode = fact.mode ?? DEFAULT_MODE;
  const order = envFileLoadOrder(fact.loader, mode);
  let best: { index: number; rank: number } | undefined;
  fact.definitions.forEach((definition, index) => {
    const rank = order.indexOf(definition.source);
    if (rank === -1) return;
    if (best === undefined || rank < best.rank || (rank === best.rank && index > best.index)) best = { index, rank };
  });
  if (best === undefined) return undefined;
  const winner = fact.definitions[best.index] as EnvDefinition;
  const definedSources = order.filter((source) => fact.definitions.some((definition) => definition.source === source));
  return { index: best.index, reason: whyItWins(fact.loader, mode, winner, definedSources) };
}
