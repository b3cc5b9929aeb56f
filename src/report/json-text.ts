// Every JSON pmr prints (--json, JSON Lines, the schema) is written here.
// JSON.stringify escapes C0 controls but leaves DEL, C1 controls and bidi
// controls raw, and a terminal acts on those; as \u escapes they are inert
// and parse back to exactly the same data.

const rawInJson = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** One JSON value as text: `indent` spaces per level, or one line without. */
export function jsonText(value: unknown, indent?: number): string {
  return (JSON.stringify(value, null, indent) ?? 'null').replace(
    rawInJson,
    (character) => `\\u${(character.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}
