import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EnvDefinitionsFact, Loader } from '../src/facts.js';
import { envFileLoadOrder, resolveEnvWinner } from '../src/precedence.js';

function fact(loader: Loader, sources: readonly string[], mode?: string): EnvDefinitionsFact {
  return {
    kind: 'env-definitions',
    name: 'OPENAI_API_KEY',
    loader,
    definitions: sources.map((source, index) => ({ source, value: `value-${index}` })),
    origin: { medium: 'env' },
    ...(mode === undefined ? {} : { mode }),
  };
}

describe('envFileLoadOrder', () => {
  it('Next.js: process.env, .env.$mode.local, .env.local, .env.$mode, .env', () => {
    expect(envFileLoadOrder('nextjs', 'development')).toEqual(['process.env', '.env.development.local', '.env.local', '.env.development', '.env']);
  });
  it('Next.js skips .env.local in test mode', () => {
    expect(envFileLoadOrder('nextjs', 'test')).toEqual(['process.env', '.env.test.local', '.env.test', '.env']);
  });
  it('Vite: mode files beat the generic ones', () => {
    expect(envFileLoadOrder('vite', 'production')).toEqual(['process.env', '.env.production.local', '.env.production', '.env.local', '.env']);
  });
  it('dotenv reads only .env', () => {
    expect(envFileLoadOrder('dotenv')).toEqual(['process.env', '.env']);
  });
  it('defaults to development mode', () => {
    expect(envFileLoadOrder('nextjs')).toEqual(envFileLoadOrder('nextjs', 'development'));
  });
});

describe('resolveEnvWinner', () => {
  it('process.env wins over every file, and says why', () => {
    const winner = resolveEnvWinner(fact('nextjs', ['.env.local', '.env.development.local', 'process.env']));
    expect(winner?.index).toBe(2);
    expect(winner?.reason).toContain('Next.js never overrides a variable that is already set');
  });
  it('an empty exported variable still wins, and the reason says so', () => {
    const winner = resolveEnvWinner({ ...fact('dotenv', ['.env', 'process.env']), definitions: [{ source: '.env', value: 'x' }, { source: 'process.env', value: '' }] });
    expect(winner?.index).toBe(1);
    expect(winner?.reason).toContain('even though it is empty');
  });
  it('the highest file wins and the reason names the files it beats', () => {
    const winner = resolveEnvWinner(fact('vite', ['.env', '.env.local', '.env.development'], 'development'));
    expect(winner?.index).toBe(2);
    expect(winner?.reason).toContain('.env.development has the highest priority');
    expect(winner?.reason).toContain('it beats .env.local, .env');
  });
  it('.env.local does not win in Next.js test mode', () => {
    expect(resolveEnvWinner(fact('nextjs', ['.env.local', '.env'], 'test'))?.index).toBe(1);
  });
  it('dotenv ignores other files', () => {
    expect(resolveEnvWinner(fact('dotenv', ['.env.local']))).toBeUndefined();
    expect(resolveEnvWinner(fact('dotenv', ['.env.local', '.env']))?.index).toBe(1);
  });
  it('within one file the last definition wins', () => {
    expect(resolveEnvWinner(fact('dotenv', ['.env', '.env']))?.index).toBe(1);
  });

  const loaders = fc.constantFrom<Loader>('dotenv', 'nextjs', 'vite');
  const modes = fc.constantFrom('development', 'production', 'test', 'staging');
  const sourceNames = ['process.env', '.env', '.env.local', '.env.development', '.env.development.local', '.env.production', '.env.production.local', '.env.test', '.env.test.local', '.env.staging'];

  it('the winner is always a loaded source and no loaded definition outranks it', () => {
    fc.assert(
      fc.property(loaders, modes, fc.array(fc.constantFrom(...sourceNames), { maxLength: 8 }), (loader, mode, sources) => {
        const order = envFileLoadOrder(loader, mode);
        const winner = resolveEnvWinner(fact(loader, sources, mode));
        const loadedIndexes = sources.flatMap((source, index) => (order.includes(source) ? [index] : []));
        if (loadedIndexes.length === 0) {
          expect(winner).toBeUndefined();
          return;
        }
        expect(winner).toBeDefined();
        const winnerRank = order.indexOf(sources[winner!.index]!);
        expect(winnerRank).toBeGreaterThanOrEqual(0);
        for (const index of loadedIndexes) expect(order.indexOf(sources[index]!)).toBeGreaterThanOrEqual(winnerRank);
        expect(winner!.reason.length).toBeGreaterThan(0);
      }),
    );
  });
  it('process.env, when present, always wins', () => {
    fc.assert(
      fc.property(loaders, modes, fc.array(fc.constantFrom(...sourceNames.slice(1)), { maxLength: 6 }), fc.nat(6), (loader, mode, files, position) => {
        const sources = [...files];
        sources.splice(Math.min(position, sources.length), 0, 'process.env');
        expect(sources[resolveEnvWinner(fact(loader, sources, mode))!.index]).toBe('process.env');
      }),
    );
  });
});
