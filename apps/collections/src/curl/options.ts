import { sliceWord } from './tokenizer/words.js';
import type { Word } from './tokenizer/types.js';

/**
 * curl's options that matter for finding the URL and the request: which take an argument (so
 * the next word is not a URL) and their short letters. From curl's docs/cmdline-opts; options
 * not listed are taken as flags.
 */
const OPTIONS_WITH_ARGUMENT: Readonly<Record<string, string | undefined>> = {
  header: 'H',
  data: 'd',
  'data-raw': undefined,
  'data-binary': undefined,
  'data-ascii': undefined,
  'data-urlencode': undefined,
  json: undefined,
  form: 'F',
  'form-string': undefined,
  request: 'X',
  user: 'u',
  'oauth2-bearer': undefined,
  url: undefined,
  'url-query': undefined,
  variable: undefined,
  output: 'o',
  'output-dir': undefined,
  'user-agent': 'A',
  referer: 'e',
  cookie: 'b',
  'cookie-jar': 'c',
  'connect-timeout': undefined,
  'max-time': 'm',
  retry: undefined,
  'retry-delay': undefined,
  'retry-max-time': undefined,
  'write-out': 'w',
  proxy: 'x',
  'proxy-user': 'U',
  'proxy-header': undefined,
  preproxy: undefined,
  noproxy: undefined,
  cacert: undefined,
  capath: undefined,
  cert: 'E',
  'cert-type': undefined,
  key: undefined,
  'key-type': undefined,
  pass: undefined,
  'upload-file': 'T',
  range: 'r',
  'continue-at': 'C',
  'limit-rate': undefined,
  config: 'K',
  resolve: undefined,
  'connect-to': undefined,
  interface: undefined,
  'max-redirs': undefined,
  'max-filesize': undefined,
  'speed-time': 'y',
  'speed-limit': 'Y',
  trace: undefined,
  'trace-ascii': undefined,
  stderr: undefined,
  'dump-header': 'D',
  'aws-sigv4': undefined,
  proto: undefined,
  'proto-redir': undefined,
  'proto-default': undefined,
  quote: 'Q',
  'telnet-option': 't',
  'time-cond': 'z',
  ciphers: undefined,
  'tls-max': undefined,
  pinnedpubkey: undefined,
  'ftp-port': 'P',
  'unix-socket': undefined,
  'abstract-unix-socket': undefined,
  'dns-servers': undefined,
  'doh-url': undefined,
  hsts: undefined,
  'alt-svc': undefined,
  'etag-save': undefined,
  'etag-compare': undefined,
  'request-target': undefined,
  'parallel-max': undefined,
  rate: undefined,
  'keepalive-time': undefined,
  'happy-eyeballs-timeout-ms': undefined,
  'expect100-timeout': undefined,
  'sasl-authzid': undefined,
  'login-options': undefined,
  'mail-from': undefined,
  'mail-rcpt': undefined,
  'local-port': undefined,
  'socks5': undefined,
  'socks5-hostname': undefined,
  'krb': undefined,
  'ech': undefined,
};

const FLAG_LETTERS: Readonly<Record<string, string>> = {
  k: 'insecure',
  s: 'silent',
  S: 'show-error',
  L: 'location',
  v: 'verbose',
  i: 'include',
  I: 'head',
  G: 'get',
  f: 'fail',
  N: 'no-buffer',
  O: 'remote-name',
  J: 'remote-header-name',
  g: 'globoff',
  n: 'netrc',
  q: 'disable',
  Z: 'parallel',
  '#': 'progress-bar',
  '0': 'http1.0',
  '1': 'tlsv1',
  '2': 'sslv2',
  '3': 'sslv3',
  '4': 'ipv4',
  '6': 'ipv6',
  a: 'append',
  B: 'use-ascii',
  j: 'junk-session-cookies',
  l: 'list-only',
  M: 'manual',
  p: 'proxytunnel',
  R: 'remote-time',
  V: 'version',
  h: 'help',
};

