/**
 * JSON.parse that never rounds an id: integer literals beyond Number.MAX_SAFE_INTEGER become strings.
 * Zalo documents every id as a JSON string (and the fixtures agree), but its ids are 18–19 digits,
 * so one sent as a bare number would silently change under JSON.parse; this keeps it exact.
 * Throws SyntaxError on malformed JSON, like JSON.parse.
 */
export function parseRawJson(text: string): unknown {
  return JSON.parse(quoteUnsafeIntegers(text));
}

const numberToken = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function quoteUnsafeIntegers(text: string): string {
  let output = '';
  let copiedUpTo = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') {
      inString = true;
      continue;
    }
    if (char !== '-' && !(char !== undefined && char >= '0' && char <= '9')) continue;
    numberToken.lastIndex = index;
    const literal = numberToken.exec(text)?.[0];
    if (literal === undefined) continue;
    if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
      output += `${text.slice(copiedUpTo, index)}"${literal}"`;
      copiedUpTo = index + literal.length;
    }
    index += literal.length - 1;
  }
  return copiedUpTo === 0 ? text : output + text.slice(copiedUpTo);
}
