/** Rust's `char::is_alphabetic`. */
export function isAlphabetic(character) {
    return /^\p{Alphabetic}$/u.test(character);
}
/** Rust's `char::is_alphanumeric`. */
export function isAlphanumeric(character) {
    return /^[\p{Alphabetic}\p{N}]$/u.test(character);
}
/** Drops leading characters that are neither alphabetic nor `_` (`***FOO` → `FOO`, `1FOO` → `FOO`). */
export function removeInvalidLeadingCharacters(key) {
    const characters = [...key];
    let index = 0;
    while (index < characters.length && !(isAlphabetic(characters[index]) || characters[index] === '_'))
        index += 1;
    return characters.slice(index).join('');
}
/** Rust's `str::to_uppercase` (JS agrees on every character dotenv files use). */
export function toUppercase(text) {
    return text.toUpperCase();
}
//# sourceMappingURL=key-helpers.js.map