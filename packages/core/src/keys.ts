import { keyShapes, type KeyShape } from './providers/key-shapes.js';

/**
 * The known shape a value has, judged by prefix, charset, plausible length and marker. Undefined
 * for anything that is not recognisably a key of a known provider.
 */
export function keyShapeOf(value: string): KeyShape | undefined {
  for (const shape of keyShapes) {
    if (!value.startsWith(shape.prefix)) continue;
    const body = value.slice(shape.prefix.length);
    if (value.length < shape.minLength || value.length > shape.maxLength) continue;
    if (!shape.bodyCharacters.test(body)) continue;
    if (shape.marker !== undefined && !body.includes(shape.marker)) continue;
    return shape;
  }
  return undefined;
}
