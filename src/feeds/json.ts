/** What the JSON readers (JSON Feed, WordPress) share about JSON values. */

/** A JSON object (not null, not an array). */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
