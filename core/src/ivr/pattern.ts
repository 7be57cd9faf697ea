// Tenant-written regular expressions run on core's call thread, so a
// pattern with catastrophic backtracking would stall every call. Patterns
// are refused when they are long, use backreferences, or repeat a group
// that itself repeats or alternates ((a+)+, (a|aa)*): the shapes that make
// V8's backtracking engine exponential. Matched input is capped too.

/** Longest pattern accepted. */
export const MAX_PATTERN = 200;
/** Longest input a pattern is run on (the rest is ignored). */
export const MAX_MATCH_INPUT = 256;

/** Why `src` is unsafe, or null when it is acceptable. */
export function unsafePattern(src: string): string | null {
  if (src.length > MAX_PATTERN) return `longer than ${MAX_PATTERN} characters`;
  if (/\\[1-9]|\\k</.test(src)) return "backreferences are not allowed";
  // Per open group: does it contain a quantifier or an alternation?
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      stack.push(false);
      continue;
    }
    const quant = c === "*" || c === "+" || c === "{" || (c === "?" && src[i - 1] !== "(");
    if (c === ")") {
      const risky = stack.pop() ?? false;
      const next = src[i + 1];
      const repeated = next === "*" || next === "+" || next === "{";
      if (risky && repeated) return "a repeated group may not itself repeat or alternate (use a character class)";
      // The enclosing group inherits the risk of a repeated inner group.
      if (stack.length && (risky || repeated)) stack[stack.length - 1] = true;
      continue;
    }
    if ((quant || c === "|") && stack.length) stack[stack.length - 1] = true;
  }
  return null;
}
