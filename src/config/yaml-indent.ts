/**
 * Finds the first mis-indented line of a YAML file in plain words. The parser reports indentation
 * mistakes in its own terms ("Implicit keys need to be on a single line") and often at the line
 * before; this scan of block-style lines names the line to fix and the indent it should have.
 * Approximate on purpose: it is asked only after the parser has failed, and says nothing when unsure.
 */
export interface IndentProblem {
  line: number;
  column: number;
  message: string;
}

interface Level {
  indent: number;
  /** 1-based line of this level's latest entry, and that entry's key (when a map). */
  line: number;
  key?: string;
}

const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#'"{[\]}:][^:#]*?))\s*:(?:\s|$)/;

function keyOf(content: string): string | undefined {
  const m = KEY.exec(content);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : undefined;
}

function stripComment(content: string): string {
  return content.replace(/\s+#.*$/, '').trimEnd();
}

/** Unclosed `{`/`[` on a line (outside quotes), so multi-line flow collections can be skipped. */
function flowDepth(content: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (const ch of content) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    else if (ch === '#') break;
  }
  return depth;
}

function plural(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

export function findIndentProblem(text: string): IndentProblem | undefined {
  const lines = text.split(/\r?\n/);
  const stack: Level[] = [];
  /** The previous key line opened a nested block (`key:` with nothing after it, or a bare `-`). */
  let opens = false;
  let previous: { line: number; key?: string; indent: number } | undefined;
  let blockScalar: number | undefined;
  let flow = 0;
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (/^\s*(#.*)?$/.test(raw) || /^(---|\.\.\.)\s*$/.test(raw)) continue;
    const indent = raw.length - raw.trimStart().length;
    if (raw.slice(0, indent).includes('\t')) return undefined; // tabs have their own message
    if (blockScalar !== undefined) {
      if (indent > blockScalar) continue;
      blockScalar = undefined;
    }
    if (flow > 0) {
      flow += flowDepth(raw);
      continue;
    }
    const content = stripComment(raw.trimStart());
    const isItem = content === '-' || content.startsWith('- ');
    const key = isItem ? undefined : keyOf(content);
    // Continuation lines of plain multi-line values are no structure.
    if (!isItem && key === undefined) continue;

    const line = n + 1;
    let popped: Level | undefined;
    while (stack.length > 0 && stack.at(-1)!.indent > indent) popped = stack.pop();
    const top = stack.at(-1);
    if (top === undefined || top.indent < indent) {
      if (popped && !(opens && previous && indent > previous.indent)) {
        const outer = top
          ? ` or ${plural(top.indent)} (${top.key ? `"${top.key}", ` : ''}line ${top.line})`
          : '';
        return {
          line,
          column: indent + 1,
          message:
            `line ${line} is indented ${plural(indent)}, which matches no level around it: ` +
            `the entries above are at ${plural(popped.indent)} (${popped.key ? `"${popped.key}", ` : ''}line ${popped.line})${outer}; ` +
            `indent it ${plural(popped.indent)} to continue that ${popped.key ? 'map' : 'list'}`,
        };
      }
      if (!popped && top && !opens) {
        const sibling = previous!;
        return {
          line,
          column: indent + 1,
          message:
            `line ${line} is indented ${plural(indent)}, more than ${sibling.key ? `"${sibling.key}"` : 'the entry'} on line ${sibling.line} ` +
            `(${plural(sibling.indent)}), which already has a value; indent it ${plural(sibling.indent)} to put it beside ` +
            `${sibling.key ? `"${sibling.key}"` : 'that entry'}`,
        };
      }
      stack.push({ indent, line, ...(key === undefined ? {} : { key }) });
    } else {
      // A sibling: messages name the nearest one.
      top.line = line;
      if (key === undefined) delete top.key;
      else top.key = key;
    }

    // The content after `- ` is a nested level of its own (the item's map).
    let rest = content;
    let at = indent;
    while (rest === '-' || rest.startsWith('- ')) {
      const inner = rest.slice(1).trimStart();
      at += rest.length - inner.length;
      rest = inner;
      if (rest !== '' && rest !== '-' && !rest.startsWith('- ')) {
        stack.push({ indent: at, line, ...(keyOf(rest) === undefined ? {} : { key: keyOf(rest)! }) });
      } else if (rest.startsWith('- ')) stack.push({ indent: at, line });
    }
    const restKey = keyOf(rest);
    const value = restKey === undefined ? rest : rest.slice(rest.indexOf(':') + 1).trim();
    opens = rest === '' || (restKey !== undefined && value === '');
    if (/^[|>][-+0-9]*$/.test(value)) blockScalar = at;
    flow = Math.max(0, flowDepth(value));
    previous = { line, indent: at, ...(restKey === undefined ? {} : { key: restKey }) };
  }
  return undefined;
}

/** The first line that opens a `{` or `[` and ends without closing it before the next entry. */
export function findUnclosedFlow(text: string): IndentProblem | undefined {
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    if (flowDepth(raw) <= 0) continue;
    const indent = raw.length - raw.trimStart().length;
    const next = lines.slice(n + 1).find((l) => !/^\s*(#.*)?$/.test(l));
    const nextIndent = next === undefined ? -1 : next.length - next.trimStart().length;
    // A flow collection may go on over more lines, but only indented deeper than where it began.
    if (next !== undefined && nextIndent > indent) continue;
    const open = [...stripComment(raw)].reverse().find((ch) => ch === '{' || ch === '[')!;
    const close = open === '{' ? '}' : ']';
    return {
      line: n + 1,
      column: raw.lastIndexOf(open) + 1,
      message: `the "${open}" on line ${n + 1} is never closed; end the line with "${close}"`,
    };
  }
  return undefined;
}
