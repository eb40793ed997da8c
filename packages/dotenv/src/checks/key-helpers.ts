/** Rust's `char::is_alphabetic`. */
export function isAlphabetic(character: string): boolean {
  return /^\p{Alphabetic}$/u.test(character);
}

/** Rust's `char::is_alphanumeric`. */
export function isAlphanumeric(character: string): boolean {
  return /^[\p{Alphabetic}\p{N}]$/u.test(character);
}

/** Drops leading characters that are neither alphabetic nor `_` (`***FOO` → `FOO`, `1FOO` → `FOO`). */
export function removeInvalidLeadingCharacters(key: string): string {
  // The usual key starts with an ASCII letter or `_`: nothing to drop.
  if (/^[A-Za-z_]/.test(key)) return key;
  const characters = [...key];
  let index = 0;
  while (index < characters.length && !(isAlphabetic(characters[index]!) || characters[index] === '_')) index += 1;
  return characters.slice(index).join('');
}

/** Rust's `str::to_uppercase` (JS agrees on every character dotenv files use). */
export function toUppercase(text: string): string {
  return text.toUpperCase();
}