const LETTER_TO_LONG: ReadonlyMap<string, string> = new Map([
  ...Object.entries(OPTIONS_WITH_ARGUMENT)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([long, letter]) => [letter, long] as [string, string]),
  ...Object.entries(FLAG_LETTERS).map(([letter, long]) => [letter, long] as [string, string]),
]);

export interface CurlOption {
  /** The long name without dashes (`header`, `insecure`); for `--expand-header` it is `header`. */
  readonly name: string;
  /** The word the option is written in (`-sSk` for `insecure` in `-sSk`). */
  readonly word: Word;
  /** Value indices of the option's own letters or name inside `word`. */
  readonly spelledStart: number;
  readonly spelledEnd: number;
  readonly argument?: Word;
  /** Written as `--expand-<name>`: curl replaces `{{variables}}` in the argument. */
  readonly expand: boolean;
}

export interface ParsedCurlArguments {
  readonly options: readonly CurlOption[];
  /** Positional arguments: curl takes every one as a URL. */
  readonly urls: readonly Word[];
}

function takesArgument(name: string): boolean {
  return name in OPTIONS_WITH_ARGUMENT;
}

/** The long name for an option as written (`-H`, `--header`, `--expand-header`), if it is one curl knows. */
export function curlOptionName(spelled: string): string | undefined {
  if (spelled.startsWith('--')) {
    const name = spelled.slice(2).split('=')[0] ?? '';
    const base = name.startsWith('expand-') ? name.slice('expand-'.length) : name;
    return takesArgument(base) || Object.values(FLAG_LETTERS).includes(base) ? base : undefined;
  }
  if (spelled.startsWith('-') && spelled.length >= 2) return LETTER_TO_LONG.get(spelled.charAt(1));
  return undefined;
}

/**
 * Splits curl's arguments into options (with their arguments) and URLs, as curl reads them:
 * `-sSL`, `-XPOST`, `-HName:value`, `--header value`, and leniently `--header=value`.
 */
export function parseCurlArguments(args: readonly Word[]): ParsedCurlArguments {
  const options: CurlOption[] = [];
  const urls: Word[] = [];
  let index = 0;
  while (index < args.length) {
    const word = args[index] as Word;
    const value = word.value;
    index += 1;
    if (value.startsWith('--') && value.length > 2) {
      const equals = value.indexOf('=');
      const spelledName = equals === -1 ? value.slice(2) : value.slice(2, equals);
      const expand = spelledName.startsWith('expand-');
      const name = expand ? spelledName.slice('expand-'.length) : spelledName;
      if (!takesArgument(name)) {
        options.push({ name, word, spelledStart: 2, spelledEnd: value.length, expand });
        continue;
      }
      const argument = equals === -1 ? args[index] : sliceWord(word, equals + 1);
      if (equals === -1) index += 1;
      options.push({ name, word, spelledStart: 2, spelledEnd: equals === -1 ? value.length : equals, expand, ...(argument === undefined ? {} : { argument }) });
      continue;
    }
    if (value.startsWith('-') && value.length > 1) {
      for (let letterIndex = 1; letterIndex < value.length; letterIndex += 1) {
        const letter = value.charAt(letterIndex);
        const name = LETTER_TO_LONG.get(letter) ?? letter;
        if (!takesArgument(name)) {
          options.push({ name, word, spelledStart: letterIndex, spelledEnd: letterIndex + 1, expand: false });
          continue;
        }
        const attached = letterIndex + 1 < value.length;
        const argument = attached ? sliceWord(word, letterIndex + 1) : args[index];
        if (!attached) index += 1;
        options.push({ name, word, spelledStart: letterIndex, spelledEnd: letterIndex + 1, expand: false, ...(argument === undefined ? {} : { argument }) });
        break;
      }
      continue;
    }
    urls.push(word);
  }
  for (const option of options) if (option.name === 'url' && option.argument !== undefined) urls.push(option.argument);
  return { options, urls };
}
