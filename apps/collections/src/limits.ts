/** Larger than any real export; past it a file or a paste is reported, not read (the CLI and the page alike). */
export const MAXIMUM_FILE_BYTES = 20 * 1024 * 1024;

/** The one-line reason a too-large input is not checked. */
export function tooLargeReason(name: string): string {
  return `${name}: larger than ${MAXIMUM_FILE_BYTES / 1024 / 1024} MiB; not checked`;
}
