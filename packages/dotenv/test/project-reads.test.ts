import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { namesReadByProject, projectRootOf, scanProjectReads } from '../src/project-reads.js';

const root = mkdtempSync(join(tmpdir(), 'keylint-project-reads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('scanProjectReads', () => {
  write('app/package.json', '{}');
  write('app/src/a.ts', "const a = process.env.A_DOT; const b = process.env['B_BRACKET']; const c = process.env?.C_OPTIONAL;");
  write('app/src/b.mjs', 'const { D_DESTRUCTURED, E_RENAMED: e, F_DEFAULT = "x" } = process.env;');
  write('app/src/c.svelte', '<script>const g = import.meta.env.VITE_G; const h = import.meta.env["H_META"];</script>');
  write('app/src/d.ts', 'Deno.env.get("I_DENO"); Bun.env.J_BUN;');
  write('app/api/settings.py', 'import os\nk = os.environ["K_ITEM"]\nl = os.environ.get("L_GET")\nm = os.getenv(\'M_GETENV\')\nclass S(BaseSettings):\n    n: str = Field(..., env="N_FIELD")\n');
  write('app/docker-compose.yml', 'services:\n  api:\n    environment:\n      O_COMPOSE: ${O_COMPOSE:-default}\n');
  write('app/README.md', 'process.env.P_IN_DOCS is not code');
  write('app/node_modules/sdk/index.js', 'process.env.Q_DEPENDENCY');
  write('app/dist/bundle.js', 'process.env.R_BUILD_OUTPUT');
  write('app/src/types.d.ts', 'declare const x: typeof process.env.S_DECLARATION;');
  write('elsewhere/outside.ts', 'process.env.T_OUTSIDE');
  symlinkSync(join(root, 'elsewhere'), join(root, 'app', 'linked'));

  it('finds the names JS/TS, Python and compose files read, and nothing in docs, dependencies, builds or through symbolic links', () => {
    const scan = scanProjectReads(join(root, 'app'));
    expect([...scan.names].sort()).toEqual(
      ['A_DOT', 'B_BRACKET', 'C_OPTIONAL', 'D_DESTRUCTURED', 'E_RENAMED', 'F_DEFAULT', 'H_META', 'I_DENO', 'J_BUN', 'K_ITEM', 'L_GET', 'M_GETENV', 'N_FIELD', 'O_COMPOSE', 'VITE_G'].sort(),
    );
    expect(scan.sourceFiles).toBe(6);
  });

  it('scans from the nearest project root, and knows nothing where there is no code', () => {
    write('app/web/.env.example', 'A_DOT=\n');
    expect(projectRootOf(join(root, 'app', 'web', '.env.example'))).toBe(join(root, 'app'));
    expect(namesReadByProject(join(root, 'app', 'web', '.env.example'))?.has('A_DOT')).toBe(true);
    write('bare/.env', 'A=1\n');
    expect(namesReadByProject(join(root, 'bare', '.env'))).toBeUndefined();
  });
});
