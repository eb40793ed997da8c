/** Rust's `char::is_alphabetic`. */
export declare function isAlphabetic(character: string): boolean;
/** Rust's `char::is_alphanumeric`. */
export declare function isAlphanumeric(character: string): boolean;
/** Drops leading characters that are neither alphabetic nor `_` (`***FOO` → `FOO`, `1FOO` → `FOO`). */
export declare function removeInvalidLeadingCharacters(key: string): string;
/** Rust's `str::to_uppercase` (JS agrees on every character dotenv files use). */
export declare function toUppercase(text: string): string;
//# sourceMappingURL=key-helpers.d.ts.map