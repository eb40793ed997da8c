import type { Loader } from '@keylint/core';
import { DEFAULT_TIMEOUT_MS } from './online.js';

export interface DoctorArguments {
  readonly directory: string | undefined;
  /** Undefined when not given: the config's `loader`, else dotenv. */
  readonly loader: Loader | undefined;
  readonly mode: string;
  readonly format: 'text' | 'json';
  readonly online: boolean;
  readonly baseUrl: string | undefined;
  readonly timeoutMs: number;
  readonly plain: boolean;
  /** Text output: only the problems and the verdict line. */
  readonly quiet: boolean;
  /** `--config <path>`; undefined to look for one from the directory upwards. */
  readonly config: string | undefined;
  readonly noConfig: boolean;
  readonly help: boolean;
}

export class DoctorUsageError extends Error {
  override readonly name = 'DoctorUsageError';
}

export const DOCTOR_HELP = `Usage: keylint-env doctor [dir] [options]

Which API key will my app actually send, and is it any good? Lists every source (the process
environment and the .env files of dir) of each provider variable, the one that wins under the
loader's precedence and why, its fingerprint (never the key), and what keylint's rules say about it.

Options:
  --loader <dotenv|nextjs|vite>  Whose precedence to apply (default: config "loader", else package.json
                                 (next → nextjs, vite → vite), else dotenv)
  --mode <mode>                  NODE_ENV for Next.js, --mode for Vite (default: development)
  --format <text|json>           Output format (default: text)
  --online                       Also call GET {base}/models with each OpenAI key and explain the answer
  --base-url <url>               Base URL for --online (default: OPENAI_BASE_URL, else https://api.openai.com/v1)
  --timeout <ms>                 Timeout of the online request (default: ${DEFAULT_TIMEOUT_MS})
  -c, --config <path>            Use this keylint config file (default: the nearest one from dir upwards)
      --no-config                Do not look for a keylint config file
  -q, --quiet                    Text output: only the problems and the verdict line
  --plain, --no-color            No colours (also off when NO_COLOR is set or stdout is not a terminal)
  -h, --help                     Show this help

Exit codes: 0 every key found is fine, 1 problems found, 2 usage error.
`;

const LOADERS: readonly Loader[] = ['dotenv', 'nextjs', 'vite'];
// A mode names a file (`.env.<mode>`): no path separators, no leading dot, and not Vite's reserved `local`.
const MODE = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

function takeValue(args: readonly string[], index: number, option: string, inline: string | undefined): { value: string; next: number } {
  if (inline !== undefined) return { value: inline, next: index };
  const value = args[index + 1];
  if (value === undefined || (value.startsWith('-') && value.length > 1)) throw new DoctorUsageError(`${option} needs a value`);
  return { value, next: index + 1 };
}

export function parseDoctorArguments(args: readonly string[]): DoctorArguments {
  let directory: string | undefined;
  let loader: Loader | undefined;
  let mode = 'development';
  let format: 'text' | 'json' = 'text';
  let online = false;
  let baseUrl: string | undefined;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let plain = false;
  let quiet = false;
  let config: string | undefined;
  let noConfig = false;
  let help = false;
  let onlyPositionals = false;
  for (let index = 0; index < args.length; index += 1) {
    const argument = args[index] as string;
    if (onlyPositionals || !argument.startsWith('-') || argument === '-') {
      if (directory !== undefined) throw new DoctorUsageError(`doctor takes one directory, got "${directory}" and "${argument}"`);
      directory = argument;
      continue;
    }
    if (argument === '--') {
      onlyPositionals = true;
      continue;
    }
    const equals = argument.indexOf('=');
    const option = argument.startsWith('--') && equals !== -1 ? argument.slice(0, equals) : argument;
    const inline = option === argument ? undefined : argument.slice(equals + 1);
    const flag = (): void => {
      if (inline !== undefined) throw new DoctorUsageError(`${option} takes no value`);
    };
    switch (option) {
      case '-h':
      case '--help':
        flag();
        help = true;
        break;
      case '--online':
        flag();
        online = true;
        break;
      case '--plain':
      case '--no-color':
        flag();
        plain = true;
        break;
      case '-q':
      case '--quiet':
        flag();
        quiet = true;
        break;
      case '--no-config':
        flag();
        noConfig = true;
        break;
      case '-c':
      case '--config': {
        const { value, next } = takeValue(args, index, option, inline);
        config = value;
        index = next;
        break;
      }
      case '--loader': {
        const { value, next } = takeValue(args, index, option, inline);
        if (!(LOADERS as readonly string[]).includes(value)) throw new DoctorUsageError(`--loader must be dotenv, nextjs or vite, not "${value}"`);
        loader = value as Loader;
        index = next;
        break;
      }
      case '--mode': {
        const { value, next } = takeValue(args, index, option, inline);
        if (!MODE.test(value) || value === 'local') throw new DoctorUsageError(`--mode "${value}" cannot name a .env.<mode> file (letters, digits, _ . -; not "local")`);
        mode = value;
        index = next;
        break;
      }
      case '-f':
      case '--format': {
        const { value, next } = takeValue(args, index, option, inline);
        if (value !== 'text' && value !== 'json') throw new DoctorUsageError(`--format must be text or json for doctor, not "${value}"`);
        format = value;
        index = next;
        break;
      }
      case '--base-url': {
        const { value, next } = takeValue(args, index, option, inline);
        baseUrl = value;
        index = next;
        break;
      }
      case '--timeout': {
        const { value, next } = takeValue(args, index, option, inline);
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 600_000) throw new DoctorUsageError(`--timeout takes milliseconds between 1 and 600000, not "${value}"`);
        timeoutMs = Number(value);
        index = next;
        break;
      }
      default:
        throw new DoctorUsageError(`unknown option ${option}`);
    }
  }
  if (baseUrl !== undefined && !online) throw new DoctorUsageError('--base-url only makes sense with --online');
  if (config !== undefined && noConfig) throw new DoctorUsageError('--config and --no-config exclude each other');
  return { directory, loader, mode, format, online, baseUrl, timeoutMs, plain, quiet, config, noConfig, help };
}
