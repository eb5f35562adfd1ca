export const id = 906;
export const ids = [906];
export const modules = {

/***/ 55018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ checkPromptImmutability),
/* harmony export */   t: () => (/* binding */ templateHash)
/* harmony export */ });
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25610);

/** sha256 of the prompt version's template, compared with the manifest for the immutability rule. */
function templateHash(t) {
    return (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .hashCanonical */ .z7)({ text: t.text, negative: t.negative, style: t.style });
}
/**
 * A prompt version that made shots is frozen: the manifest records its template hash, and editing
 * the text in place would silently change what "studio-white@2" means for the shots already made.
 * One error per changed version, at the version's line.
 */
function checkPromptImmutability(config, records) {
    // id@version -> template hash -> number of shots
    const used = new Map();
    for (const r of records) {
        if (!r.prompt || !r.templateHash)
            continue;
        let hashes = used.get(r.prompt);
        if (!hashes)
            used.set(r.prompt, (hashes = new Map()));
        hashes.set(r.templateHash, (hashes.get(r.templateHash) ?? 0) + 1);
    }
    const findings = [];
    for (const template of config.prompts.values()) {
        const latest = Math.max(...template.versions.keys());
        for (const version of template.versions.values()) {
            const id = `${template.id}@${version.version}`;
            const hashes = used.get(id);
            if (!hashes)
                continue;
            const current = templateHash(version);
            let changedFor = 0;
            for (const [hash, count] of hashes)
                if (hash !== current)
                    changedFor += count;
            if (changedFor === 0)
                continue;
            findings.push({
                file: version.at.file,
                line: version.at.line,
                column: version.at.column,
                severity: 'error',
                rule: 'prompt-immutable',
                message: `prompt ${id} changed since it was used for ${changedFor} shot${changedFor === 1 ? '' : 's'}; ` +
                    `add version ${latest + 1} instead (copy the new wording there, restore version ${version.version}, ` +
                    `and point the variants at ${template.id}@${latest + 1})`,
            });
        }
    }
    return findings;
}


/***/ }),

/***/ 68924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ SETTINGS_FILE),
  Z: () => (/* binding */ loadConfig)
});

// NAMESPACE OBJECT: ./src/config/validators.generated.js
var validators_generated_namespaceObject = {};
__webpack_require__.r(validators_generated_namespaceObject);
__webpack_require__.d(validators_generated_namespaceObject, {
  catalog: () => (catalog),
  placements: () => (placements),
  prompts: () => (prompts),
  shotlist: () => (shotlist)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/domain/findings.ts
var domain_findings = __webpack_require__(38944);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/config/yaml-indent.ts
const KEY = /^((?:"[^"]*"|'[^']*'|[^\s#'"{[\]}:][^:#]*?))\s*:(?:\s|$)/;
function keyOf(content) {
    const m = KEY.exec(content);
    return m ? m[1].replace(/^["']|["']$/g, '') : undefined;
}
function stripComment(content) {
    return content.replace(/\s+#.*$/, '').trimEnd();
}
/** Unclosed `{`/`[` on a line (outside quotes), so multi-line flow collections can be skipped. */
function flowDepth(content) {
    let depth = 0;
    let quote;
    for (const ch of content) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
        }
        else if (ch === '"' || ch === "'")
            quote = ch;
        else if (ch === '{' || ch === '[')
            depth++;
        else if (ch === '}' || ch === ']')
            depth--;
        else if (ch === '#')
            break;
    }
    return depth;
}
function plural(n) {
    return `${n} space${n === 1 ? '' : 's'}`;
}
function findIndentProblem(text) {
    const lines = text.split(/\r?\n/);
    const stack = [];
    /** The previous key line opened a nested block (`key:` with nothing after it, or a bare `-`). */
    let opens = false;
    let previous;
    let blockScalar;
    let flow = 0;
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        if (/^\s*(#.*)?$/.test(raw) || /^(---|\.\.\.)\s*$/.test(raw))
            continue;
        const indent = raw.length - raw.trimStart().length;
        if (raw.slice(0, indent).includes('\t'))
            return undefined; // tabs have their own message
        if (blockScalar !== undefined) {
            if (indent > blockScalar)
                continue;
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
        if (!isItem && key === undefined)
            continue;
        const line = n + 1;
        let popped;
        while (stack.length > 0 && stack.at(-1).indent > indent)
            popped = stack.pop();
        const top = stack.at(-1);
        if (top === undefined || top.indent < indent) {
            if (popped && !(opens && previous && indent > previous.indent)) {
                const outer = top
                    ? ` or ${plural(top.indent)} (${top.key ? `"${top.key}", ` : ''}line ${top.line})`
                    : '';
                return {
                    line,
                    column: indent + 1,
                    message: `line ${line} is indented ${plural(indent)}, which matches no level around it: ` +
                        `the entries above are at ${plural(popped.indent)} (${popped.key ? `"${popped.key}", ` : ''}line ${popped.line})${outer}; ` +
                        `indent it ${plural(popped.indent)} to continue that ${popped.key ? 'map' : 'list'}`,
                };
            }
            if (!popped && top && !opens) {
                const sibling = previous;
                return {
                    line,
                    column: indent + 1,
                    message: `line ${line} is indented ${plural(indent)}, more than ${sibling.key ? `"${sibling.key}"` : 'the entry'} on line ${sibling.line} ` +
                        `(${plural(sibling.indent)}), which already has a value; indent it ${plural(sibling.indent)} to put it beside ` +
                        `${sibling.key ? `"${sibling.key}"` : 'that entry'}`,
                };
            }
            stack.push({ indent, line, ...(key === undefined ? {} : { key }) });
        }
        else {
            // A sibling: messages name the nearest one.
            top.line = line;
            if (key === undefined)
                delete top.key;
            else
                top.key = key;
        }
        // The content after `- ` is a nested level of its own (the item's map).
        let rest = content;
        let at = indent;
        while (rest === '-' || rest.startsWith('- ')) {
            const inner = rest.slice(1).trimStart();
            at += rest.length - inner.length;
            rest = inner;
            if (rest !== '' && rest !== '-' && !rest.startsWith('- ')) {
                stack.push({ indent: at, line, ...(keyOf(rest) === undefined ? {} : { key: keyOf(rest) }) });
            }
            else if (rest.startsWith('- '))
                stack.push({ indent: at, line });
        }
        const restKey = keyOf(rest);
        const value = restKey === undefined ? rest : rest.slice(rest.indexOf(':') + 1).trim();
        opens = rest === '' || (restKey !== undefined && value === '');
        if (/^[|>][-+0-9]*$/.test(value))
            blockScalar = at;
        flow = Math.max(0, flowDepth(value));
        previous = { line, indent: at, ...(restKey === undefined ? {} : { key: restKey }) };
    }
    return undefined;
}
/** The first line that opens a `{` or `[` and ends without closing it before the next entry. */
function findUnclosedFlow(text) {
    const lines = text.split(/\r?\n/);
    for (let n = 0; n < lines.length; n++) {
        const raw = lines[n];
        if (flowDepth(raw) <= 0)
            continue;
        const indent = raw.length - raw.trimStart().length;
        const next = lines.slice(n + 1).find((l) => !/^\s*(#.*)?$/.test(l));
        const nextIndent = next === undefined ? -1 : next.length - next.trimStart().length;
        // A flow collection may go on over more lines, but only indented deeper than where it began.
        if (next !== undefined && nextIndent > indent)
            continue;
        const open = [...stripComment(raw)].reverse().find((ch) => ch === '{' || ch === '[');
        const close = open === '{' ? '}' : ']';
        return {
            line: n + 1,
            column: raw.lastIndexOf(open) + 1,
            message: `the "${open}" on line ${n + 1} is never closed; end the line with "${close}"`,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/yaml-file.ts





/** Parser errors that usually mean a mis-indented line. */
const INDENT_CODES = new Set([
    'BAD_INDENT',
    'BLOCK_AS_IMPLICIT_KEY',
    'MULTILINE_IMPLICIT_KEY',
    'MISSING_CHAR',
]);
let yamlModule;
/** The `yaml` package, loaded on first use: a clean config never pays for it. */
function yaml() {
    yamlModule ??= (0,external_node_module_.createRequire)(import.meta.url)('yaml');
    return yamlModule;
}
/**
 * Whether a file holds more than comments, blank lines and document markers. The first content
 * line is usually near the top, so a line scan stops there; only a file that looks empty to it is
 * checked by the exact rule (which also treats a lone "\r" as a line end).
 */
function hasContent(text) {
    let hash = text.indexOf('#');
    for (let start = 0; start < text.length;) {
        let end = text.indexOf('\n', start);
        if (end < 0)
            end = text.length;
        // Each "#" is searched for once: the scan stays linear however many lines it passes.
        if (hash !== -1 && hash < start)
            hash = text.indexOf('#', start);
        // Cutting at "#" removes at least what the exact rule removes, so content here is content there.
        const line = text.slice(start, hash !== -1 && hash < end ? hash : end).trimEnd();
        if (line.trim() !== '' && line !== '---' && line !== '...')
            return true;
        start = end + 1;
    }
    return /\S/.test(text
        .replace(/#.*$/gm, '')
        .replace(/^---\s*$/gm, '')
        .replace(/^\.\.\.\s*$/gm, ''));
}
/** Bigger files are refused unread: a catalog split into files stays well under this. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** How many alias expansions a file may make before it is treated as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;
/**
 * One YAML file of the user's repository. Parsed with js-yaml (fast, no positions); the `yaml`
 * package's Document (slow, exact positions) is built only when a position is asked for, i.e. for
 * files that have findings, or up front for files js-yaml cannot be trusted with (aliases).
 */
class YamlFile {
    rel;
    abs;
    text;
    data;
    findings = [];
    doc;
    lineCounter;
    constructor(rel, abs, text) {
        this.rel = rel;
        this.abs = abs;
        this.text = text;
    }
    static async read(abs, rel) {
        // Synchronous on purpose: files are read one after another, and awaiting each read only idles.
        const size = (0,external_node_fs_.statSync)(abs).size;
        if (size > MAX_FILE_BYTES) {
            const file = new YamlFile(rel, abs, '');
            file.fileFinding('file-too-large', `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the 5 MB limit per YAML file; split it into several files in the same folder`);
            return file;
        }
        const bytes = (0,external_node_fs_.readFileSync)(abs);
        const bad = (0,external_node_buffer_.isUtf8)(bytes) ? undefined : firstInvalidUtf8(bytes);
        if (bad !== undefined) {
            const file = new YamlFile(rel, abs, '');
            const before = bytes.subarray(0, bad);
            const line = before.filter((b) => b === 0x0a).length + 1;
            const lineStart = before.lastIndexOf(0x0a) + 1;
            const column = new TextDecoder().decode(bytes.subarray(lineStart, bad)).length + 1;
            file.findings.push({
                file: rel,
                line,
                column,
                severity: 'error',
                rule: 'encoding',
                message: `byte 0x${bytes[bad].toString(16).padStart(2, '0')} is not valid UTF-8; save the file as UTF-8`,
            });
            return file;
        }
        let text = bytes.toString('utf8');
        if (text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        const file = new YamlFile(rel, abs, text);
        file.parse();
        return file;
    }
    /** Parses text that is already in memory (tests, in-memory configs). */
    static fromText(rel, text) {
        const file = new YamlFile(rel, rel, text);
        file.parse();
        return file;
    }
    parse() {
        if (!hasContent(this.text)) {
            this.fileFinding('empty-file', 'file is empty; add its content or delete the file');
            this.data = undefined;
            return;
        }
        // An anchor is the only way to make aliases; files with one go through the bounded parser.
        if (this.text.includes('&') && /(?:^|[\s,[{:-])&[^\s,[\]{}]/m.test(this.text)) {
            this.parseWithDocument();
            return;
        }
        try {
            // The YAML 1.2 core schema, as the yaml package uses: no timestamps or other implicit types.
            this.data = (0,js_yaml/* load */.Hh)(this.text, { filename: this.rel, schema: js_yaml/* CORE_SCHEMA */.OU });
        }
        catch {
            this.parseWithDocument();
        }
    }
    parseWithDocument() {
        const doc = this.document();
        if (doc.errors.length > 0) {
            const plain = this.plainSyntaxFinding(doc);
            if (plain) {
                this.findings.push(plain);
                this.data = undefined;
                return;
            }
            for (const error of doc.errors) {
                const pos = error.linePos?.[0];
                this.findings.push({
                    file: this.rel,
                    line: pos?.line ?? 1,
                    column: pos?.col ?? 1,
                    severity: 'error',
                    rule: 'yaml-syntax',
                    message: `YAML syntax: ${describeYamlError(error.code, error.message)}`,
                });
            }
            this.data = undefined;
            return;
        }
        for (const warning of doc.warnings) {
            const pos = warning.linePos?.[0];
            this.findings.push({
                file: this.rel,
                line: pos?.line ?? 1,
                column: pos?.col ?? 1,
                severity: 'warning',
                rule: 'yaml-syntax',
                message: `YAML: ${describeYamlError(warning.code, warning.message)}; the value is read as plain text`,
            });
        }
        let unresolved = false;
        yaml().visit(doc, {
            Alias: (_key, node) => {
                if (node.resolve(doc) !== undefined)
                    return;
                unresolved = true;
                const pos = node.range && this.lineCounter ? this.lineCounter.linePos(node.range[0]) : { line: 1, col: 1 };
                this.findings.push({
                    file: this.rel,
                    line: pos.line,
                    column: pos.col,
                    severity: 'error',
                    rule: 'yaml-syntax',
                    message: `YAML: alias *${node.source} has no anchor &${node.source} before it; define the anchor first or write the value out`,
                });
            },
        });
        if (unresolved) {
            this.data = undefined;
            return;
        }
        try {
            this.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            const excessive = /excessive alias count/i.test(message);
            this.fileFinding(excessive ? 'alias-bomb' : 'yaml-syntax', excessive
                ? `aliases expand to more than ${MAX_ALIAS_COUNT} copies (an alias bomb); refused. Write the values out or use fewer aliases`
                : `YAML: ${message}`);
            this.data = undefined;
        }
    }
    /**
     * One finding in plain words for the two syntax mistakes people make most, in place of the
     * parser's errors: a key written twice (named, with both lines) and a mis-indented line (the line
     * to fix, not the parser's guess of the line before). Undefined for other errors.
     */
    plainSyntaxFinding(doc) {
        const first = doc.errors[0];
        const at = first.linePos?.[0]?.line ?? 1;
        if (first.code === 'DUPLICATE_KEY') {
            const dup = this.duplicateKey(doc);
            if (dup) {
                return {
                    file: this.rel,
                    line: dup.line,
                    column: dup.column,
                    severity: 'error',
                    rule: 'yaml-duplicate-key',
                    message: `key "${dup.key}" appears twice in the same map, on lines ${dup.firstLine} and ${dup.line}; keep one of them`,
                };
            }
        }
        if (doc.errors.some((e) => /^Flow (map|sequence)/.test(e.message))) {
            const unclosed = findUnclosedFlow(this.text);
            if (unclosed && unclosed.line <= at) {
                return {
                    file: this.rel,
                    ...unclosed,
                    severity: 'error',
                    rule: 'yaml-syntax',
                    message: `YAML syntax: ${unclosed.message}`,
                };
            }
        }
        if (doc.errors.some((e) => INDENT_CODES.has(e.code))) {
            const problem = findIndentProblem(this.text);
            if (problem && Math.abs(problem.line - at) <= 1) {
                return {
                    file: this.rel,
                    ...problem,
                    severity: 'error',
                    rule: 'yaml-indent',
                    message: `YAML indentation: ${problem.message}`,
                };
            }
        }
        return undefined;
    }
    /** The first key that repeats within one map, with the line of its first use. */
    duplicateKey(doc) {
        let found;
        yaml().visit(doc, {
            Map: (_key, map) => {
                const seen = new Map();
                for (const pair of map.items) {
                    const node = pair.key;
                    const offset = node?.range?.[0];
                    if (offset === undefined || !this.lineCounter)
                        continue;
                    const name = keyText(pair.key);
                    const pos = this.lineCounter.linePos(offset);
                    const firstLine = seen.get(name);
                    if (firstLine === undefined) {
                        seen.set(name, pos.line);
                    }
                    else if (!found || pos.line < found.line) {
                        found = { key: name, firstLine, line: pos.line, column: pos.col };
                    }
                }
            },
        });
        return found;
    }
    /** The `yaml` Document of this file, parsed on first use. */
    document() {
        if (!this.doc) {
            this.lineCounter = new (yaml().LineCounter)();
            this.doc = yaml().parseDocument(this.text, {
                lineCounter: this.lineCounter,
                merge: true,
                prettyErrors: true,
                uniqueKeys: true,
                // Only the YAML 1.2 core types: `!!binary`, `!!timestamp` and friends stay text, with a warning.
                resolveKnownTags: false,
            });
        }
        return this.doc;
    }
    /**
     * Where the value at `path` starts, or its key when `key` is set. Falls back to the deepest
     * existing ancestor, so a finding about a missing key points at the map that lacks it.
     */
    locate(path, key = false) {
        const doc = this.document();
        let node = doc.contents;
        let keyNode;
        for (const segment of path) {
            node = unalias(doc, node);
            const { isMap, isPair, isSeq } = yaml();
            if (isMap(node)) {
                const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
                if (!pair)
                    break;
                keyNode = pair.key;
                node = pair.value;
            }
            else if (isSeq(node)) {
                const item = node.items[Number(segment)];
                if (item === undefined)
                    break;
                keyNode = undefined;
                node = item;
            }
            else {
                break;
            }
        }
        const target = (key && keyNode) || node || keyNode;
        const offset = target?.range?.[0];
        if (offset === undefined || !this.lineCounter)
            return { line: 1, column: 1 };
        const pos = this.lineCounter.linePos(offset);
        return { line: pos.line, column: pos.col };
    }
    ref(path, key = false) {
        return { file: this.rel, ...this.locate(path, key) };
    }
    finding(rule, path, message, opts = {}) {
        return {
            ...this.ref(path, opts.key ?? false),
            severity: opts.severity ?? 'error',
            rule,
            message,
        };
    }
    fileFinding(rule, message) {
        // The file as a whole: its first line, so editors and CI annotations can still jump there.
        this.findings.push({ file: this.rel, line: 1, column: 1, severity: 'error', rule, message });
    }
}
function keyText(key) {
    if (yaml().isScalar(key))
        return String(key.value);
    return String(key);
}
function unalias(doc, node) {
    return yaml().isAlias(node) ? node.resolve(doc) : node;
}
function describeYamlError(code, message) {
    const short = message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
    if (code === 'DUPLICATE_KEY')
        return 'a key appears twice in the same map; keep one of them';
    if (code === 'MULTIPLE_DOCS') {
        return 'the file holds more than one YAML document (a second "---"); keep one document per file';
    }
    if (code === 'TAB_AS_INDENT')
        return 'tabs are not allowed as indentation; indent with spaces';
    if (code === 'MISSING_CHAR' || code === 'BAD_INDENT' || code === 'UNEXPECTED_TOKEN') {
        return `${short}; check the indentation, quotes and brackets here and on the line before`;
    }
    return short;
}
/** Offset of the first byte that breaks UTF-8, or undefined when the buffer is valid. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const b = bytes[i];
        if (b < 0x80) {
            i++;
            continue;
        }
        let need;
        let min;
        if (b >= 0xc2 && b <= 0xdf)
            [need, min] = [1, 0x80];
        else if (b >= 0xe0 && b <= 0xef)
            [need, min] = [2, 0x800];
        else if (b >= 0xf0 && b <= 0xf4)
            [need, min] = [3, 0x10000];
        else
            return i;
        let cp = b & (0x3f >> need);
        for (let k = 1; k <= need; k++) {
            const c = bytes[i + k];
            if (c === undefined || (c & 0xc0) !== 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3f);
        }
        if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += need + 1;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __webpack_require__(42784);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(36214);
;// CONCATENATED MODULE: ./src/config/validators.generated.js
// Generated from schemas/*.schema.json by `npm run gen:validators`; do not edit.

const validators_generated_ucs2length = ucs2length["default"] ?? ucs2length;
const shotlist = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://shotlist.dev/schemas/shotlist.schema.json","title":"shotlist settings (shotlist.yaml)","description":"Optional settings: paths, provider limits, run behaviour, budget, storage and git delivery.","type":"object","additionalProperties":false,"properties":{"paths":{"type":"object","additionalProperties":false,"properties":{"catalog":{"$ref":"#/$defs/relPath","default":"catalog"},"placements":{"$ref":"#/$defs/relPath","default":"placements"},"prompts":{"$ref":"#/$defs/relPath","default":"prompts"},"store":{"$ref":"#/$defs/relPath","default":"generated"}}},"providers":{"type":"object","description":"Per hosted API: queue limits, base URL (a proxy or gateway), key variable. `imagen` is accepted only to say that direct Imagen is shut down.","propertyNames":{"enum":["studio","gemini","imagen","openai","recraft","fal","replicate","pixelmuse"]},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"concurrency":{"type":"integer","minimum":1,"maximum":64,"default":4},"ratePerMinute":{"type":"number","exclusiveMinimum":0},"baseUrl":{"type":"string","pattern":"^https?://"},"timeoutSeconds":{"type":"number","exclusiveMinimum":0,"default":120},"keyEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"environment variable holding this provider's key (default: the provider's usual one, e.g. GEMINI_API_KEY)"},"pollSeconds":{"type":"number","exclusiveMinimum":0,"maximum":60,"description":"first wait between polls of an asynchronous job (fal, Replicate, Pixelmuse), growing 1.5x up to 5 s; used until a model's first job has ended in this run and for jobs resumed from the journal, after which polls are placed at the job time learned from finished jobs"}}}},"routing":{"type":"object","description":"Which provider serves a model (default: the model's first provider in the registry), and an optional fallback used when the first is unavailable (5xx after retries, model retired).","propertyNames":{"pattern":"^[a-z0-9][a-z0-9.-]*$"},"additionalProperties":{"type":"object","additionalProperties":false,"required":["provider"],"properties":{"provider":{"enum":["gemini","imagen","openai","recraft","fal","replicate","pixelmuse"]},"fallback":{"enum":["gemini","imagen","openai","recraft","fal","replicate","pixelmuse"]}}}},"run":{"type":"object","additionalProperties":false,"properties":{"shotDeadlineSeconds":{"type":"number","exclusiveMinimum":0,"default":600},"maxAttempts":{"type":"integer","minimum":1,"maximum":20,"default":5},"rerolls":{"type":"integer","minimum":0,"maximum":10,"default":2},"graceSeconds":{"type":"number","minimum":0,"default":30},"keepRaw":{"type":"boolean","default":true}}},"budget":{"type":"object","additionalProperties":false,"properties":{"maxImages":{"type":"integer","minimum":0},"maxUsd":{"type":"number","minimum":0}}},"storage":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["git","s3"],"description":"git or s3"},"bucket":{"type":"string","minLength":1,"description":"Bucket name (s3)."},"endpoint":{"type":"string","pattern":"^https?://","description":"Endpoint URL of an S3-compatible service (R2, MinIO, GCS interop); omit for AWS S3."},"region":{"type":"string","description":"Region (default us-east-1; R2 uses auto)."},"publicBaseUrl":{"type":"string","pattern":"^https?://","description":"Base URL the objects are served from (a CDN); the manifest records <publicBaseUrl>/<key>."},"prefix":{"type":"string","description":"Key prefix: objects are stored as <prefix>/<sku>/<variant>-<sha8>.<ext>."},"forcePathStyle":{"type":"boolean","description":"Address the bucket as <endpoint>/<bucket> instead of <bucket>.<endpoint> (MinIO and most self-hosted servers need true)."}},"description":"Where published images go. git (default): files under paths.store, committed. s3: uploaded to an S3-compatible bucket under content-addressed keys; the manifest stays in git. Credentials come from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN).","allOf":[{"if":{"properties":{"kind":{"const":"s3"}}},"then":{"required":["bucket"]}},{"if":{"properties":{"kind":{"const":"git"}}},"then":{"not":{"anyOf":[{"required":["bucket"]},{"required":["endpoint"]},{"required":["region"]},{"required":["publicBaseUrl"]},{"required":["prefix"]},{"required":["forcePathStyle"]}]},"description":"bucket, endpoint, region, publicBaseUrl, prefix and forcePathStyle apply only to kind: s3; remove them or set kind: s3"}}]},"git":{"type":"object","additionalProperties":false,"description":"How a run delivers its commit.","properties":{"author":{"type":"string","pattern":"^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$","description":"a commit author written \"Name <email>\"; default: the GitHub Actions bot in Actions, else your own git identity"},"delivery":{"enum":["commit","push","pull-request"],"default":"commit","description":"commit: one commit on the checked-out branch. push: the commit pushed to `branch`, retried on a race. pull-request: the commit pushed to `pullRequestBranch` and a pull request opened or updated against `branch`."},"remote":{"type":"string","minLength":1,"default":"origin","description":"The git remote pushed to."},"branch":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","description":"a branch name (no spaces, ~ ^ : ? * [ or \\): the branch pushed to (push) or the pull request base (pull-request); default: the checked-out branch, or GITHUB_REF_NAME on a detached HEAD"},"pullRequestBranch":{"type":"string","pattern":"^[^\\s~^:?*\\[\\\\]+$","default":"shotlist/{base}","description":"a branch name (no spaces, ~ ^ : ? * [ or \\) for pull-request delivery; {base} is replaced by the base branch"},"raw":{"enum":["ref","tree"],"default":"ref","description":"Where raw provider outputs (kept for re-deriving) live: ref (default) on refs/shotlist/raw, which clones of the branch do not fetch; tree: committed under <store>/.raw/ with the images."}}}},"$defs":{"relPath":{"type":"string","minLength":1,"pattern":"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$","description":"a folder inside the repository, relative, forward slashes, no '..'"}}};const schema32 = {"type":"string","minLength":1,"pattern":"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$","description":"a folder inside the repository, relative, forward slashes, no '..'"};const func1 = validators_generated_ucs2length;const pattern4 = new RegExp("^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$", "u");const pattern8 = new RegExp("^https?://", "u");const pattern9 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");const pattern10 = new RegExp("^[a-z0-9][a-z0-9.-]*$", "u");const pattern13 = new RegExp("^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$", "u");const pattern14 = new RegExp("^[^\\s~^:?*\\[\\\\]+$", "u");function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://shotlist.dev/schemas/shotlist.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(((((((key0 === "paths") || (key0 === "providers")) || (key0 === "routing")) || (key0 === "run")) || (key0 === "budget")) || (key0 === "storage")) || (key0 === "git"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.paths !== undefined){let data0 = data.paths;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!((((key1 === "catalog") || (key1 === "placements")) || (key1 === "prompts")) || (key1 === "store"))){const err1 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.paths,data:data0};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.catalog !== undefined){let data1 = data0.catalog;if(typeof data1 === "string"){if(func1(data1) < 1){const err2 = {instancePath:instancePath+"/paths/catalog",schemaPath:"#/$defs/relPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(!pattern4.test(data1)){const err3 = {instancePath:instancePath+"/paths/catalog",schemaPath:"#/$defs/relPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$",parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/paths/catalog",schemaPath:"#/$defs/relPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.placements !== undefined){let data2 = data0.placements;if(typeof data2 === "string"){if(func1(data2) < 1){const err5 = {instancePath:instancePath+"/paths/placements",schemaPath:"#/$defs/relPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(!pattern4.test(data2)){const err6 = {instancePath:instancePath+"/paths/placements",schemaPath:"#/$defs/relPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$",parentSchema:schema32,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/paths/placements",schemaPath:"#/$defs/relPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data0.prompts !== undefined){let data3 = data0.prompts;if(typeof data3 === "string"){if(func1(data3) < 1){const err8 = {instancePath:instancePath+"/paths/prompts",schemaPath:"#/$defs/relPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(!pattern4.test(data3)){const err9 = {instancePath:instancePath+"/paths/prompts",schemaPath:"#/$defs/relPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$",parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/paths/prompts",schemaPath:"#/$defs/relPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.store !== undefined){let data4 = data0.store;if(typeof data4 === "string"){if(func1(data4) < 1){const err11 = {instancePath:instancePath+"/paths/store",schemaPath:"#/$defs/relPath/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data4};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!pattern4.test(data4)){const err12 = {instancePath:instancePath+"/paths/store",schemaPath:"#/$defs/relPath/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"},message:"must match pattern \""+"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$"+"\"",schema:"^(?!/)(?![A-Za-z]:)(?!.*(^|/)\\.\\.(/|$))[^\\\\]+$",parentSchema:schema32,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/paths/store",schemaPath:"#/$defs/relPath/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}else {const err14 = {instancePath:instancePath+"/paths",schemaPath:"#/properties/paths/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.paths.type,parentSchema:schema31.properties.paths,data:data0};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.providers !== undefined){let data5 = data.providers;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key2 in data5){const _errs19 = errors;if(!((((((((key2 === "studio") || (key2 === "gemini")) || (key2 === "imagen")) || (key2 === "openai")) || (key2 === "recraft")) || (key2 === "fal")) || (key2 === "replicate")) || (key2 === "pixelmuse"))){const err15 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames/enum",keyword:"enum",params:{allowedValues: schema31.properties.providers.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.providers.propertyNames.enum,parentSchema:schema31.properties.providers.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}var valid6 = _errs19 === errors;if(!valid6){const err16 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema31.properties.providers.propertyNames,parentSchema:schema31.properties.providers,data:data5};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}for(const key3 in data5){let data6 = data5[key3];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){if(!((((((key4 === "concurrency") || (key4 === "ratePerMinute")) || (key4 === "baseUrl")) || (key4 === "timeoutSeconds")) || (key4 === "keyEnv")) || (key4 === "pollSeconds"))){const err17 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.providers.additionalProperties,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data6.concurrency !== undefined){let data7 = data6.concurrency;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err18 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrency",schemaPath:"#/properties/providers/additionalProperties/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.providers.additionalProperties.properties.concurrency.type,parentSchema:schema31.properties.providers.additionalProperties.properties.concurrency,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 64 || isNaN(data7)){const err19 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrency",schemaPath:"#/properties/providers/additionalProperties/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema31.properties.providers.additionalProperties.properties.concurrency,data:data7};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7 < 1 || isNaN(data7)){const err20 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/concurrency",schemaPath:"#/properties/providers/additionalProperties/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.providers.additionalProperties.properties.concurrency,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data6.ratePerMinute !== undefined){let data8 = data6.ratePerMinute;if((typeof data8 == "number") && (isFinite(data8))){if(data8 <= 0 || isNaN(data8)){const err21 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/ratePerMinute",schemaPath:"#/properties/providers/additionalProperties/properties/ratePerMinute/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.providers.additionalProperties.properties.ratePerMinute,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}else {const err22 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/ratePerMinute",schemaPath:"#/properties/providers/additionalProperties/properties/ratePerMinute/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.providers.additionalProperties.properties.ratePerMinute.type,parentSchema:schema31.properties.providers.additionalProperties.properties.ratePerMinute,data:data8};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.baseUrl !== undefined){let data9 = data6.baseUrl;if(typeof data9 === "string"){if(!pattern8.test(data9)){const err23 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseUrl",schemaPath:"#/properties/providers/additionalProperties/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.providers.additionalProperties.properties.baseUrl,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/baseUrl",schemaPath:"#/properties/providers/additionalProperties/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.providers.additionalProperties.properties.baseUrl.type,parentSchema:schema31.properties.providers.additionalProperties.properties.baseUrl,data:data9};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data6.timeoutSeconds !== undefined){let data10 = data6.timeoutSeconds;if((typeof data10 == "number") && (isFinite(data10))){if(data10 <= 0 || isNaN(data10)){const err25 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeoutSeconds",schemaPath:"#/properties/providers/additionalProperties/properties/timeoutSeconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.providers.additionalProperties.properties.timeoutSeconds,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}else {const err26 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/timeoutSeconds",schemaPath:"#/properties/providers/additionalProperties/properties/timeoutSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.providers.additionalProperties.properties.timeoutSeconds.type,parentSchema:schema31.properties.providers.additionalProperties.properties.timeoutSeconds,data:data10};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}if(data6.keyEnv !== undefined){let data11 = data6.keyEnv;if(typeof data11 === "string"){if(!pattern9.test(data11)){const err27 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyEnv",schemaPath:"#/properties/providers/additionalProperties/properties/keyEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema31.properties.providers.additionalProperties.properties.keyEnv,data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/keyEnv",schemaPath:"#/properties/providers/additionalProperties/properties/keyEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.providers.additionalProperties.properties.keyEnv.type,parentSchema:schema31.properties.providers.additionalProperties.properties.keyEnv,data:data11};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data6.pollSeconds !== undefined){let data12 = data6.pollSeconds;if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 60 || isNaN(data12)){const err29 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pollSeconds",schemaPath:"#/properties/providers/additionalProperties/properties/pollSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60",schema:60,parentSchema:schema31.properties.providers.additionalProperties.properties.pollSeconds,data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data12 <= 0 || isNaN(data12)){const err30 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pollSeconds",schemaPath:"#/properties/providers/additionalProperties/properties/pollSeconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.providers.additionalProperties.properties.pollSeconds,data:data12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/pollSeconds",schemaPath:"#/properties/providers/additionalProperties/properties/pollSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.providers.additionalProperties.properties.pollSeconds.type,parentSchema:schema31.properties.providers.additionalProperties.properties.pollSeconds,data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/providers/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/providers/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.providers.additionalProperties.type,parentSchema:schema31.properties.providers.additionalProperties,data:data6};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.providers.type,parentSchema:schema31.properties.providers,data:data5};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data.routing !== undefined){let data13 = data.routing;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key5 in data13){const _errs38 = errors;if(typeof key5 === "string"){if(!pattern10.test(key5)){const err34 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]*$"+"\"",schema:"^[a-z0-9][a-z0-9.-]*$",parentSchema:schema31.properties.routing.propertyNames,data:key5,propertyName:key5};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}var valid9 = _errs38 === errors;if(!valid9){const err35 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema31.properties.routing.propertyNames,parentSchema:schema31.properties.routing,data:data13};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}for(const key6 in data13){let data14 = data13[key6];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.provider === undefined){const err36 = {instancePath:instancePath+"/routing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/routing/additionalProperties/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema31.properties.routing.additionalProperties.required,parentSchema:schema31.properties.routing.additionalProperties,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}for(const key7 in data14){if(!((key7 === "provider") || (key7 === "fallback"))){const err37 = {instancePath:instancePath+"/routing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/routing/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.routing.additionalProperties,data:data14};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data14.provider !== undefined){let data15 = data14.provider;if(!(((((((data15 === "gemini") || (data15 === "imagen")) || (data15 === "openai")) || (data15 === "recraft")) || (data15 === "fal")) || (data15 === "replicate")) || (data15 === "pixelmuse"))){const err38 = {instancePath:instancePath+"/routing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/provider",schemaPath:"#/properties/routing/additionalProperties/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.routing.additionalProperties.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.routing.additionalProperties.properties.provider.enum,parentSchema:schema31.properties.routing.additionalProperties.properties.provider,data:data15};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data14.fallback !== undefined){let data16 = data14.fallback;if(!(((((((data16 === "gemini") || (data16 === "imagen")) || (data16 === "openai")) || (data16 === "recraft")) || (data16 === "fal")) || (data16 === "replicate")) || (data16 === "pixelmuse"))){const err39 = {instancePath:instancePath+"/routing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/fallback",schemaPath:"#/properties/routing/additionalProperties/properties/fallback/enum",keyword:"enum",params:{allowedValues: schema31.properties.routing.additionalProperties.properties.fallback.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.routing.additionalProperties.properties.fallback.enum,parentSchema:schema31.properties.routing.additionalProperties.properties.fallback,data:data16};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath:instancePath+"/routing/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/routing/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.routing.additionalProperties.type,parentSchema:schema31.properties.routing.additionalProperties,data:data14};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}else {const err41 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.routing.type,parentSchema:schema31.properties.routing,data:data13};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}if(data.run !== undefined){let data17 = data.run;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key8 in data17){if(!(((((key8 === "shotDeadlineSeconds") || (key8 === "maxAttempts")) || (key8 === "rerolls")) || (key8 === "graceSeconds")) || (key8 === "keepRaw"))){const err42 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.run,data:data17};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data17.shotDeadlineSeconds !== undefined){let data18 = data17.shotDeadlineSeconds;if((typeof data18 == "number") && (isFinite(data18))){if(data18 <= 0 || isNaN(data18)){const err43 = {instancePath:instancePath+"/run/shotDeadlineSeconds",schemaPath:"#/properties/run/properties/shotDeadlineSeconds/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema31.properties.run.properties.shotDeadlineSeconds,data:data18};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}else {const err44 = {instancePath:instancePath+"/run/shotDeadlineSeconds",schemaPath:"#/properties/run/properties/shotDeadlineSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.run.properties.shotDeadlineSeconds.type,parentSchema:schema31.properties.run.properties.shotDeadlineSeconds,data:data18};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data17.maxAttempts !== undefined){let data19 = data17.maxAttempts;if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){const err45 = {instancePath:instancePath+"/run/maxAttempts",schemaPath:"#/properties/run/properties/maxAttempts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.run.properties.maxAttempts.type,parentSchema:schema31.properties.run.properties.maxAttempts,data:data19};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 20 || isNaN(data19)){const err46 = {instancePath:instancePath+"/run/maxAttempts",schemaPath:"#/properties/run/properties/maxAttempts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema31.properties.run.properties.maxAttempts,data:data19};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data19 < 1 || isNaN(data19)){const err47 = {instancePath:instancePath+"/run/maxAttempts",schemaPath:"#/properties/run/properties/maxAttempts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.run.properties.maxAttempts,data:data19};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}if(data17.rerolls !== undefined){let data20 = data17.rerolls;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err48 = {instancePath:instancePath+"/run/rerolls",schemaPath:"#/properties/run/properties/rerolls/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.run.properties.rerolls.type,parentSchema:schema31.properties.run.properties.rerolls,data:data20};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 > 10 || isNaN(data20)){const err49 = {instancePath:instancePath+"/run/rerolls",schemaPath:"#/properties/run/properties/rerolls/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema31.properties.run.properties.rerolls,data:data20};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data20 < 0 || isNaN(data20)){const err50 = {instancePath:instancePath+"/run/rerolls",schemaPath:"#/properties/run/properties/rerolls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.run.properties.rerolls,data:data20};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}}if(data17.graceSeconds !== undefined){let data21 = data17.graceSeconds;if((typeof data21 == "number") && (isFinite(data21))){if(data21 < 0 || isNaN(data21)){const err51 = {instancePath:instancePath+"/run/graceSeconds",schemaPath:"#/properties/run/properties/graceSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.run.properties.graceSeconds,data:data21};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}else {const err52 = {instancePath:instancePath+"/run/graceSeconds",schemaPath:"#/properties/run/properties/graceSeconds/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.run.properties.graceSeconds.type,parentSchema:schema31.properties.run.properties.graceSeconds,data:data21};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data17.keepRaw !== undefined){let data22 = data17.keepRaw;if(typeof data22 !== "boolean"){const err53 = {instancePath:instancePath+"/run/keepRaw",schemaPath:"#/properties/run/properties/keepRaw/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.run.properties.keepRaw.type,parentSchema:schema31.properties.run.properties.keepRaw,data:data22};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/run",schemaPath:"#/properties/run/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.run.type,parentSchema:schema31.properties.run,data:data17};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.budget !== undefined){let data23 = data.budget;if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key9 in data23){if(!((key9 === "maxImages") || (key9 === "maxUsd"))){const err55 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.budget,data:data23};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data23.maxImages !== undefined){let data24 = data23.maxImages;if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){const err56 = {instancePath:instancePath+"/budget/maxImages",schemaPath:"#/properties/budget/properties/maxImages/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.budget.properties.maxImages.type,parentSchema:schema31.properties.budget.properties.maxImages,data:data24};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if((typeof data24 == "number") && (isFinite(data24))){if(data24 < 0 || isNaN(data24)){const err57 = {instancePath:instancePath+"/budget/maxImages",schemaPath:"#/properties/budget/properties/maxImages/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.budget.properties.maxImages,data:data24};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}if(data23.maxUsd !== undefined){let data25 = data23.maxUsd;if((typeof data25 == "number") && (isFinite(data25))){if(data25 < 0 || isNaN(data25)){const err58 = {instancePath:instancePath+"/budget/maxUsd",schemaPath:"#/properties/budget/properties/maxUsd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.budget.properties.maxUsd,data:data25};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/budget/maxUsd",schemaPath:"#/properties/budget/properties/maxUsd/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.budget.properties.maxUsd.type,parentSchema:schema31.properties.budget.properties.maxUsd,data:data25};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}}else {const err60 = {instancePath:instancePath+"/budget",schemaPath:"#/properties/budget/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.budget.type,parentSchema:schema31.properties.budget,data:data23};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data.storage !== undefined){let data26 = data.storage;const _errs68 = errors;let valid15 = true;const _errs69 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.kind !== undefined){if("s3" !== data26.kind){const err61 = {};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}}var _valid0 = _errs69 === errors;errors = _errs68;if(vErrors !== null){if(_errs68){vErrors.length = _errs68;}else {vErrors = null;}}if(_valid0){const _errs71 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.bucket === undefined){const err62 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/allOf/0/then/required",keyword:"required",params:{missingProperty: "bucket"},message:"must have required property '"+"bucket"+"'",schema:schema31.properties.storage.allOf[0].then.required,parentSchema:schema31.properties.storage.allOf[0].then,data:data26};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}var _valid0 = _errs71 === errors;valid15 = _valid0;}if(!valid15){const err63 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.storage.allOf[0].if,parentSchema:schema31.properties.storage.allOf[0],data:data26};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}const _errs73 = errors;let valid17 = true;const _errs74 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.kind !== undefined){if("git" !== data26.kind){const err64 = {};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}}var _valid1 = _errs74 === errors;errors = _errs73;if(vErrors !== null){if(_errs73){vErrors.length = _errs73;}else {vErrors = null;}}if(_valid1){const _errs76 = errors;const _errs77 = errors;const _errs78 = errors;const _errs79 = errors;let valid20 = false;const _errs80 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing0;if((data26.bucket === undefined) && (missing0 = "bucket")){const err65 = {};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}var _valid2 = _errs80 === errors;valid20 = valid20 || _valid2;const _errs81 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing1;if((data26.endpoint === undefined) && (missing1 = "endpoint")){const err66 = {};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}var _valid2 = _errs81 === errors;valid20 = valid20 || _valid2;const _errs82 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing2;if((data26.region === undefined) && (missing2 = "region")){const err67 = {};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}var _valid2 = _errs82 === errors;valid20 = valid20 || _valid2;const _errs83 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing3;if((data26.publicBaseUrl === undefined) && (missing3 = "publicBaseUrl")){const err68 = {};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}var _valid2 = _errs83 === errors;valid20 = valid20 || _valid2;const _errs84 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing4;if((data26.prefix === undefined) && (missing4 = "prefix")){const err69 = {};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}var _valid2 = _errs84 === errors;valid20 = valid20 || _valid2;const _errs85 = errors;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){let missing5;if((data26.forcePathStyle === undefined) && (missing5 = "forcePathStyle")){const err70 = {};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}var _valid2 = _errs85 === errors;valid20 = valid20 || _valid2;if(!valid20){const err71 = {};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}else {errors = _errs79;if(vErrors !== null){if(_errs79){vErrors.length = _errs79;}else {vErrors = null;}}}var valid19 = _errs78 === errors;if(valid19){const err72 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/allOf/1/then/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema31.properties.storage.allOf[1].then.not,parentSchema:schema31.properties.storage.allOf[1].then,data:data26};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}else {errors = _errs77;if(vErrors !== null){if(_errs77){vErrors.length = _errs77;}else {vErrors = null;}}}var _valid1 = _errs76 === errors;valid17 = _valid1;}if(!valid17){const err73 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.storage.allOf[1].if,parentSchema:schema31.properties.storage.allOf[1],data:data26};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.kind === undefined){const err74 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.storage.required,parentSchema:schema31.properties.storage,data:data26};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}for(const key10 in data26){if(!(((((((key10 === "kind") || (key10 === "bucket")) || (key10 === "endpoint")) || (key10 === "region")) || (key10 === "publicBaseUrl")) || (key10 === "prefix")) || (key10 === "forcePathStyle"))){const err75 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.storage,data:data26};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data26.kind !== undefined){let data29 = data26.kind;if(!((data29 === "git") || (data29 === "s3"))){const err76 = {instancePath:instancePath+"/storage/kind",schemaPath:"#/properties/storage/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.storage.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.storage.properties.kind.enum,parentSchema:schema31.properties.storage.properties.kind,data:data29};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data26.bucket !== undefined){let data30 = data26.bucket;if(typeof data30 === "string"){if(func1(data30) < 1){const err77 = {instancePath:instancePath+"/storage/bucket",schemaPath:"#/properties/storage/properties/bucket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.storage.properties.bucket,data:data30};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/storage/bucket",schemaPath:"#/properties/storage/properties/bucket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.bucket.type,parentSchema:schema31.properties.storage.properties.bucket,data:data30};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data26.endpoint !== undefined){let data31 = data26.endpoint;if(typeof data31 === "string"){if(!pattern8.test(data31)){const err79 = {instancePath:instancePath+"/storage/endpoint",schemaPath:"#/properties/storage/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.storage.properties.endpoint,data:data31};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}else {const err80 = {instancePath:instancePath+"/storage/endpoint",schemaPath:"#/properties/storage/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.endpoint.type,parentSchema:schema31.properties.storage.properties.endpoint,data:data31};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data26.region !== undefined){let data32 = data26.region;if(typeof data32 !== "string"){const err81 = {instancePath:instancePath+"/storage/region",schemaPath:"#/properties/storage/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.region.type,parentSchema:schema31.properties.storage.properties.region,data:data32};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data26.publicBaseUrl !== undefined){let data33 = data26.publicBaseUrl;if(typeof data33 === "string"){if(!pattern8.test(data33)){const err82 = {instancePath:instancePath+"/storage/publicBaseUrl",schemaPath:"#/properties/storage/properties/publicBaseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema31.properties.storage.properties.publicBaseUrl,data:data33};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}else {const err83 = {instancePath:instancePath+"/storage/publicBaseUrl",schemaPath:"#/properties/storage/properties/publicBaseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.publicBaseUrl.type,parentSchema:schema31.properties.storage.properties.publicBaseUrl,data:data33};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}if(data26.prefix !== undefined){let data34 = data26.prefix;if(typeof data34 !== "string"){const err84 = {instancePath:instancePath+"/storage/prefix",schemaPath:"#/properties/storage/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.storage.properties.prefix.type,parentSchema:schema31.properties.storage.properties.prefix,data:data34};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}if(data26.forcePathStyle !== undefined){let data35 = data26.forcePathStyle;if(typeof data35 !== "boolean"){const err85 = {instancePath:instancePath+"/storage/forcePathStyle",schemaPath:"#/properties/storage/properties/forcePathStyle/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.storage.properties.forcePathStyle.type,parentSchema:schema31.properties.storage.properties.forcePathStyle,data:data35};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}else {const err86 = {instancePath:instancePath+"/storage",schemaPath:"#/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.storage.type,parentSchema:schema31.properties.storage,data:data26};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}if(data.git !== undefined){let data36 = data.git;if(data36 && typeof data36 == "object" && !Array.isArray(data36)){for(const key11 in data36){if(!((((((key11 === "author") || (key11 === "delivery")) || (key11 === "remote")) || (key11 === "branch")) || (key11 === "pullRequestBranch")) || (key11 === "raw"))){const err87 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.git,data:data36};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}if(data36.author !== undefined){let data37 = data36.author;if(typeof data37 === "string"){if(!pattern13.test(data37)){const err88 = {instancePath:instancePath+"/git/author",schemaPath:"#/properties/git/properties/author/pattern",keyword:"pattern",params:{pattern: "^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$"},message:"must match pattern \""+"^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$"+"\"",schema:"^[^<>]*[^<>\\s][^<>]*<[^<>\\s]+@[^<>\\s]+>$",parentSchema:schema31.properties.git.properties.author,data:data37};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}else {const err89 = {instancePath:instancePath+"/git/author",schemaPath:"#/properties/git/properties/author/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git.properties.author.type,parentSchema:schema31.properties.git.properties.author,data:data37};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}}if(data36.delivery !== undefined){let data38 = data36.delivery;if(!(((data38 === "commit") || (data38 === "push")) || (data38 === "pull-request"))){const err90 = {instancePath:instancePath+"/git/delivery",schemaPath:"#/properties/git/properties/delivery/enum",keyword:"enum",params:{allowedValues: schema31.properties.git.properties.delivery.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.git.properties.delivery.enum,parentSchema:schema31.properties.git.properties.delivery,data:data38};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}}if(data36.remote !== undefined){let data39 = data36.remote;if(typeof data39 === "string"){if(func1(data39) < 1){const err91 = {instancePath:instancePath+"/git/remote",schemaPath:"#/properties/git/properties/remote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.git.properties.remote,data:data39};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}else {const err92 = {instancePath:instancePath+"/git/remote",schemaPath:"#/properties/git/properties/remote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git.properties.remote.type,parentSchema:schema31.properties.git.properties.remote,data:data39};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}if(data36.branch !== undefined){let data40 = data36.branch;if(typeof data40 === "string"){if(!pattern14.test(data40)){const err93 = {instancePath:instancePath+"/git/branch",schemaPath:"#/properties/git/properties/branch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema31.properties.git.properties.branch,data:data40};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}else {const err94 = {instancePath:instancePath+"/git/branch",schemaPath:"#/properties/git/properties/branch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git.properties.branch.type,parentSchema:schema31.properties.git.properties.branch,data:data40};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data36.pullRequestBranch !== undefined){let data41 = data36.pullRequestBranch;if(typeof data41 === "string"){if(!pattern14.test(data41)){const err95 = {instancePath:instancePath+"/git/pullRequestBranch",schemaPath:"#/properties/git/properties/pullRequestBranch/pattern",keyword:"pattern",params:{pattern: "^[^\\s~^:?*\\[\\\\]+$"},message:"must match pattern \""+"^[^\\s~^:?*\\[\\\\]+$"+"\"",schema:"^[^\\s~^:?*\\[\\\\]+$",parentSchema:schema31.properties.git.properties.pullRequestBranch,data:data41};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}else {const err96 = {instancePath:instancePath+"/git/pullRequestBranch",schemaPath:"#/properties/git/properties/pullRequestBranch/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.git.properties.pullRequestBranch.type,parentSchema:schema31.properties.git.properties.pullRequestBranch,data:data41};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}if(data36.raw !== undefined){let data42 = data36.raw;if(!((data42 === "ref") || (data42 === "tree"))){const err97 = {instancePath:instancePath+"/git/raw",schemaPath:"#/properties/git/properties/raw/enum",keyword:"enum",params:{allowedValues: schema31.properties.git.properties.raw.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.git.properties.raw.enum,parentSchema:schema31.properties.git.properties.raw,data:data42};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}}else {const err98 = {instancePath:instancePath+"/git",schemaPath:"#/properties/git/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.git.type,parentSchema:schema31.properties.git,data:data36};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}}}else {const err99 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const catalog = validate21;const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://shotlist.dev/schemas/catalog.schema.json","title":"shotlist catalog file","description":"Products, each made into one shot per variant.","type":"object","additionalProperties":false,"required":["products"],"properties":{"defaults":{"type":"object","additionalProperties":false,"properties":{"variants":{"$ref":"#/$defs/variantList"}}},"products":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/product"}}},"$defs":{"variantList":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}},"product":{"type":"object","additionalProperties":false,"required":["sku","name"],"properties":{"sku":{"type":"string","maxLength":128,"pattern":"^[a-z0-9][a-z0-9._-]*$","description":"a SKU: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (no '/', no '..')"},"name":{"type":"string","minLength":1},"category":{"type":"string"},"attributes":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"color":{"type":"string","pattern":"^#[0-9A-Fa-f]{6}$","description":"a colour #RRGGBB, like \"#1C1C1C\""},"source":{"type":"string","minLength":1,"description":"the supplier photo, a path relative to this catalog file"},"variants":{"$ref":"#/$defs/variantList"}}}}};const schema37 = {"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1}};const schema38 = {"type":"object","additionalProperties":false,"required":["sku","name"],"properties":{"sku":{"type":"string","maxLength":128,"pattern":"^[a-z0-9][a-z0-9._-]*$","description":"a SKU: lowercase letters, digits, '.', '_' and '-', starting with a letter or digit (no '/', no '..')"},"name":{"type":"string","minLength":1},"category":{"type":"string"},"attributes":{"type":"object","additionalProperties":{"type":["string","number","boolean"]}},"color":{"type":"string","pattern":"^#[0-9A-Fa-f]{6}$","description":"a colour #RRGGBB, like \"#1C1C1C\""},"source":{"type":"string","minLength":1,"description":"the supplier photo, a path relative to this catalog file"},"variants":{"$ref":"#/$defs/variantList"}}};const pattern16 = new RegExp("^[a-z0-9][a-z0-9._-]*$", "u");const pattern17 = new RegExp("^#[0-9A-Fa-f]{6}$", "u");function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate22.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.sku === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sku"},message:"must have required property '"+"sku"+"'",schema:schema38.required,parentSchema:schema38,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.name === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((((key0 === "sku") || (key0 === "name")) || (key0 === "category")) || (key0 === "attributes")) || (key0 === "color")) || (key0 === "source")) || (key0 === "variants"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.sku !== undefined){let data0 = data.sku;if(typeof data0 === "string"){if(func1(data0) > 128){const err3 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema38.properties.sku,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(!pattern16.test(data0)){const err4 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9._-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9._-]*$"+"\"",schema:"^[a-z0-9][a-z0-9._-]*$",parentSchema:schema38.properties.sku,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/sku",schemaPath:"#/properties/sku/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.sku.type,parentSchema:schema38.properties.sku,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.name !== undefined){let data1 = data.name;if(typeof data1 === "string"){if(func1(data1) < 1){const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.name,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.category !== undefined){let data2 = data.category;if(typeof data2 !== "string"){const err8 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.category.type,parentSchema:schema38.properties.category,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.attributes !== undefined){let data3 = data.attributes;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){let data4 = data3[key1];if(((typeof data4 !== "string") && (!((typeof data4 == "number") && (isFinite(data4))))) && (typeof data4 !== "boolean")){const err9 = {instancePath:instancePath+"/attributes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/attributes/additionalProperties/type",keyword:"type",params:{type: schema38.properties.attributes.additionalProperties.type},message:"must be string,number,boolean",schema:schema38.properties.attributes.additionalProperties.type,parentSchema:schema38.properties.attributes.additionalProperties,data:data4};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/attributes",schemaPath:"#/properties/attributes/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.attributes.type,parentSchema:schema38.properties.attributes,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.color !== undefined){let data5 = data.color;if(typeof data5 === "string"){if(!pattern17.test(data5)){const err11 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern: "^#[0-9A-Fa-f]{6}$"},message:"must match pattern \""+"^#[0-9A-Fa-f]{6}$"+"\"",schema:"^#[0-9A-Fa-f]{6}$",parentSchema:schema38.properties.color,data:data5};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.color.type,parentSchema:schema38.properties.color,data:data5};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.source !== undefined){let data6 = data.source;if(typeof data6 === "string"){if(func1(data6) < 1){const err13 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.source,data:data6};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.source.type,parentSchema:schema38.properties.source,data:data6};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.variants !== undefined){let data7 = data.variants;if(Array.isArray(data7)){const len0 = data7.length;for(let i0=0; i0<len0; i0++){let data8 = data7[i0];if(typeof data8 === "string"){if(func1(data8) < 1){const err15 = {instancePath:instancePath+"/variants/" + i0,schemaPath:"#/$defs/variantList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.items,data:data8};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/variants/" + i0,schemaPath:"#/$defs/variantList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.items.type,parentSchema:schema37.items,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}let i1 = data7.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data7[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err17 = {instancePath:instancePath+"/variants",schemaPath:"#/$defs/variantList/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;break;}indices0[item0] = i1;}}}else {const err18 = {instancePath:instancePath+"/variants",schemaPath:"#/$defs/variantList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}validate22.errors = vErrors;return errors === 0;}validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://shotlist.dev/schemas/catalog.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.products === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "products"},message:"must have required property '"+"products"+"'",schema:schema36.required,parentSchema:schema36,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((key0 === "defaults") || (key0 === "products"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.defaults !== undefined){let data0 = data.defaults;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(key1 === "variants")){const err2 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.defaults,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data0.variants !== undefined){let data1 = data0.variants;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){let data2 = data1[i0];if(typeof data2 === "string"){if(func1(data2) < 1){const err3 = {instancePath:instancePath+"/defaults/variants/" + i0,schemaPath:"#/$defs/variantList/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.items,data:data2};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/defaults/variants/" + i0,schemaPath:"#/$defs/variantList/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.items.type,parentSchema:schema37.items,data:data2};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}let i1 = data1.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data1[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err5 = {instancePath:instancePath+"/defaults/variants",schemaPath:"#/$defs/variantList/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema37,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;break;}indices0[item0] = i1;}}}else {const err6 = {instancePath:instancePath+"/defaults/variants",schemaPath:"#/$defs/variantList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/defaults",schemaPath:"#/properties/defaults/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.defaults.type,parentSchema:schema36.properties.defaults,data:data0};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.products !== undefined){let data3 = data.products;if(Array.isArray(data3)){if(data3.length < 1){const err8 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.products,data:data3};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}const len1 = data3.length;for(let i2=0; i2<len1; i2++){if(!(validate22(data3[i2], {instancePath:instancePath+"/products/" + i2,parentData:data3,parentDataProperty:i2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/products",schemaPath:"#/properties/products/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.products.type,parentSchema:schema36.properties.products,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const placements = validate24;const schema40 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://shotlist.dev/schemas/placements.schema.json","title":"shotlist placements file","description":"Placements (channel specs: aspect, size, format, allowed models, QA) and variants (recipes: placement + pinned prompt version).","type":"object","additionalProperties":false,"properties":{"placements":{"type":"object","description":"Placements by id.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9-]*$","description":"a placement id: lowercase letters, digits and hyphens, like \"pdp-main\""},"additionalProperties":{"$ref":"#/$defs/placement"}},"variants":{"type":"object","description":"Variants by id.","propertyNames":{"pattern":"^[a-z0-9][a-z0-9-]*$","description":"a variant id: lowercase letters, digits and hyphens, like \"hero-sunrise\""},"additionalProperties":{"$ref":"#/$defs/variant"}}},"$defs":{"placement":{"type":"object","additionalProperties":false,"required":["aspect","size","models"],"properties":{"aspect":{"type":"string","pattern":"^[0-9]+:[0-9]+$","description":"w:h with small positive whole numbers, like \"1:1\", \"4:5\" or \"16:9\""},"size":{"type":"integer","minimum":64,"maximum":8192,"description":"long edge in pixels of the published image, 64..8192"},"format":{"enum":["webp","jpeg","png","avif"],"default":"webp"},"quality":{"type":"integer","minimum":1,"maximum":100,"default":90},"background":{"type":"string","pattern":"^#[0-9A-Fa-f]{6}$","default":"#FFFFFF","description":"a colour #RRGGBB, like \"#FFFFFF\""},"models":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"allowed models; the first is the default"},"qa":{"$ref":"#/$defs/qa"},"studio":{"$ref":"#/$defs/studio"}}},"variant":{"type":"object","additionalProperties":false,"required":["placement","prompt"],"properties":{"placement":{"type":"string","minLength":1},"prompt":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$","description":"a pinned prompt version id@N, like \"studio-white@2\""},"model":{"type":"string","minLength":1},"seed":{"type":"integer","minimum":0,"maximum":4294967295},"studio":{"$ref":"#/$defs/studio"}}},"qa":{"type":"object","additionalProperties":false,"description":"QA gate settings: a built-in profile plus overrides of any of its thresholds","properties":{"profile":{"enum":["default","marketplace-main"],"description":"built-in QA profile; default is lenient, marketplace-main is pure white, 78-95% fill, >= 1600 px, no text"},"background":{"type":"string","pattern":"^(white|any|#[0-9A-Fa-f]{6})$","description":"white, any, or a colour #RRGGBB"},"fill":{"type":"array","prefixItems":[{"type":"number","minimum":0,"maximum":1},{"type":"number","minimum":0,"maximum":1}],"minItems":2,"maxItems":2,"description":"[min, max] share of the canvas side the product's box long side fills"},"minLongEdge":{"type":"integer","minimum":1,"description":"long edge in px below which the image is too small"},"minBorderShare":{"type":"number","minimum":0,"maximum":1,"description":"share of border pixels that must be exactly the background colour"},"maxBorderDeviation":{"type":"number","minimum":0,"maximum":255,"description":"largest channel difference from the background allowed in the border"},"maxOffCentre":{"type":"number","minimum":0,"maximum":1,"description":"largest offset of the product's centre from the canvas centre, as a share of the side"},"minSharpness":{"type":"number","minimum":0,"description":"smallest Laplacian sharpness of the product's crispest step edges on a 1024 px downscale: 97th percentile of sqrt(peak Laplacian across the edge / step height); about 0.64-1.0 in focus, 0.40 blurred by 1.2 px"},"maxClipped":{"type":"number","minimum":0,"maximum":1,"description":"largest share of product pixels clipped to black or white"},"maxSeam":{"type":"number","minimum":0,"maximum":1,"description":"longest straight near-background step edge, as a share of the side"},"maxHalo":{"type":"number","minimum":0,"maximum":1,"description":"share of the product outline ringed by halo pixels"},"minDuplicateDistance":{"type":"integer","minimum":0,"maximum":64,"description":"smallest pHash Hamming distance to a sibling variant"},"maxDeltaE":{"type":"number","minimum":0,"description":"largest CIEDE2000 difference from the declared colour"},"minTextConfidence":{"type":"number","minimum":0,"maximum":100,"description":"OCR confidence (0-100) for a word to count as text"},"maxShadowRemnant":{"type":"number","minimum":0,"maximum":1,"description":"largest share of the product region that is a hard-edged remnant of the source photo's cast shadow at its base"},"maxBackdropInside":{"type":"number","minimum":0,"maximum":1,"description":"largest share of the product region that is flat pale backdrop seen through an opening"},"noText":{"type":"boolean"},"review":{"type":"boolean","description":"a person approves images of this placement before they go live: with git.delivery push they go to the pull-request branch (git.pullRequestBranch) and one pull request, while the run's other shots land on the branch; with pull-request everything goes there anyway; with commit they are committed with the rest and a warning says no pull request is opened"},"severity":{"type":"object","propertyNames":{"enum":["dimensions","resolution","background","background-deviation","fill","centring","sharpness","clipping","seams","halo","duplicate","colour","text","shadow-remnant","backdrop-inside"]},"additionalProperties":{"enum":["fail","warn","off"]},"description":"per check: fail, warn or off"}}},"studio":{"type":"object","additionalProperties":false,"properties":{"background":{"type":"string","pattern":"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$","description":"a colour #RRGGBB or a vertical gradient linear(#top,#bottom)"},"shadow":{"type":"boolean"},"shadowStrength":{"type":"number","minimum":0,"maximum":1},"fill":{"type":"number","exclusiveMinimum":0,"maximum":1},"align":{"enum":["center","bottom","top"]}}}}};const pattern18 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const schema41 = {"type":"object","additionalProperties":false,"required":["aspect","size","models"],"properties":{"aspect":{"type":"string","pattern":"^[0-9]+:[0-9]+$","description":"w:h with small positive whole numbers, like \"1:1\", \"4:5\" or \"16:9\""},"size":{"type":"integer","minimum":64,"maximum":8192,"description":"long edge in pixels of the published image, 64..8192"},"format":{"enum":["webp","jpeg","png","avif"],"default":"webp"},"quality":{"type":"integer","minimum":1,"maximum":100,"default":90},"background":{"type":"string","pattern":"^#[0-9A-Fa-f]{6}$","default":"#FFFFFF","description":"a colour #RRGGBB, like \"#FFFFFF\""},"models":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"allowed models; the first is the default"},"qa":{"$ref":"#/$defs/qa"},"studio":{"$ref":"#/$defs/studio"}}};const schema42 = {"type":"object","additionalProperties":false,"description":"QA gate settings: a built-in profile plus overrides of any of its thresholds","properties":{"profile":{"enum":["default","marketplace-main"],"description":"built-in QA profile; default is lenient, marketplace-main is pure white, 78-95% fill, >= 1600 px, no text"},"background":{"type":"string","pattern":"^(white|any|#[0-9A-Fa-f]{6})$","description":"white, any, or a colour #RRGGBB"},"fill":{"type":"array","prefixItems":[{"type":"number","minimum":0,"maximum":1},{"type":"number","minimum":0,"maximum":1}],"minItems":2,"maxItems":2,"description":"[min, max] share of the canvas side the product's box long side fills"},"minLongEdge":{"type":"integer","minimum":1,"description":"long edge in px below which the image is too small"},"minBorderShare":{"type":"number","minimum":0,"maximum":1,"description":"share of border pixels that must be exactly the background colour"},"maxBorderDeviation":{"type":"number","minimum":0,"maximum":255,"description":"largest channel difference from the background allowed in the border"},"maxOffCentre":{"type":"number","minimum":0,"maximum":1,"description":"largest offset of the product's centre from the canvas centre, as a share of the side"},"minSharpness":{"type":"number","minimum":0,"description":"smallest Laplacian sharpness of the product's crispest step edges on a 1024 px downscale: 97th percentile of sqrt(peak Laplacian across the edge / step height); about 0.64-1.0 in focus, 0.40 blurred by 1.2 px"},"maxClipped":{"type":"number","minimum":0,"maximum":1,"description":"largest share of product pixels clipped to black or white"},"maxSeam":{"type":"number","minimum":0,"maximum":1,"description":"longest straight near-background step edge, as a share of the side"},"maxHalo":{"type":"number","minimum":0,"maximum":1,"description":"share of the product outline ringed by halo pixels"},"minDuplicateDistance":{"type":"integer","minimum":0,"maximum":64,"description":"smallest pHash Hamming distance to a sibling variant"},"maxDeltaE":{"type":"number","minimum":0,"description":"largest CIEDE2000 difference from the declared colour"},"minTextConfidence":{"type":"number","minimum":0,"maximum":100,"description":"OCR confidence (0-100) for a word to count as text"},"maxShadowRemnant":{"type":"number","minimum":0,"maximum":1,"description":"largest share of the product region that is a hard-edged remnant of the source photo's cast shadow at its base"},"maxBackdropInside":{"type":"number","minimum":0,"maximum":1,"description":"largest share of the product region that is flat pale backdrop seen through an opening"},"noText":{"type":"boolean"},"review":{"type":"boolean","description":"a person approves images of this placement before they go live: with git.delivery push they go to the pull-request branch (git.pullRequestBranch) and one pull request, while the run's other shots land on the branch; with pull-request everything goes there anyway; with commit they are committed with the rest and a warning says no pull request is opened"},"severity":{"type":"object","propertyNames":{"enum":["dimensions","resolution","background","background-deviation","fill","centring","sharpness","clipping","seams","halo","duplicate","colour","text","shadow-remnant","backdrop-inside"]},"additionalProperties":{"enum":["fail","warn","off"]},"description":"per check: fail, warn or off"}}};const schema43 = {"type":"object","additionalProperties":false,"properties":{"background":{"type":"string","pattern":"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$","description":"a colour #RRGGBB or a vertical gradient linear(#top,#bottom)"},"shadow":{"type":"boolean"},"shadowStrength":{"type":"number","minimum":0,"maximum":1},"fill":{"type":"number","exclusiveMinimum":0,"maximum":1},"align":{"enum":["center","bottom","top"]}}};const pattern19 = new RegExp("^[0-9]+:[0-9]+$", "u");const pattern21 = new RegExp("^(white|any|#[0-9A-Fa-f]{6})$", "u");const pattern22 = new RegExp("^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$", "u");const func13 = Object.prototype.hasOwnProperty;function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.aspect === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aspect"},message:"must have required property '"+"aspect"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.size === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "size"},message:"must have required property '"+"size"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.models === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "models"},message:"must have required property '"+"models"+"'",schema:schema41.required,parentSchema:schema41,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!((((((((key0 === "aspect") || (key0 === "size")) || (key0 === "format")) || (key0 === "quality")) || (key0 === "background")) || (key0 === "models")) || (key0 === "qa")) || (key0 === "studio"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.aspect !== undefined){let data0 = data.aspect;if(typeof data0 === "string"){if(!pattern19.test(data0)){const err4 = {instancePath:instancePath+"/aspect",schemaPath:"#/properties/aspect/pattern",keyword:"pattern",params:{pattern: "^[0-9]+:[0-9]+$"},message:"must match pattern \""+"^[0-9]+:[0-9]+$"+"\"",schema:"^[0-9]+:[0-9]+$",parentSchema:schema41.properties.aspect,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/aspect",schemaPath:"#/properties/aspect/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.aspect.type,parentSchema:schema41.properties.aspect,data:data0};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.size !== undefined){let data1 = data.size;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err6 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.size.type,parentSchema:schema41.properties.size,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 > 8192 || isNaN(data1)){const err7 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8192},message:"must be <= 8192",schema:8192,parentSchema:schema41.properties.size,data:data1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data1 < 64 || isNaN(data1)){const err8 = {instancePath:instancePath+"/size",schemaPath:"#/properties/size/minimum",keyword:"minimum",params:{comparison: ">=", limit: 64},message:"must be >= 64",schema:64,parentSchema:schema41.properties.size,data:data1};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}if(data.format !== undefined){let data2 = data.format;if(!((((data2 === "webp") || (data2 === "jpeg")) || (data2 === "png")) || (data2 === "avif"))){const err9 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema41.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.format.enum,parentSchema:schema41.properties.format,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.quality !== undefined){let data3 = data.quality;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err10 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.quality.type,parentSchema:schema41.properties.quality,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 100 || isNaN(data3)){const err11 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.quality,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(data3 < 1 || isNaN(data3)){const err12 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.quality,data:data3};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.background !== undefined){let data4 = data.background;if(typeof data4 === "string"){if(!pattern17.test(data4)){const err13 = {instancePath:instancePath+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern: "^#[0-9A-Fa-f]{6}$"},message:"must match pattern \""+"^#[0-9A-Fa-f]{6}$"+"\"",schema:"^#[0-9A-Fa-f]{6}$",parentSchema:schema41.properties.background,data:data4};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.background.type,parentSchema:schema41.properties.background,data:data4};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.models !== undefined){let data5 = data.models;if(Array.isArray(data5)){if(data5.length < 1){const err15 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.models,data:data5};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(typeof data6 === "string"){if(func1(data6) < 1){const err16 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.models.items,data:data6};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/models/" + i0,schemaPath:"#/properties/models/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.models.items.type,parentSchema:schema41.properties.models.items,data:data6};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}let i1 = data5.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data5[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err18 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.models,data:data5};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;break;}indices0[item0] = i1;}}}else {const err19 = {instancePath:instancePath+"/models",schemaPath:"#/properties/models/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.models.type,parentSchema:schema41.properties.models,data:data5};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.qa !== undefined){let data7 = data.qa;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(!(func13.call(schema42.properties, key1))){const err20 = {instancePath:instancePath+"/qa",schemaPath:"#/$defs/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data7};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data7.profile !== undefined){let data8 = data7.profile;if(!((data8 === "default") || (data8 === "marketplace-main"))){const err21 = {instancePath:instancePath+"/qa/profile",schemaPath:"#/$defs/qa/properties/profile/enum",keyword:"enum",params:{allowedValues: schema42.properties.profile.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.profile.enum,parentSchema:schema42.properties.profile,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data7.background !== undefined){let data9 = data7.background;if(typeof data9 === "string"){if(!pattern21.test(data9)){const err22 = {instancePath:instancePath+"/qa/background",schemaPath:"#/$defs/qa/properties/background/pattern",keyword:"pattern",params:{pattern: "^(white|any|#[0-9A-Fa-f]{6})$"},message:"must match pattern \""+"^(white|any|#[0-9A-Fa-f]{6})$"+"\"",schema:"^(white|any|#[0-9A-Fa-f]{6})$",parentSchema:schema42.properties.background,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/qa/background",schemaPath:"#/$defs/qa/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.background.type,parentSchema:schema42.properties.background,data:data9};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.fill !== undefined){let data10 = data7.fill;if(Array.isArray(data10)){if(data10.length > 2){const err24 = {instancePath:instancePath+"/qa/fill",schemaPath:"#/$defs/qa/properties/fill/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items",schema:2,parentSchema:schema42.properties.fill,data:data10};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data10.length < 2){const err25 = {instancePath:instancePath+"/qa/fill",schemaPath:"#/$defs/qa/properties/fill/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items",schema:2,parentSchema:schema42.properties.fill,data:data10};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}const len1 = data10.length;if(len1 > 0){let data11 = data10[0];if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 1 || isNaN(data11)){const err26 = {instancePath:instancePath+"/qa/fill/0",schemaPath:"#/$defs/qa/properties/fill/prefixItems/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.fill.prefixItems[0],data:data11};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data11 < 0 || isNaN(data11)){const err27 = {instancePath:instancePath+"/qa/fill/0",schemaPath:"#/$defs/qa/properties/fill/prefixItems/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.fill.prefixItems[0],data:data11};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}else {const err28 = {instancePath:instancePath+"/qa/fill/0",schemaPath:"#/$defs/qa/properties/fill/prefixItems/0/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.fill.prefixItems[0].type,parentSchema:schema42.properties.fill.prefixItems[0],data:data11};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(len1 > 1){let data12 = data10[1];if((typeof data12 == "number") && (isFinite(data12))){if(data12 > 1 || isNaN(data12)){const err29 = {instancePath:instancePath+"/qa/fill/1",schemaPath:"#/$defs/qa/properties/fill/prefixItems/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.fill.prefixItems[1],data:data12};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data12 < 0 || isNaN(data12)){const err30 = {instancePath:instancePath+"/qa/fill/1",schemaPath:"#/$defs/qa/properties/fill/prefixItems/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.fill.prefixItems[1],data:data12};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/qa/fill/1",schemaPath:"#/$defs/qa/properties/fill/prefixItems/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.fill.prefixItems[1].type,parentSchema:schema42.properties.fill.prefixItems[1],data:data12};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/qa/fill",schemaPath:"#/$defs/qa/properties/fill/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.fill.type,parentSchema:schema42.properties.fill,data:data10};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data7.minLongEdge !== undefined){let data13 = data7.minLongEdge;if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){const err33 = {instancePath:instancePath+"/qa/minLongEdge",schemaPath:"#/$defs/qa/properties/minLongEdge/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.minLongEdge.type,parentSchema:schema42.properties.minLongEdge,data:data13};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data13 == "number") && (isFinite(data13))){if(data13 < 1 || isNaN(data13)){const err34 = {instancePath:instancePath+"/qa/minLongEdge",schemaPath:"#/$defs/qa/properties/minLongEdge/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema42.properties.minLongEdge,data:data13};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data7.minBorderShare !== undefined){let data14 = data7.minBorderShare;if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 1 || isNaN(data14)){const err35 = {instancePath:instancePath+"/qa/minBorderShare",schemaPath:"#/$defs/qa/properties/minBorderShare/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.minBorderShare,data:data14};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data14 < 0 || isNaN(data14)){const err36 = {instancePath:instancePath+"/qa/minBorderShare",schemaPath:"#/$defs/qa/properties/minBorderShare/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.minBorderShare,data:data14};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}else {const err37 = {instancePath:instancePath+"/qa/minBorderShare",schemaPath:"#/$defs/qa/properties/minBorderShare/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.minBorderShare.type,parentSchema:schema42.properties.minBorderShare,data:data14};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.maxBorderDeviation !== undefined){let data15 = data7.maxBorderDeviation;if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 255 || isNaN(data15)){const err38 = {instancePath:instancePath+"/qa/maxBorderDeviation",schemaPath:"#/$defs/qa/properties/maxBorderDeviation/maximum",keyword:"maximum",params:{comparison: "<=", limit: 255},message:"must be <= 255",schema:255,parentSchema:schema42.properties.maxBorderDeviation,data:data15};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}if(data15 < 0 || isNaN(data15)){const err39 = {instancePath:instancePath+"/qa/maxBorderDeviation",schemaPath:"#/$defs/qa/properties/maxBorderDeviation/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxBorderDeviation,data:data15};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}else {const err40 = {instancePath:instancePath+"/qa/maxBorderDeviation",schemaPath:"#/$defs/qa/properties/maxBorderDeviation/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxBorderDeviation.type,parentSchema:schema42.properties.maxBorderDeviation,data:data15};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data7.maxOffCentre !== undefined){let data16 = data7.maxOffCentre;if((typeof data16 == "number") && (isFinite(data16))){if(data16 > 1 || isNaN(data16)){const err41 = {instancePath:instancePath+"/qa/maxOffCentre",schemaPath:"#/$defs/qa/properties/maxOffCentre/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxOffCentre,data:data16};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data16 < 0 || isNaN(data16)){const err42 = {instancePath:instancePath+"/qa/maxOffCentre",schemaPath:"#/$defs/qa/properties/maxOffCentre/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxOffCentre,data:data16};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/qa/maxOffCentre",schemaPath:"#/$defs/qa/properties/maxOffCentre/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxOffCentre.type,parentSchema:schema42.properties.maxOffCentre,data:data16};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data7.minSharpness !== undefined){let data17 = data7.minSharpness;if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 0 || isNaN(data17)){const err44 = {instancePath:instancePath+"/qa/minSharpness",schemaPath:"#/$defs/qa/properties/minSharpness/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.minSharpness,data:data17};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}else {const err45 = {instancePath:instancePath+"/qa/minSharpness",schemaPath:"#/$defs/qa/properties/minSharpness/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.minSharpness.type,parentSchema:schema42.properties.minSharpness,data:data17};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}if(data7.maxClipped !== undefined){let data18 = data7.maxClipped;if((typeof data18 == "number") && (isFinite(data18))){if(data18 > 1 || isNaN(data18)){const err46 = {instancePath:instancePath+"/qa/maxClipped",schemaPath:"#/$defs/qa/properties/maxClipped/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxClipped,data:data18};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data18 < 0 || isNaN(data18)){const err47 = {instancePath:instancePath+"/qa/maxClipped",schemaPath:"#/$defs/qa/properties/maxClipped/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxClipped,data:data18};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}else {const err48 = {instancePath:instancePath+"/qa/maxClipped",schemaPath:"#/$defs/qa/properties/maxClipped/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxClipped.type,parentSchema:schema42.properties.maxClipped,data:data18};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data7.maxSeam !== undefined){let data19 = data7.maxSeam;if((typeof data19 == "number") && (isFinite(data19))){if(data19 > 1 || isNaN(data19)){const err49 = {instancePath:instancePath+"/qa/maxSeam",schemaPath:"#/$defs/qa/properties/maxSeam/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxSeam,data:data19};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}if(data19 < 0 || isNaN(data19)){const err50 = {instancePath:instancePath+"/qa/maxSeam",schemaPath:"#/$defs/qa/properties/maxSeam/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxSeam,data:data19};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}else {const err51 = {instancePath:instancePath+"/qa/maxSeam",schemaPath:"#/$defs/qa/properties/maxSeam/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxSeam.type,parentSchema:schema42.properties.maxSeam,data:data19};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data7.maxHalo !== undefined){let data20 = data7.maxHalo;if((typeof data20 == "number") && (isFinite(data20))){if(data20 > 1 || isNaN(data20)){const err52 = {instancePath:instancePath+"/qa/maxHalo",schemaPath:"#/$defs/qa/properties/maxHalo/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxHalo,data:data20};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data20 < 0 || isNaN(data20)){const err53 = {instancePath:instancePath+"/qa/maxHalo",schemaPath:"#/$defs/qa/properties/maxHalo/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxHalo,data:data20};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/qa/maxHalo",schemaPath:"#/$defs/qa/properties/maxHalo/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxHalo.type,parentSchema:schema42.properties.maxHalo,data:data20};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data7.minDuplicateDistance !== undefined){let data21 = data7.minDuplicateDistance;if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){const err55 = {instancePath:instancePath+"/qa/minDuplicateDistance",schemaPath:"#/$defs/qa/properties/minDuplicateDistance/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.minDuplicateDistance.type,parentSchema:schema42.properties.minDuplicateDistance,data:data21};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if((typeof data21 == "number") && (isFinite(data21))){if(data21 > 64 || isNaN(data21)){const err56 = {instancePath:instancePath+"/qa/minDuplicateDistance",schemaPath:"#/$defs/qa/properties/minDuplicateDistance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 64},message:"must be <= 64",schema:64,parentSchema:schema42.properties.minDuplicateDistance,data:data21};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}if(data21 < 0 || isNaN(data21)){const err57 = {instancePath:instancePath+"/qa/minDuplicateDistance",schemaPath:"#/$defs/qa/properties/minDuplicateDistance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.minDuplicateDistance,data:data21};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}if(data7.maxDeltaE !== undefined){let data22 = data7.maxDeltaE;if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 0 || isNaN(data22)){const err58 = {instancePath:instancePath+"/qa/maxDeltaE",schemaPath:"#/$defs/qa/properties/maxDeltaE/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxDeltaE,data:data22};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}else {const err59 = {instancePath:instancePath+"/qa/maxDeltaE",schemaPath:"#/$defs/qa/properties/maxDeltaE/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxDeltaE.type,parentSchema:schema42.properties.maxDeltaE,data:data22};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data7.minTextConfidence !== undefined){let data23 = data7.minTextConfidence;if((typeof data23 == "number") && (isFinite(data23))){if(data23 > 100 || isNaN(data23)){const err60 = {instancePath:instancePath+"/qa/minTextConfidence",schemaPath:"#/$defs/qa/properties/minTextConfidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema42.properties.minTextConfidence,data:data23};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data23 < 0 || isNaN(data23)){const err61 = {instancePath:instancePath+"/qa/minTextConfidence",schemaPath:"#/$defs/qa/properties/minTextConfidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.minTextConfidence,data:data23};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/qa/minTextConfidence",schemaPath:"#/$defs/qa/properties/minTextConfidence/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.minTextConfidence.type,parentSchema:schema42.properties.minTextConfidence,data:data23};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data7.maxShadowRemnant !== undefined){let data24 = data7.maxShadowRemnant;if((typeof data24 == "number") && (isFinite(data24))){if(data24 > 1 || isNaN(data24)){const err63 = {instancePath:instancePath+"/qa/maxShadowRemnant",schemaPath:"#/$defs/qa/properties/maxShadowRemnant/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxShadowRemnant,data:data24};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data24 < 0 || isNaN(data24)){const err64 = {instancePath:instancePath+"/qa/maxShadowRemnant",schemaPath:"#/$defs/qa/properties/maxShadowRemnant/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxShadowRemnant,data:data24};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/qa/maxShadowRemnant",schemaPath:"#/$defs/qa/properties/maxShadowRemnant/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxShadowRemnant.type,parentSchema:schema42.properties.maxShadowRemnant,data:data24};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}if(data7.maxBackdropInside !== undefined){let data25 = data7.maxBackdropInside;if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 1 || isNaN(data25)){const err66 = {instancePath:instancePath+"/qa/maxBackdropInside",schemaPath:"#/$defs/qa/properties/maxBackdropInside/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema42.properties.maxBackdropInside,data:data25};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}if(data25 < 0 || isNaN(data25)){const err67 = {instancePath:instancePath+"/qa/maxBackdropInside",schemaPath:"#/$defs/qa/properties/maxBackdropInside/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.maxBackdropInside,data:data25};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}else {const err68 = {instancePath:instancePath+"/qa/maxBackdropInside",schemaPath:"#/$defs/qa/properties/maxBackdropInside/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.maxBackdropInside.type,parentSchema:schema42.properties.maxBackdropInside,data:data25};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data7.noText !== undefined){let data26 = data7.noText;if(typeof data26 !== "boolean"){const err69 = {instancePath:instancePath+"/qa/noText",schemaPath:"#/$defs/qa/properties/noText/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.noText.type,parentSchema:schema42.properties.noText,data:data26};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data7.review !== undefined){let data27 = data7.review;if(typeof data27 !== "boolean"){const err70 = {instancePath:instancePath+"/qa/review",schemaPath:"#/$defs/qa/properties/review/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.review.type,parentSchema:schema42.properties.review,data:data27};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data7.severity !== undefined){let data28 = data7.severity;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key2 in data28){const _errs60 = errors;if(!(((((((((((((((key2 === "dimensions") || (key2 === "resolution")) || (key2 === "background")) || (key2 === "background-deviation")) || (key2 === "fill")) || (key2 === "centring")) || (key2 === "sharpness")) || (key2 === "clipping")) || (key2 === "seams")) || (key2 === "halo")) || (key2 === "duplicate")) || (key2 === "colour")) || (key2 === "text")) || (key2 === "shadow-remnant")) || (key2 === "backdrop-inside"))){const err71 = {instancePath:instancePath+"/qa/severity",schemaPath:"#/$defs/qa/properties/severity/propertyNames/enum",keyword:"enum",params:{allowedValues: schema42.properties.severity.propertyNames.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.severity.propertyNames.enum,parentSchema:schema42.properties.severity.propertyNames,data:key2,propertyName:key2};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}var valid7 = _errs60 === errors;if(!valid7){const err72 = {instancePath:instancePath+"/qa/severity",schemaPath:"#/$defs/qa/properties/severity/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema42.properties.severity.propertyNames,parentSchema:schema42.properties.severity,data:data28};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}for(const key3 in data28){let data29 = data28[key3];if(!(((data29 === "fail") || (data29 === "warn")) || (data29 === "off"))){const err73 = {instancePath:instancePath+"/qa/severity/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/qa/properties/severity/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema42.properties.severity.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.severity.additionalProperties.enum,parentSchema:schema42.properties.severity.additionalProperties,data:data29};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/qa/severity",schemaPath:"#/$defs/qa/properties/severity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.severity.type,parentSchema:schema42.properties.severity,data:data28};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/qa",schemaPath:"#/$defs/qa/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data7};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.studio !== undefined){let data30 = data.studio;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key4 in data30){if(!(((((key4 === "background") || (key4 === "shadow")) || (key4 === "shadowStrength")) || (key4 === "fill")) || (key4 === "align"))){const err76 = {instancePath:instancePath+"/studio",schemaPath:"#/$defs/studio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data30};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data30.background !== undefined){let data31 = data30.background;if(typeof data31 === "string"){if(!pattern22.test(data31)){const err77 = {instancePath:instancePath+"/studio/background",schemaPath:"#/$defs/studio/properties/background/pattern",keyword:"pattern",params:{pattern: "^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"},message:"must match pattern \""+"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"+"\"",schema:"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$",parentSchema:schema43.properties.background,data:data31};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}else {const err78 = {instancePath:instancePath+"/studio/background",schemaPath:"#/$defs/studio/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.background.type,parentSchema:schema43.properties.background,data:data31};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data30.shadow !== undefined){let data32 = data30.shadow;if(typeof data32 !== "boolean"){const err79 = {instancePath:instancePath+"/studio/shadow",schemaPath:"#/$defs/studio/properties/shadow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.shadow.type,parentSchema:schema43.properties.shadow,data:data32};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}}if(data30.shadowStrength !== undefined){let data33 = data30.shadowStrength;if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 1 || isNaN(data33)){const err80 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.shadowStrength,data:data33};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data33 < 0 || isNaN(data33)){const err81 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.shadowStrength,data:data33};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}else {const err82 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.shadowStrength.type,parentSchema:schema43.properties.shadowStrength,data:data33};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data30.fill !== undefined){let data34 = data30.fill;if((typeof data34 == "number") && (isFinite(data34))){if(data34 > 1 || isNaN(data34)){const err83 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.fill,data:data34};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if(data34 <= 0 || isNaN(data34)){const err84 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema43.properties.fill,data:data34};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}else {const err85 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.fill.type,parentSchema:schema43.properties.fill,data:data34};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data30.align !== undefined){let data35 = data30.align;if(!(((data35 === "center") || (data35 === "bottom")) || (data35 === "top"))){const err86 = {instancePath:instancePath+"/studio/align",schemaPath:"#/$defs/studio/properties/align/enum",keyword:"enum",params:{allowedValues: schema43.properties.align.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.align.enum,parentSchema:schema43.properties.align,data:data35};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/studio",schemaPath:"#/$defs/studio/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data30};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema44 = {"type":"object","additionalProperties":false,"required":["placement","prompt"],"properties":{"placement":{"type":"string","minLength":1},"prompt":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$","description":"a pinned prompt version id@N, like \"studio-white@2\""},"model":{"type":"string","minLength":1},"seed":{"type":"integer","minimum":0,"maximum":4294967295},"studio":{"$ref":"#/$defs/studio"}}};const pattern24 = new RegExp("^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$", "u");function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate27.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.placement === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "placement"},message:"must have required property '"+"placement"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.prompt === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prompt"},message:"must have required property '"+"prompt"+"'",schema:schema44.required,parentSchema:schema44,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((((key0 === "placement") || (key0 === "prompt")) || (key0 === "model")) || (key0 === "seed")) || (key0 === "studio"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.placement !== undefined){let data0 = data.placement;if(typeof data0 === "string"){if(func1(data0) < 1){const err3 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.placement,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/placement",schemaPath:"#/properties/placement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.placement.type,parentSchema:schema44.properties.placement,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.prompt !== undefined){let data1 = data.prompt;if(typeof data1 === "string"){if(!pattern24.test(data1)){const err5 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*@[1-9][0-9]*$",parentSchema:schema44.properties.prompt,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/prompt",schemaPath:"#/properties/prompt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.prompt.type,parentSchema:schema44.properties.prompt,data:data1};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.model !== undefined){let data2 = data.model;if(typeof data2 === "string"){if(func1(data2) < 1){const err7 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema44.properties.model,data:data2};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.model.type,parentSchema:schema44.properties.model,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.seed !== undefined){let data3 = data.seed;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err9 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.seed.type,parentSchema:schema44.properties.seed,data:data3};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 > 4294967295 || isNaN(data3)){const err10 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295",schema:4294967295,parentSchema:schema44.properties.seed,data:data3};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data3 < 0 || isNaN(data3)){const err11 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema44.properties.seed,data:data3};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.studio !== undefined){let data4 = data.studio;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){if(!(((((key1 === "background") || (key1 === "shadow")) || (key1 === "shadowStrength")) || (key1 === "fill")) || (key1 === "align"))){const err12 = {instancePath:instancePath+"/studio",schemaPath:"#/$defs/studio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data4.background !== undefined){let data5 = data4.background;if(typeof data5 === "string"){if(!pattern22.test(data5)){const err13 = {instancePath:instancePath+"/studio/background",schemaPath:"#/$defs/studio/properties/background/pattern",keyword:"pattern",params:{pattern: "^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"},message:"must match pattern \""+"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"+"\"",schema:"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$",parentSchema:schema43.properties.background,data:data5};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/studio/background",schemaPath:"#/$defs/studio/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.background.type,parentSchema:schema43.properties.background,data:data5};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data4.shadow !== undefined){let data6 = data4.shadow;if(typeof data6 !== "boolean"){const err15 = {instancePath:instancePath+"/studio/shadow",schemaPath:"#/$defs/studio/properties/shadow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.shadow.type,parentSchema:schema43.properties.shadow,data:data6};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.shadowStrength !== undefined){let data7 = data4.shadowStrength;if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 1 || isNaN(data7)){const err16 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.shadowStrength,data:data7};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data7 < 0 || isNaN(data7)){const err17 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.shadowStrength,data:data7};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"#/$defs/studio/properties/shadowStrength/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.shadowStrength.type,parentSchema:schema43.properties.shadowStrength,data:data7};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data4.fill !== undefined){let data8 = data4.fill;if((typeof data8 == "number") && (isFinite(data8))){if(data8 > 1 || isNaN(data8)){const err19 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.fill,data:data8};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8 <= 0 || isNaN(data8)){const err20 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema43.properties.fill,data:data8};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/studio/fill",schemaPath:"#/$defs/studio/properties/fill/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.fill.type,parentSchema:schema43.properties.fill,data:data8};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data4.align !== undefined){let data9 = data4.align;if(!(((data9 === "center") || (data9 === "bottom")) || (data9 === "top"))){const err22 = {instancePath:instancePath+"/studio/align",schemaPath:"#/$defs/studio/properties/align/enum",keyword:"enum",params:{allowedValues: schema43.properties.align.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.align.enum,parentSchema:schema43.properties.align,data:data9};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/studio",schemaPath:"#/$defs/studio/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data4};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate27.errors = vErrors;return errors === 0;}validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://shotlist.dev/schemas/placements.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate24.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "placements") || (key0 === "variants"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.placements !== undefined){let data0 = data.placements;if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){const _errs4 = errors;if(typeof key1 === "string"){if(!pattern18.test(key1)){const err1 = {instancePath:instancePath+"/placements",schemaPath:"#/properties/placements/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema40.properties.placements.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}var valid1 = _errs4 === errors;if(!valid1){const err2 = {instancePath:instancePath+"/placements",schemaPath:"#/properties/placements/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema40.properties.placements.propertyNames,parentSchema:schema40.properties.placements,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}for(const key2 in data0){if(!(validate25(data0[key2], {instancePath:instancePath+"/placements/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data0,parentDataProperty:key2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);errors = vErrors.length;}}}else {const err3 = {instancePath:instancePath+"/placements",schemaPath:"#/properties/placements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.placements.type,parentSchema:schema40.properties.placements,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.variants !== undefined){let data2 = data.variants;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key3 in data2){const _errs9 = errors;if(typeof key3 === "string"){if(!pattern18.test(key3)){const err4 = {instancePath:instancePath+"/variants",schemaPath:"#/properties/variants/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema40.properties.variants.propertyNames,data:key3,propertyName:key3};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}var valid3 = _errs9 === errors;if(!valid3){const err5 = {instancePath:instancePath+"/variants",schemaPath:"#/properties/variants/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema40.properties.variants.propertyNames,parentSchema:schema40.properties.variants,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}for(const key4 in data2){if(!(validate27(data2[key4], {instancePath:instancePath+"/variants/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key4,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);errors = vErrors.length;}}}else {const err6 = {instancePath:instancePath+"/variants",schemaPath:"#/properties/variants/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.properties.variants.type,parentSchema:schema40.properties.variants,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate24.errors = vErrors;return errors === 0;}validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const prompts = validate29;const schema46 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://shotlist.dev/schemas/prompts.schema.json","title":"shotlist prompt template","description":"One versioned prompt template. A version is frozen once used: change the wording by adding a version.","type":"object","additionalProperties":false,"required":["id","versions"],"properties":{"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"a prompt id: lowercase letters, digits and hyphens, like \"studio-white\""},"description":{"type":"string"},"versions":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[1-9][0-9]*$","description":"a version number: a positive whole number like 1 or 2"},"additionalProperties":{"$ref":"#/$defs/version"}}},"$defs":{"version":{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","minLength":1,"description":"the prompt; may use {{name}}, {{sku}}, {{category}}, {{attributes.x}}, {{variant}}"},"negative":{"type":"string"},"style":{"type":"string"},"studio":{"$ref":"placements.schema.json#/$defs/studio"}}}}};const pattern27 = new RegExp("^[1-9][0-9]*$", "u");const schema47 = {"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","minLength":1,"description":"the prompt; may use {{name}}, {{sku}}, {{category}}, {{attributes.x}}, {{variant}}"},"negative":{"type":"string"},"style":{"type":"string"},"studio":{"$ref":"placements.schema.json#/$defs/studio"}}};function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate30.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.text === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema47.required,parentSchema:schema47,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}for(const key0 in data){if(!((((key0 === "text") || (key0 === "negative")) || (key0 === "style")) || (key0 === "studio"))){const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.text !== undefined){let data0 = data.text;if(typeof data0 === "string"){if(func1(data0) < 1){const err2 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.text,data:data0};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.text.type,parentSchema:schema47.properties.text,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.negative !== undefined){let data1 = data.negative;if(typeof data1 !== "string"){const err4 = {instancePath:instancePath+"/negative",schemaPath:"#/properties/negative/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.negative.type,parentSchema:schema47.properties.negative,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.style !== undefined){let data2 = data.style;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/style",schemaPath:"#/properties/style/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.style.type,parentSchema:schema47.properties.style,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.studio !== undefined){let data3 = data.studio;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){if(!(((((key1 === "background") || (key1 === "shadow")) || (key1 === "shadowStrength")) || (key1 === "fill")) || (key1 === "align"))){const err6 = {instancePath:instancePath+"/studio",schemaPath:"placements.schema.json#/$defs/studio/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data3};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data3.background !== undefined){let data4 = data3.background;if(typeof data4 === "string"){if(!pattern22.test(data4)){const err7 = {instancePath:instancePath+"/studio/background",schemaPath:"placements.schema.json#/$defs/studio/properties/background/pattern",keyword:"pattern",params:{pattern: "^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"},message:"must match pattern \""+"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$"+"\"",schema:"^(#[0-9A-Fa-f]{6}|linear\\(\\s*#[0-9A-Fa-f]{6}\\s*,\\s*#[0-9A-Fa-f]{6}\\s*\\))$",parentSchema:schema43.properties.background,data:data4};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/studio/background",schemaPath:"placements.schema.json#/$defs/studio/properties/background/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.background.type,parentSchema:schema43.properties.background,data:data4};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.shadow !== undefined){let data5 = data3.shadow;if(typeof data5 !== "boolean"){const err9 = {instancePath:instancePath+"/studio/shadow",schemaPath:"placements.schema.json#/$defs/studio/properties/shadow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.shadow.type,parentSchema:schema43.properties.shadow,data:data5};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.shadowStrength !== undefined){let data6 = data3.shadowStrength;if((typeof data6 == "number") && (isFinite(data6))){if(data6 > 1 || isNaN(data6)){const err10 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"placements.schema.json#/$defs/studio/properties/shadowStrength/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.shadowStrength,data:data6};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data6 < 0 || isNaN(data6)){const err11 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"placements.schema.json#/$defs/studio/properties/shadowStrength/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.shadowStrength,data:data6};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/studio/shadowStrength",schemaPath:"placements.schema.json#/$defs/studio/properties/shadowStrength/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.shadowStrength.type,parentSchema:schema43.properties.shadowStrength,data:data6};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data3.fill !== undefined){let data7 = data3.fill;if((typeof data7 == "number") && (isFinite(data7))){if(data7 > 1 || isNaN(data7)){const err13 = {instancePath:instancePath+"/studio/fill",schemaPath:"placements.schema.json#/$defs/studio/properties/fill/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema43.properties.fill,data:data7};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data7 <= 0 || isNaN(data7)){const err14 = {instancePath:instancePath+"/studio/fill",schemaPath:"placements.schema.json#/$defs/studio/properties/fill/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema43.properties.fill,data:data7};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/studio/fill",schemaPath:"placements.schema.json#/$defs/studio/properties/fill/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema43.properties.fill.type,parentSchema:schema43.properties.fill,data:data7};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data3.align !== undefined){let data8 = data3.align;if(!(((data8 === "center") || (data8 === "bottom")) || (data8 === "top"))){const err16 = {instancePath:instancePath+"/studio/align",schemaPath:"placements.schema.json#/$defs/studio/properties/align/enum",keyword:"enum",params:{allowedValues: schema43.properties.align.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.align.enum,parentSchema:schema43.properties.align,data:data8};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/studio",schemaPath:"placements.schema.json#/$defs/studio/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data3};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate30.errors = vErrors;return errors === 0;}validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://shotlist.dev/schemas/prompts.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema46.required,parentSchema:schema46,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.versions === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "versions"},message:"must have required property '"+"versions"+"'",schema:schema46.required,parentSchema:schema46,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(((key0 === "id") || (key0 === "description")) || (key0 === "versions"))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern18.test(data0)){const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema46.properties.id,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.id.type,parentSchema:schema46.properties.id,data:data0};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data1 = data.description;if(typeof data1 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.description.type,parentSchema:schema46.properties.description,data:data1};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.versions !== undefined){let data2 = data.versions;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(Object.keys(data2).length < 1){const err6 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema46.properties.versions,data:data2};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key1 in data2){const _errs8 = errors;if(typeof key1 === "string"){if(!pattern27.test(key1)){const err7 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]*$"},message:"must match pattern \""+"^[1-9][0-9]*$"+"\"",schema:"^[1-9][0-9]*$",parentSchema:schema46.properties.versions.propertyNames,data:key1,propertyName:key1};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}var valid1 = _errs8 === errors;if(!valid1){const err8 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema46.properties.versions.propertyNames,parentSchema:schema46.properties.versions,data:data2};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}for(const key2 in data2){if(!(validate30(data2[key2], {instancePath:instancePath+"/versions/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data2,parentDataProperty:key2,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.properties.versions.type,parentSchema:schema46.properties.versions,data:data2};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

;// CONCATENATED MODULE: ./src/config/schema-check.ts


// Precompiled from schemas/ by scripts/gen-validators.mjs; CI checks they are current.
const VALIDATORS = validators_generated_namespaceObject;
/** Checks a parsed file against its schema; returns findings with exact positions. */
function schemaFindings(file, kind) {
    const validate = VALIDATORS[kind];
    if (validate(file.data))
        return [];
    const findings = [];
    const seen = new Set();
    for (const error of validate.errors ?? []) {
        const f = toFinding(file, kind, error);
        if (!f)
            continue;
        const id = `${f.line}:${f.column}:${f.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push(f);
    }
    return findings;
}
function pathOf(instancePath) {
    if (instancePath === '')
        return [];
    return instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
/** `placements.pdp.size`, `products[3].sku`: how a user would name the place. */
function describePath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number' || /^\d+$/.test(String(seg)))
            out += `[${seg}]`;
        else
            out += out ? `.${seg}` : String(seg);
    }
    return out || 'the file';
}
function describeValue(value) {
    if (value === null)
        return 'null (an empty value)';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string')
        return `the text "${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`;
    return `${typeof value} ${String(value)}`;
}
const TYPE_WORDS = {
    object: 'a map (key: value lines)',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
};
function toFinding(file, kind, e) {
    const path = pathOf(e.instancePath);
    const where = describePath(path);
    const schema = (e.parentSchema ?? {});
    const hint = schema.description ? ` (expected ${schema.description})` : '';
    const make = (message, at = path, key = false) => file.finding('schema', at, message, { key });
    switch (e.keyword) {
        case 'propertyNames':
        case 'if':
            return undefined; // the specific error about the same key is reported instead
        case 'additionalProperties': {
            const name = String(e.params.additionalProperty);
            const known = Object.keys(schema.properties ?? {});
            const allowed = known.length > 0 ? `; allowed keys: ${known.join(', ')}` : '';
            const suggestion = (0,suggest/* didYouMean */.au)(name, known);
            return make(`unknown key "${name}" in ${where}${suggestion || allowed}`, [...path, name], true);
        }
        case 'required': {
            const missing = e.params.missingProperty;
            return make(`${where} is missing the required key "${missing}"`);
        }
        case 'type': {
            const expected = String(e.params.type)
                .split(',')
                .map((t) => TYPE_WORDS[t] ?? t)
                .join(' or ');
            if (path.length === 0) {
                return make(`expected the file to be a map of keys (like "${topKey(kind)}:"), found ${describeValue(e.data)}`);
            }
            return make(`${where}: expected ${expected}, found ${describeValue(e.data)}`);
        }
        case 'pattern': {
            if (e.propertyName !== undefined) {
                const key = e.propertyName;
                return make(`"${key}" in ${where} is not ${schema.description ?? `matching ${e.schema}`}`, [...path, key], true);
            }
            return make(`${where}: ${describeValue(e.data)} is not ${schema.description ?? `matching ${e.schema}`}`);
        }
        case 'enum': {
            const allowed = e.schema.map(String);
            if (e.propertyName !== undefined) {
                return make(`unknown key "${e.propertyName}" in ${where}${(0,suggest/* didYouMean */.au)(e.propertyName, allowed) || `; allowed: ${allowed.join(', ')}`}`, [...path, e.propertyName], true);
            }
            return make(`${where}: expected one of ${allowed.join(', ')}, found ${describeValue(e.data)}${(0,suggest/* didYouMean */.au)(String(e.data), allowed)}`);
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const { comparison, limit } = e.params;
            return make(`${where}: expected a value ${comparison} ${limit}, found ${String(e.data)}${hint}`);
        }
        case 'minItems':
            if (kind === 'catalog' && where === 'products') {
                return make('the catalog has no products; add at least one product under "products:" or delete the file');
            }
            return make(`${where}: expected at least ${e.params.limit} item(s), found none`);
        case 'maxItems':
            return make(`${where}: expected at most ${e.params.limit} items`);
        case 'minLength':
            return make(`${where}: must not be empty`);
        case 'maxLength':
            return make(`${where}: longer than ${e.params.limit} characters`);
        case 'minProperties':
            return make(`${where}: must not be empty`);
        case 'not':
            return make(`${where}: ${schema.description ?? 'has a combination of keys that is not allowed'}`);
        case 'uniqueItems': {
            const { i, j } = e.params;
            return make(`${where}: items ${j + 1} and ${i + 1} are the same; list each once`, [...path, i]);
        }
        default:
            return make(`${where}: ${e.message ?? e.keyword}`);
    }
}
function topKey(kind) {
    return { shotlist: 'paths', catalog: 'products', placements: 'placements', prompts: 'id' }[kind];
}

// EXTERNAL MODULE: ./src/domain/models.ts
var models = __webpack_require__(85032);
;// CONCATENATED MODULE: ./src/config/settings.ts

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_TIMEOUT_SECONDS = 120;
function obj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
function num(value, fallback) {
    return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
function str(value, fallback) {
    return typeof value === 'string' && value.length > 0 ? value.replace(/\/+$/, '') : fallback;
}
/** Settings from shotlist.yaml's data (already schema-checked), every field filled with its default. */
function buildSettings(data) {
    const raw = obj(data);
    const paths = obj(raw.paths);
    const run = obj(raw.run);
    const budget = obj(raw.budget);
    const storage = obj(raw.storage);
    const providersRaw = obj(raw.providers);
    const gitRaw = obj(raw.git);
    const providers = {};
    const names = new Set([
        ...models/* MODELS */.L6.flatMap((m) => m.routes.map((r) => r.provider)),
        ...Object.keys(providersRaw),
    ]);
    for (const name of names) {
        const p = obj(providersRaw[name]);
        const settings = {
            concurrency: num(p.concurrency, DEFAULT_CONCURRENCY),
            timeoutSeconds: num(p.timeoutSeconds, DEFAULT_TIMEOUT_SECONDS),
        };
        if (typeof p.ratePerMinute === 'number')
            settings.ratePerMinute = p.ratePerMinute;
        if (typeof p.baseUrl === 'string')
            settings.baseUrl = p.baseUrl.replace(/\/+$/, '');
        if (typeof p.keyEnv === 'string')
            settings.keyEnv = p.keyEnv;
        if (typeof p.pollSeconds === 'number')
            settings.pollSeconds = p.pollSeconds;
        providers[name] = settings;
    }
    const routing = {};
    for (const [model, value] of Object.entries(obj(raw.routing))) {
        const r = obj(value);
        if (typeof r.provider !== 'string')
            continue;
        routing[model] = {
            provider: r.provider,
            ...(typeof r.fallback === 'string' ? { fallback: r.fallback } : {}),
        };
    }
    const settings = {
        paths: {
            catalog: str(paths.catalog, 'catalog'),
            placements: str(paths.placements, 'placements'),
            prompts: str(paths.prompts, 'prompts'),
            store: str(paths.store, 'generated'),
        },
        providers,
        routing,
        run: {
            shotDeadlineSeconds: num(run.shotDeadlineSeconds, 600),
            maxAttempts: num(run.maxAttempts, 5),
            rerolls: num(run.rerolls, 2),
            graceSeconds: num(run.graceSeconds, 30),
            keepRaw: typeof run.keepRaw === 'boolean' ? run.keepRaw : true,
        },
        budget: {},
        storage: { kind: 'git' },
        git: {
            delivery: gitRaw.delivery === 'push' || gitRaw.delivery === 'pull-request' ? gitRaw.delivery : 'commit',
            remote: str(gitRaw.remote, 'origin'),
            pullRequestBranch: str(gitRaw.pullRequestBranch, 'shotlist/{base}'),
            raw: gitRaw.raw === 'tree' ? 'tree' : 'ref',
        },
    };
    if (typeof gitRaw.author === 'string')
        settings.git.author = gitRaw.author;
    if (typeof gitRaw.branch === 'string')
        settings.git.branch = gitRaw.branch;
    if (typeof budget.maxImages === 'number')
        settings.budget.maxImages = budget.maxImages;
    if (typeof budget.maxUsd === 'number')
        settings.budget.maxUsd = budget.maxUsd;
    if (storage.kind === 's3' && typeof storage.bucket === 'string') {
        settings.storage = { kind: 's3', bucket: storage.bucket };
        for (const key of ['endpoint', 'region', 'publicBaseUrl', 'prefix']) {
            if (typeof storage[key] === 'string')
                settings.storage[key] = storage[key];
        }
        if (typeof storage.forcePathStyle === 'boolean')
            settings.storage.forcePathStyle = storage.forcePathStyle;
    }
    return settings;
}

;// CONCATENATED MODULE: ./src/config/entities.ts
function isObj(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function studioOf(value) {
    if (!isObj(value))
        return undefined;
    const s = {};
    if (typeof value.background === 'string')
        s.background = value.background;
    if (typeof value.shadow === 'boolean')
        s.shadow = value.shadow;
    if (typeof value.shadowStrength === 'number')
        s.shadowStrength = value.shadowStrength;
    if (typeof value.fill === 'number')
        s.fill = value.fill;
    if (value.align === 'center' || value.align === 'bottom' || value.align === 'top')
        s.align = value.align;
    return s;
}
function strings(value) {
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** Placements and variants of one placements file, read leniently: the schema reports the rest. */
function placementsOf(file) {
    const data = isObj(file.data) ? file.data : {};
    const placements = [];
    const variants = [];
    for (const [id, raw] of Object.entries(isObj(data.placements) ? data.placements : {})) {
        if (!isObj(raw))
            continue;
        const path = ['placements', id];
        const aspect = typeof raw.aspect === 'string' ? raw.aspect : '';
        const [w, h] = aspect.split(':').map(Number);
        const placement = {
            id,
            aspect,
            aspectW: w ?? NaN,
            aspectH: h ?? NaN,
            size: typeof raw.size === 'number' ? raw.size : NaN,
            format: ['webp', 'jpeg', 'png', 'avif'].find((f) => f === raw.format) ?? 'webp',
            quality: typeof raw.quality === 'number' ? raw.quality : 90,
            background: typeof raw.background === 'string' ? raw.background.toUpperCase() : '#FFFFFF',
            models: strings(raw.models),
            qa: isObj(raw.qa) ? { ...raw.qa } : {},
            at: { file: file.rel, line: 0, column: 0 },
        };
        const studio = studioOf(raw.studio);
        if (studio)
            placement.studio = studio;
        placements.push({ value: placement, file, path });
    }
    for (const [id, raw] of Object.entries(isObj(data.variants) ? data.variants : {})) {
        if (!isObj(raw))
            continue;
        const prompt = typeof raw.prompt === 'string' ? raw.prompt : '';
        const at = prompt.lastIndexOf('@');
        const variant = {
            id,
            placement: typeof raw.placement === 'string' ? raw.placement : '',
            promptId: at < 0 ? prompt : prompt.slice(0, at),
            promptVersion: at < 0 ? NaN : Number(prompt.slice(at + 1)),
            at: { file: file.rel, line: 0, column: 0 },
        };
        if (typeof raw.model === 'string')
            variant.model = raw.model;
        if (typeof raw.seed === 'number')
            variant.seed = raw.seed;
        const studio = studioOf(raw.studio);
        if (studio)
            variant.studio = studio;
        variants.push({ value: variant, file, path: ['variants', id] });
    }
    return { placements, variants };
}
function promptOf(file) {
    const data = file.data;
    if (!isObj(data) || typeof data.id !== 'string')
        return undefined;
    const versions = new Map();
    for (const [key, raw] of Object.entries(isObj(data.versions) ? data.versions : {})) {
        const version = Number(key);
        if (!Number.isInteger(version) || version < 1 || !isObj(raw) || typeof raw.text !== 'string')
            continue;
        const v = { version, text: raw.text, at: { file: file.rel, line: 0, column: 0 } };
        if (typeof raw.negative === 'string')
            v.negative = raw.negative;
        if (typeof raw.style === 'string')
            v.style = raw.style;
        const studio = studioOf(raw.studio);
        if (studio)
            v.studio = studio;
        versions.set(version, v);
    }
    return {
        value: { id: data.id, versions, at: { file: file.rel, line: 0, column: 0 } },
        file,
        path: [],
    };
}
/** A catalog entry whose path is built when a finding asks for it: most products never have one. */
class ListedProduct {
    value;
    file;
    index;
    fromDefaults;
    rawSource;
    constructor(value, file, index, fromDefaults) {
        this.value = value;
        this.file = file;
        this.index = index;
        this.fromDefaults = fromDefaults;
    }
    get path() {
        return ['products', this.index];
    }
}
/** The attributes a product keeps: text, numbers and booleans (the schema reports the rest). */
function attributesOf(raw) {
    if (!isObj(raw))
        return {};
    // Usually every value qualifies: the parsed map is then kept as is rather than copied.
    let all = true;
    for (const k in raw) {
        const t = typeof raw[k];
        if (t !== 'string' && t !== 'number' && t !== 'boolean')
            all = false;
    }
    // A "__proto__" key is dropped by the copy below (assigning it sets no own key): keep that.
    if (all && Object.getPrototypeOf(raw) === Object.prototype && !Object.hasOwn(raw, '__proto__'))
        return raw;
    const attributes = {};
    for (const [k, v] of Object.entries(raw)) {
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
            attributes[k] = v;
    }
    return attributes;
}
function productsOf(file) {
    const data = isObj(file.data) ? file.data : {};
    const defaults = isObj(data.defaults) && Array.isArray(data.defaults.variants)
        ? strings(data.defaults.variants)
        : undefined;
    const products = [];
    const list = Array.isArray(data.products) ? data.products : [];
    for (let i = 0; i < list.length; i++) {
        const raw = list[i];
        if (!isObj(raw) || typeof raw.sku !== 'string')
            continue;
        const own = Array.isArray(raw.variants) ? strings(raw.variants) : undefined;
        const product = {
            sku: raw.sku,
            name: typeof raw.name === 'string' ? raw.name : '',
            attributes: attributesOf(raw.attributes),
            variants: own ?? defaults ?? [],
            at: { file: file.rel, line: 0, column: 0 },
        };
        if (typeof raw.category === 'string')
            product.category = raw.category;
        if (typeof raw.color === 'string')
            product.color = raw.color.toUpperCase();
        const entry = new ListedProduct(product, file, i, own === undefined);
        if (typeof raw.source === 'string')
            entry.rawSource = raw.source;
        products.push(entry);
    }
    return { products, defaults };
}
/**
 * Line and column of each product's `sku:` key, found by scanning the text: exact for block style,
 * and far cheaper than a positioned parse of a big catalog. Writes them into each product's `at`
 * and returns true; returns false, writing nothing, when the scan does not line up with the parsed
 * products (flow style, odd layouts), so the caller falls back.
 */
function scanSkuPositions(text, products) {
    // line, column pairs
    const found = [];
    const re = /^([ \t]*(?:-[ \t]+)?)sku:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#]+))/gm;
    let lineNo = 1;
    let lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const value = m[2] ?? m[3] ?? m[4];
        for (let nl = text.indexOf('\n', lastIndex); nl >= 0 && nl < m.index; nl = text.indexOf('\n', nl + 1))
            lineNo++;
        lastIndex = m.index;
        if (value !== products[found.length >> 1]?.sku)
            return false;
        found.push(lineNo, m[1].length + 1);
    }
    if (found.length !== products.length * 2)
        return false;
    for (let i = 0; i < products.length; i++) {
        const at = products[i].at;
        at.line = found[2 * i];
        at.column = found[2 * i + 1];
    }
    return true;
}
/** `[a, b]` for messages. */
function listing(values) {
    const all = [...values];
    return all.length > 0 ? all.join(', ') : '(none defined)';
}

;// CONCATENATED MODULE: ./src/config/settings-rules.ts



const IMAGEN_GONE = 'Google shut Imagen down in the Gemini API and Vertex on 2026-08-17; imagen-3 is served through pixelmuse (its default route), or pick nano-banana-2 / nano-banana-pro';
/** shotlist.yaml's routing and provider sections, checked against the model registry, at their lines. */
function checkSettings(file, settings) {
    const findings = [];
    if (hasKey(file.data, ['providers', 'imagen']))
        findings.push(file.finding('provider-imagen', ['providers', 'imagen'], `providers.imagen: ${IMAGEN_GONE}; remove this section`, { key: true }));
    for (const [id, r] of Object.entries(settings.routing ?? {})) {
        const at = ['routing', id];
        const model = (0,models/* findModel */.P6)(id);
        if (!model) {
            const known = models/* MODELS */.L6.filter((m) => !m.retired && m.provider !== 'studio').map((m) => m.id);
            findings.push(file.finding('unknown-model', at, `routing names unknown model "${id}"${(0,suggest/* didYouMean */.au)(id, known) || `; known models: ${listing(known)}`}`, { key: true }));
            continue;
        }
        if (model.retired) {
            findings.push(file.finding('model-retired', at, `model "${id}" is retired since ${model.retired.since}: ${model.retired.why}; use ${model.retired.use}`, { key: true }));
            continue;
        }
        const serving = (0,models/* providersOf */.Ou)(model);
        for (const field of ['provider', 'fallback']) {
            const provider = r[field];
            if (provider === undefined || serving.includes(provider))
                continue;
            const why = provider === 'imagen' ? IMAGEN_GONE : `${provider} does not serve ${id}`;
            findings.push(file.finding('model-route', [...at, field], `routing.${id}.${field}: ${why}; ${id} is served by ${listing(serving)}`));
        }
        if (r.fallback !== undefined && r.fallback === r.provider)
            findings.push(file.finding('model-route', [...at, 'fallback'], `routing.${id}.fallback is the same provider as routing.${id}.provider; name another provider that serves it (${listing(serving)}) or remove the fallback`, { severity: 'warning' }));
    }
    return findings;
}
function hasKey(data, path) {
    let v = data;
    for (const k of path) {
        if (v === null || typeof v !== 'object')
            return false;
        v = v[k];
    }
    return v !== undefined;
}

// EXTERNAL MODULE: ./src/config/model-choice.ts
var model_choice = __webpack_require__(86403);
// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
;// CONCATENATED MODULE: ./src/config/template-rule.ts

/** Products listed per unresolved (template, variable) before the rest are summed up in one finding. */
const UNRESOLVED_LISTED = 20;
function templateNeeds(promptId, version) {
    // Text and negative are rendered apart, so braces never pair across them.
    const all = [
        ...new Set([...(0,template/* templateVariables */.Qp)(version.text), ...(0,template/* templateVariables */.Qp)(version.negative ?? '')]),
    ];
    const needs = {
        promptId,
        version,
        ref: `${promptId}@${version.version}`,
        all,
        category: false,
        attributes: [],
        unknown: [],
    };
    for (const name of all) {
        if (name === 'name' || name === 'sku' || name === 'variant')
            continue;
        if (name === 'category')
            needs.category = true;
        else if (name.startsWith('attributes.') && name.length > 'attributes.'.length) {
            needs.attributes.push(name.slice('attributes.'.length));
        }
        else
            needs.unknown.push(name);
    }
    return needs;
}
/**
 * The template-variable rule. A variable that resolves for no product using it is a mistake in the
 * prompt (a typo, or a field no product has): reported once at the prompt's line, with the products
 * summed up. One that resolves for some products but not others is reported at those products.
 */
class TemplateVariableRule {
    prompts;
    causes = new Map();
    /** Resolutions per `ref\0name`, and products that resolved every variable of a ref. */
    resolved = new Map();
    resolvedAll = new Map();
    constructor(prompts) {
        this.prompts = prompts;
    }
    check(entry, variant, needs) {
        const product = entry.value;
        if (needs.unknown.length === 0 &&
            (!needs.category || product.category !== undefined) &&
            needs.attributes.every((key) => Object.hasOwn(product.attributes, key))) {
            this.resolvedAll.set(needs.ref, (this.resolvedAll.get(needs.ref) ?? 0) + 1);
            return;
        }
        for (const name of needs.all) {
            const key = `${needs.ref}\u0000${name}`;
            if ((0,template/* resolveVariable */.FL)(name, product, variant) !== undefined) {
                this.resolved.set(key, (this.resolved.get(key) ?? 0) + 1);
                continue;
            }
            let cause = this.causes.get(key);
            if (!cause) {
                cause = { needs, name, variants: new Set(), listed: [], more: 0 };
                this.causes.set(key, cause);
            }
            cause.variants.add(variant);
            // A typo in a template used by 50,000 products must not bury every other finding.
            if (cause.listed.length < UNRESOLVED_LISTED)
                cause.listed.push({ entry, variant });
            else if (cause.more++ === 0)
                cause.firstMore = entry;
        }
    }
    findings() {
        const findings = [];
        for (const [key, cause] of this.causes) {
            const resolved = (this.resolved.get(key) ?? 0) + (this.resolvedAll.get(cause.needs.ref) ?? 0);
            if (resolved === 0)
                findings.push(this.atPrompt(cause));
            else
                findings.push(...atProducts(cause));
        }
        return findings;
    }
    atPrompt(cause) {
        const { needs, name } = cause;
        const first = cause.listed[0];
        const pairs = cause.listed.length + cause.more;
        const suggestion = (0,template/* suggestVariable */.Jc)(name, first.entry.value);
        const subject = pairs === 1 ? 'the product has' : 'none of them has';
        const why = name === 'category'
            ? `; ${subject} a category`.replace('has a', pairs === 1 ? 'has no' : 'has a')
            : name.startsWith('attributes.') && name.length > 'attributes.'.length
                ? `; ${subject} ${pairs === 1 ? 'no' : 'an'} attribute "${name.slice('attributes.'.length)}"`
                : '';
        const fix = suggestion
            ? `; did you mean {{${suggestion}}}?`
            : name === 'category' || name.startsWith('attributes.')
                ? '; fix the variable, or give the products that field'
                : '; a prompt can use {{name}}, {{sku}}, {{category}}, {{variant}} and {{attributes.<key>}}';
        const products = pairs === 1
            ? `product "${first.entry.value.sku}"`
            : `any of the ${pairs} products using it (first "${first.entry.value.sku}")`;
        return {
            ...this.variableAt(needs, name),
            severity: 'error',
            rule: 'template-variable',
            message: `{{${name}}} in prompt ${needs.ref} does not resolve for ${products}, through variant${cause.variants.size === 1 ? '' : 's'} ${[...cause.variants].map((v) => `"${v}"`).join(', ')}${why}${fix}`,
        };
    }
    /** Where the variable is written in the prompt file: its own column when the text shows it. */
    variableAt(needs, name) {
        const located = this.prompts.get(needs.promptId);
        const field = (0,template/* templateVariables */.Qp)(needs.version.text).includes(name) ? 'text' : 'negative';
        const start = located.file.locate(['versions', needs.version.version, field]);
        const lines = located.file.text.split('\n');
        const pattern = new RegExp(`\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`);
        for (let i = start.line - 1; i < Math.min(lines.length, start.line + 50); i++) {
            const m = pattern.exec(lines[i]);
            if (m && (i > start.line - 1 || m.index + 1 >= start.column)) {
                return { file: located.file.rel, line: i + 1, column: m.index + 1 };
            }
        }
        return { file: located.file.rel, ...start };
    }
}
function atProducts(cause) {
    const { needs, name } = cause;
    const findings = cause.listed.map(({ entry, variant }) => {
        const product = entry.value;
        const suggestion = (0,template/* suggestVariable */.Jc)(name, product);
        const why = name === 'category'
            ? ' (the product has no category)'
            : name.startsWith('attributes.')
                ? ' (the product has no such attribute)'
                : '';
        return entry.file.finding('template-variable', entry.path, `product "${product.sku}": {{${name}}} in prompt ${needs.ref} (variant "${variant}") does not resolve${why}${suggestion ? `; did you mean {{${suggestion}}}?` : ''}`);
    });
    if (cause.firstMore) {
        // The summary stands at the first product left out of the listing.
        findings.push(cause.firstMore.file.finding('template-variable', cause.firstMore.path, `{{${name}}} in prompt ${needs.ref} also does not resolve for ${cause.more} more product-variant pairs (only the first ${UNRESOLVED_LISTED} are listed); fix the template, or give those products what it needs`));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/config/rules.ts






const MODEL_IDS = models/* MODELS */.L6.filter((m) => !m.retired).map((m) => m.id);
function where(file, p, key = false) {
    const pos = file.locate(p, key);
    return `${file.rel}:${pos.line}:${pos.column}`;
}
/** Uniqueness of ids across files: the later definitions are errors naming the first. */
function firstById(entries, kind, findings, keyPath) {
    const byId = new Map();
    for (const entry of entries) {
        const first = byId.get(entry.value.id);
        if (first) {
            findings.push(entry.file.finding(`duplicate-${kind}`, keyPath(entry), `${kind} "${entry.value.id}" is already defined at ${where(first.file, keyPath(first), true)}; ids must be unique across files, rename or remove one`, { key: true }));
        }
        else {
            byId.set(entry.value.id, entry);
        }
    }
    return byId;
}
/** The semantic rules of DESIGN "Rules": everything the schemas cannot see. */
async function checkRules(input) {
    const findings = [];
    const placements = firstById(input.placements, 'placement', findings, (e) => e.path);
    const variants = firstById(input.variants, 'variant', findings, (e) => e.path);
    const prompts = firstById(input.prompts, 'prompt', findings, () => ['id']);
    for (const { value: p, file, path: at } of placements.values())
        checkPlacement(p, file, at, findings, input.routing);
    for (const v of variants.values())
        checkVariant(v, placements, prompts, findings);
    // defaults.variants must name real variants (reported once per file, at the list item).
    for (const [file, defaults] of input.defaultsByFile) {
        defaults?.forEach((id, i) => {
            if (!variants.has(id)) {
                findings.push(file.finding('unknown-variant', ['defaults', 'variants', i], `defaults.variants names unknown variant "${id}"${(0,suggest/* didYouMean */.au)(id, variants.keys()) || `; known variants: ${listing(variants.keys())}`}`));
            }
        });
    }
    // Per variant, once: its model and what its prompt needs from a product.
    const infos = new Map();
    const variantInfo = (id) => {
        if (infos.has(id))
            return infos.get(id);
        const variant = variants.get(id)?.value;
        let info;
        if (variant) {
            const placement = placements.get(variant.placement)?.value;
            const version = prompts.get(variant.promptId)?.value.versions.get(variant.promptVersion);
            info = { model: (0,model_choice/* shotModel */.k)(variant, placement) };
            if (version)
                info.needs = templateNeeds(variant.promptId, version);
        }
        infos.set(id, info);
        return info;
    };
    const skus = new Map();
    // Products by the photo they name: each photo's header is read once.
    const sourceUsers = new Map();
    // Many products share a photo or a folder: resolve each (catalog file, written path) once.
    const sourcePaths = new Map();
    const sourcePath = (catalogRel, raw) => {
        const cacheKey = `${catalogRel}\0${raw}`;
        let rel = sourcePaths.get(cacheKey);
        if (rel === undefined) {
            rel = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(catalogRel), raw.replace(/\\/g, '/')));
            sourcePaths.set(cacheKey, rel);
        }
        return rel;
    };
    const sourcesPerVariant = new Map();
    const templateRule = new TemplateVariableRule(prompts);
    for (const entry of input.products) {
        // entry.path is built only for a finding: most products have none.
        const { value: product, file } = entry;
        if (product.sku.includes('..') && /^[a-z0-9][a-z0-9._-]*$/.test(product.sku)) {
            findings.push(file.finding('sku-pattern', [...entry.path, 'sku'], `sku "${product.sku}" contains ".."; SKUs become file names, use single dots`));
        }
        const first = skus.get(product.sku);
        if (first) {
            findings.push(file.finding('duplicate-sku', [...entry.path, 'sku'], `sku "${product.sku}" is already used at ${where(first.file, [...first.path, 'sku'])}; SKUs must be unique across all catalog files`));
        }
        else {
            skus.set(product.sku, entry);
        }
        if (product.variants.length === 0) {
            findings.push(file.finding('no-variants', entry.path, `product "${product.sku}" has no variants, so no images will be made; add "variants:" to it or "defaults.variants" to the file`, { severity: 'warning' }));
        }
        let hasSource = false;
        if (entry.rawSource !== undefined) {
            const rel = sourcePath(file.rel, entry.rawSource);
            if (external_node_path_default().posix.isAbsolute(entry.rawSource) || rel === '..' || rel.startsWith('../')) {
                findings.push(file.finding('source-outside', [...entry.path, 'source'], `source "${entry.rawSource}" points outside the repository; put the photo in the repository and give its path relative to ${file.rel}`));
            }
            else {
                product.source = rel;
                hasSource = true;
                const users = sourceUsers.get(rel);
                if (users)
                    users.push(entry);
                else
                    sourceUsers.set(rel, [entry]);
            }
        }
        for (let i = 0; i < product.variants.length; i++) {
            const variantId = product.variants[i];
            const info = variantInfo(variantId);
            if (!info) {
                if (!entry.fromDefaults) {
                    findings.push(file.finding('unknown-variant', [...entry.path, 'variants', i], `product "${product.sku}" names unknown variant "${variantId}"${(0,suggest/* didYouMean */.au)(variantId, variants.keys()) || `; known variants: ${listing(variants.keys())}`}`));
                }
                continue;
            }
            if (hasSource)
                sourcesPerVariant.set(variantId, (sourcesPerVariant.get(variantId) ?? 0) + 1);
            if (info.model === 'studio' && !hasSource && entry.rawSource === undefined) {
                findings.push(file.finding('studio-needs-source', entry.path, `product "${product.sku}" has no source photo, but variant "${variantId}" uses the studio model, which builds the image from one; add "source:" to the product or give the variant a hosted model`));
            }
            const needs = info.needs;
            if (!needs)
                continue; // an unknown prompt or version is reported at the variant
            templateRule.check(entry, variantId, needs);
        }
    }
    findings.push(...templateRule.findings());
    await Promise.all([...sourceUsers].map(async ([rel, users]) => {
        const result = await input.sources.check(rel);
        if (result.ok)
            return;
        for (const { file, path: at, rawSource } of users) {
            findings.push(file.finding('source-image', [...at, 'source'], `source "${rawSource}" (${rel}) ${result.reason}; give a path, relative to ${file.rel}, of a JPEG, PNG, WebP, AVIF or TIFF photo`));
        }
    }));
    // A model that takes no reference image never sees the supplier photo: say so once per variant.
    for (const [variantId, count] of sourcesPerVariant) {
        const { value: variant, file, path: at } = variants.get(variantId);
        const model = (0,model_choice/* shotModelInfo */.M)(variant, placements.get(variant.placement)?.value);
        if (!model || model.reference)
            continue;
        findings.push(file.finding('model-no-reference', variant.model !== undefined ? [...at, 'model'] : at, `variant "${variantId}" uses model "${model.id}", which takes no reference photo, so the source photos of ${count} product(s) are not used for it; pick a model that takes one (${listing(models/* MODELS */.L6.filter((m) => m.reference).map((m) => m.id))}) if the product must look like its photo`, { severity: 'warning', key: variant.model === undefined }));
    }
    return findings;
}
function checkPlacement(p, file, at, findings, routing = {}) {
    const aspectOk = /^\d+:\d+$/.test(p.aspect);
    if (aspectOk && !(p.aspectW >= 1 && p.aspectW <= 100 && p.aspectH >= 1 && p.aspectH <= 100)) {
        findings.push(file.finding('aspect', [...at, 'aspect'], `aspect "${p.aspect}": width and height must be whole numbers from 1 to 100, like "4:5" or "16:9"`));
    }
    const qaFill = validFill(p.qa.fill);
    if (Array.isArray(p.qa.fill) &&
        p.qa.fill.length === 2 &&
        !qaFill &&
        p.qa.fill.every((n) => typeof n === 'number')) {
        findings.push(file.finding('qa-fill', [...at, 'qa', 'fill'], `qa.fill [${p.qa.fill.join(', ')}] is [min, max] but min is larger; swap the two numbers`));
    }
    if (qaFill && p.studio?.fill !== undefined && (p.studio.fill < qaFill[0] || p.studio.fill > qaFill[1])) {
        findings.push(file.finding('studio-fill-vs-qa', [...at, 'studio', 'fill'], `studio.fill ${p.studio.fill} is outside qa.fill [${qaFill.join(', ')}], so studio shots of this placement will fail QA; bring them together`, { severity: 'warning' }));
    }
    const valid = aspectOk && p.aspectW >= 1 && p.aspectW <= 100 && p.aspectH >= 1 && p.aspectH <= 100;
    p.models.forEach((id, i) => {
        const model = (0,models/* findModel */.P6)(id);
        if (!model) {
            findings.push(file.finding('unknown-model', [...at, 'models', i], `unknown model "${id}"${(0,suggest/* didYouMean */.au)(id, MODEL_IDS) || `; known models: ${listing(MODEL_IDS)}`}`));
            return;
        }
        if (model.retired) {
            findings.push(file.finding('model-retired', [...at, 'models', i], `model "${id}" is retired since ${model.retired.since}: ${model.retired.why}; use ${model.retired.use}`));
            return;
        }
        // Checked against the route shotlist.yaml picks (a bad route is a finding of shotlist.yaml).
        const route = (0,models/* routeOf */.Lu)(model, routing[id]).route ?? model;
        const through = route.provider === model.provider ? '' : ` through ${route.provider}`;
        if (valid && !(0,models/* aspectPlan */.Qq)({ ...route, anyAspect: model.anyAspect }, p.aspect)) {
            const makes = route.sizes ? Object.entries(route.sizes).map(([a, s]) => `${a} (${s})`) : route.aspects;
            findings.push(file.finding('model-aspect', [...at, 'models', i], `model "${id}"${through} cannot make aspect ${p.aspect} (it makes ${listing(makes)}, and cropping would waste over half the frame); remove it from this placement or change the aspect`));
        }
        if (!model.anyAspect && p.size <= 8192 && p.size > route.maxSize) {
            findings.push(file.finding('model-size', [...at, 'models', i], `model "${id}"${through} makes at most ${route.maxSize} px, so this placement's ${p.size} px images from it will be upscaled; lower size or prefer a larger model`, { severity: 'warning' }));
        }
    });
}
function checkVariant(entry, placements, prompts, findings) {
    const { value: v, file, path: at } = entry;
    const placement = placements.get(v.placement)?.value;
    if (v.placement && !placement) {
        findings.push(file.finding('unknown-placement', [...at, 'placement'], `variant "${v.id}" names unknown placement "${v.placement}"${(0,suggest/* didYouMean */.au)(v.placement, placements.keys()) || `; known placements: ${listing(placements.keys())}`}`));
    }
    if (v.promptId && Number.isInteger(v.promptVersion)) {
        const prompt = prompts.get(v.promptId)?.value;
        if (!prompt) {
            findings.push(file.finding('unknown-prompt', [...at, 'prompt'], `variant "${v.id}" names unknown prompt "${v.promptId}"${(0,suggest/* didYouMean */.au)(v.promptId, prompts.keys()) || `; known prompts: ${listing(prompts.keys())}`}`));
        }
        else if (!prompt.versions.has(v.promptVersion)) {
            findings.push(file.finding('unknown-prompt-version', [...at, 'prompt'], `variant "${v.id}" pins ${v.promptId}@${v.promptVersion}, but prompt "${v.promptId}" has version(s) ${listing([...prompt.versions.keys()].map(String))}; pin one of them or add version ${v.promptVersion}`));
        }
    }
    const qaFill = placement ? validFill(placement.qa.fill) : undefined;
    const fill = v.studio?.fill;
    if (qaFill && fill !== undefined && (fill < qaFill[0] || fill > qaFill[1])) {
        findings.push(file.finding('studio-fill-vs-qa', [...at, 'studio', 'fill'], `studio.fill ${fill} is outside placement "${placement.id}"'s qa.fill [${qaFill.join(', ')}], so studio shots of this variant will fail QA; bring them together`, { severity: 'warning' }));
    }
    if (v.model !== undefined) {
        const model = (0,models/* findModel */.P6)(v.model);
        if (!model) {
            findings.push(file.finding('unknown-model', [...at, 'model'], `variant "${v.id}" names unknown model "${v.model}"${(0,suggest/* didYouMean */.au)(v.model, MODEL_IDS) || `; known models: ${listing(MODEL_IDS)}`}`));
        }
        else if (placement && !placement.models.includes(v.model)) {
            findings.push(file.finding('model-not-allowed', [...at, 'model'], `model "${v.model}" is not allowed by placement "${placement.id}" (allowed: ${listing(placement.models)}); add it to placements.${placement.id}.models or pick an allowed one`));
        }
    }
}
function validFill(fill) {
    if (!Array.isArray(fill) || fill.length !== 2)
        return undefined;
    const [min, max] = fill;
    return typeof min === 'number' && typeof max === 'number' && min <= max ? [min, max] : undefined;
}

;// CONCATENATED MODULE: ./src/config/consequences.ts


/** A file whose content could not be used at all: unparseable, empty, or not a map at the top. */
function isBroken(file) {
    return (0,domain_findings/* hasErrors */.Cs)(file.findings) || !isObj(file.data);
}
/**
 * Findings that may only follow from a file not loading: what that file would have defined looks
 * unknown everywhere else. Settings that do not load leave the default folders in place.
 */
const CONSEQUENCES = {
    shotlist: ['missing-folder'],
    placements: ['unknown-variant', 'unknown-placement'],
    prompts: ['unknown-prompt', 'unknown-prompt-version'],
    catalog: [],
};
/**
 * Drops the findings that only follow from broken files, so the cause is not buried under its
 * consequences, and says once, at the end and pointing at the first broken file, how many were
 * left out. Returns the findings sorted.
 */
function withoutConsequences(findings, broken) {
    if (broken.length === 0)
        return (0,domain_findings/* sortFindings */.Tc)(findings);
    const rules = new Set(broken.flatMap((b) => CONSEQUENCES[b.kind]));
    const kept = findings.filter((f) => !rules.has(f.rule));
    const dropped = findings.length - kept.length;
    if (dropped === 0)
        return (0,domain_findings/* sortFindings */.Tc)(findings);
    const causes = broken.filter((b) => CONSEQUENCES[b.kind].length > 0).map((b) => b.file);
    const first = causes[0];
    const at = first.findings.find((f) => f.severity === 'error') ?? { line: 1, column: 1 };
    const names = causes.map((f) => f.rel).join(', ');
    return [
        ...(0,domain_findings/* sortFindings */.Tc)(kept),
        {
            file: first.rel,
            line: at.line,
            column: at.column,
            severity: 'warning',
            rule: 'consequences-hidden',
            message: `${dropped} more finding${dropped === 1 ? '' : 's'} (unknown variants, placements, prompts or folders) not shown: ` +
                `they may only follow from ${names} not loading; fix ${causes.length === 1 ? 'it' : 'them'} and run validate again`,
        },
    ];
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/config/source-image.ts


/** sharp refuses to decode more pixels than this by default (its limitInputPixels). */
const MAX_SOURCE_PIXELS = 268_402_689;
/** Reads only the image header (sharp metadata), once per path. */
class SourceImageChecker {
    root;
    cache = new Map();
    rootReal;
    constructor(root) {
        this.root = root;
    }
    /** `relPath`: repository-relative, forward slashes. */
    check(relPath) {
        let result = this.cache.get(relPath);
        if (!result) {
            const absPath = external_node_path_default().join(this.root, relPath);
            this.rootReal ??= (0,promises_.realpath)(this.root).catch(() => this.root);
            result = this.rootReal.then((rootReal) => inspect(absPath, rootReal));
            this.cache.set(relPath, result);
        }
        return result;
    }
}
async function inspect(absPath, rootReal) {
    try {
        const s = await (0,promises_.stat)(absPath);
        if (!s.isFile())
            return { ok: false, reason: 'is not a file' };
    }
    catch {
        return { ok: false, reason: 'does not exist' };
    }
    // A symlink must not lead out of the repository: the photo may be sent to a hosted API.
    const real = await (0,promises_.realpath)(absPath);
    if (real !== rootReal && !real.startsWith(rootReal + (external_node_path_default()).sep)) {
        return { ok: false, reason: 'is a link to a file outside the repository' };
    }
    try {
        const meta = (await headerDimensions(absPath)) ?? (await sharpDimensions(absPath));
        if (!meta.width || !meta.height)
            return { ok: false, reason: 'has no readable image dimensions' };
        if (meta.width * meta.height > MAX_SOURCE_PIXELS) {
            return {
                ok: false,
                reason: `is ${meta.width}x${meta.height} px, over the ${Math.floor(MAX_SOURCE_PIXELS / 1e6)} megapixel decode limit; downscale it`,
            };
        }
        return { ok: true };
    }
    catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, reason: `is not an image that can be decoded (${detail})` };
    }
}
/** Enough of a file for the size fields of JPEG (after EXIF and ICC segments), PNG, WebP, GIF, TIFF. */
const HEADER_BYTES = 512 * 1024;
let headerReader;
/**
 * image-size's readers of the five formats sharp decodes whose header it reads reliably, picked by
 * the first byte as its own detector does. Only these five are loaded: its index loads all twenty
 * formats, which cost a validate run more than the header reads themselves. A file none of them
 * claims goes to sharp.
 */
function loadHeaderReader() {
    headerReader ??= Promise.all([
        __webpack_require__.e(/* import() */ 534).then(__webpack_require__.bind(__webpack_require__, 94534)),
        __webpack_require__.e(/* import() */ 790).then(__webpack_require__.bind(__webpack_require__, 13790)),
        __webpack_require__.e(/* import() */ 27).then(__webpack_require__.bind(__webpack_require__, 28027)),
        __webpack_require__.e(/* import() */ 995).then(__webpack_require__.bind(__webpack_require__, 18995)),
        __webpack_require__.e(/* import() */ 954).then(__webpack_require__.bind(__webpack_require__, 49954)),
    ]).then(([{ JPG }, { PNG }, { WEBP }, { GIF }, { TIFF }]) => {
        const byFirstByte = new Map([
            [0xff, JPG],
            [0x89, PNG],
            [0x52, WEBP],
            [0x47, GIF],
            [0x49, TIFF],
            [0x4d, TIFF],
        ]);
        return (input) => {
            const reader = input.length > 0 ? byFirstByte.get(input[0]) : undefined;
            return reader?.validate(input) ? reader.calculate(input) : undefined;
        };
    });
    return headerReader;
}
/**
 * Width and height from the file's first bytes, without sharp: validating and planning (the
 * pull-request path of the action) never load libvips. Undefined when the header is not one of the
 * five formats or not within the first bytes.
 */
async function headerDimensions(absPath) {
    const file = await (0,promises_.open)(absPath, 'r');
    try {
        const buffer = Buffer.alloc(HEADER_BYTES);
        const { bytesRead } = await file.read(buffer, 0, HEADER_BYTES, 0);
        const size = (await loadHeaderReader())(buffer.subarray(0, bytesRead));
        if (!size?.width || !size.height)
            return undefined;
        // EXIF orientation 5-8 swaps the sides; the pixel count, which is all that is checked, does not change.
        return { width: size.width, height: size.height };
    }
    catch {
        return undefined;
    }
    finally {
        await file.close();
    }
}
async function sharpDimensions(absPath) {
    // sharp is heavy to load; only photos whose header image-size cannot read pay for it.
    const { default: sharp } = await __webpack_require__.e(/* import() */ 491).then(__webpack_require__.t.bind(__webpack_require__, 3491, 23));
    // No pixel limit for the header read: the size is checked by the caller with a clearer message.
    return sharp(absPath, { limitInputPixels: false }).metadata();
}

;// CONCATENATED MODULE: ./src/config/load.ts











const SETTINGS_FILE = 'shotlist.yaml';
/**
 * Loads and checks the configuration of the repository at `root` (the folder holding shotlist.yaml,
 * which is optional). Never throws for bad input: every problem becomes a finding. `config` is set
 * only when there are no error findings. Reads files; writes nothing.
 */
async function loadConfig(root) {
    const absRoot = external_node_path_default().resolve(root);
    const findings = [];
    // Files that did not load: what only follows from their absence is not reported (see below).
    const broken = [];
    let settingsData;
    let settingsFile;
    const settingsAbs = external_node_path_default().join(absRoot, SETTINGS_FILE);
    if (isFile(settingsAbs)) {
        const file = await YamlFile.read(settingsAbs, SETTINGS_FILE);
        settingsFile = file;
        findings.push(...file.findings);
        if (!(0,domain_findings/* hasErrors */.Cs)(file.findings) && file.data !== undefined) {
            const schema = schemaFindings(file, 'shotlist');
            findings.push(...schema);
            if (schema.length === 0)
                settingsData = file.data;
        }
        if (settingsData !== undefined)
            findings.push(...checkSettings(file, buildSettings(settingsData)));
        // Settings that are not used leave the default folders in place.
        if (settingsData === undefined)
            broken.push({ kind: 'shotlist', file });
    }
    const settings = buildSettings(settingsData);
    const folders = [
        ['catalog', settings.paths.catalog],
        ['placements', settings.paths.placements],
        ['prompts', settings.paths.prompts],
    ];
    const placements = [];
    const variants = [];
    const prompts = [];
    const products = [];
    const defaultsByFile = new Map();
    for (const [kind, folder] of folders) {
        // A folder named in shotlist.yaml is pointed at there; a default one at the folder itself.
        const paths = isObj(settingsData) && isObj(settingsData.paths) ? settingsData.paths : {};
        const named = paths[kind] === undefined ? undefined : settingsFile?.ref(['paths', kind]);
        const { rels, finding } = await listYaml(absRoot, folder, kind, named);
        if (finding)
            findings.push(finding);
        // One file at a time, from bytes to entities: a big catalog's parse trees then die young,
        // which keeps the garbage collector's work close to that of a bare parse.
        for (const rel of rels) {
            const file = await YamlFile.read(external_node_path_default().join(absRoot, rel), rel);
            findings.push(...file.findings);
            if (isBroken(file))
                broken.push({ kind, file });
            if ((0,domain_findings/* hasErrors */.Cs)(file.findings) || file.data === undefined)
                continue;
            findings.push(...schemaFindings(file, kind));
            if (kind === 'placements') {
                const got = placementsOf(file);
                placements.push(...got.placements);
                variants.push(...got.variants);
            }
            else if (kind === 'prompts') {
                const p = promptOf(file);
                if (p)
                    prompts.push(p);
            }
            else {
                const got = productsOf(file);
                defaultsByFile.set(file, got.defaults);
                placeProducts(file, got.products);
                for (const entry of got.products)
                    products.push(entry);
                file.data = undefined;
            }
        }
    }
    const ruleFindings = await checkRules({
        root: absRoot,
        placements,
        variants,
        prompts,
        products,
        defaultsByFile,
        sources: new SourceImageChecker(absRoot),
        ...(settings.routing ? { routing: settings.routing } : {}),
    });
    findings.push(...ruleFindings);
    const sorted = withoutConsequences(findings, broken);
    if ((0,domain_findings/* hasErrors */.Cs)(sorted))
        return { config: undefined, findings: sorted };
    // Positions of every entity, for messages downstream, from the documents of these small files
    // when first read (products got theirs from a scan while loading).
    for (const p of placements)
        lazyAt(p.value, () => p.file.ref(p.path, true));
    for (const v of variants)
        lazyAt(v.value, () => v.file.ref(v.path, true));
    for (const p of prompts) {
        lazyAt(p.value, () => p.file.ref(['id'], true));
        for (const [n, version] of p.value.versions)
            lazyAt(version, () => p.file.ref(['versions', n], true));
    }
    const config = {
        root: absRoot,
        settings,
        placements: new Map(placements.map((p) => [p.value.id, p.value])),
        variants: new Map(variants.map((v) => [v.value.id, v.value])),
        prompts: new Map(prompts.map((p) => [p.value.id, p.value])),
        products: products.map((p) => p.value),
    };
    return { config, findings: sorted };
}
/** Products' positions from a cheap scan of the text; when it does not line up, from the document on first read. */
function placeProducts(file, entries) {
    if (scanSkuPositions(file.text, entries.map((e) => e.value)))
        return;
    for (const entry of entries)
        lazyAt(entry.value, () => file.ref(entry.path));
}
/** `at` computed on first read: exact positions cost a positioned parse, which most runs never need. */
function lazyAt(target, compute) {
    let value;
    Object.defineProperty(target, 'at', {
        enumerable: true,
        configurable: true,
        get: () => (value ??= compute()),
        set: (v) => {
            value = v;
        },
    });
}
/**
 * Synchronous like YamlFile.read: the files are looked at one after another, and awaiting each
 * stat only idles (on a busy machine, for a scheduler slice per file).
 */
function isFile(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** Repo-relative, forward-slash paths of the `*.yaml`/`*.yml` files under a folder, sorted. */
async function listYaml(root, folder, kind, named) {
    const abs = external_node_path_default().join(root, folder);
    const missing = (what) => ({
        file: named?.file ?? `${folder}/`,
        line: named?.line ?? 1,
        column: named?.column ?? 1,
        severity: 'error',
        rule: 'missing-folder',
        message: `${what}; add ${kind} files there as *.yaml, or point paths.${kind} in ${SETTINGS_FILE} at the right folder`,
    });
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(abs, { recursive: true }).map(String);
    }
    catch {
        return { rels: [], finding: missing(`folder ${folder}/ not found`) };
    }
    const rels = [];
    for (const entry of entries) {
        const posix = entry.split((external_node_path_default()).sep).join('/');
        if (!/\.ya?ml$/i.test(posix) || posix.split('/').some((part) => part.startsWith('.')))
            continue;
        if (!isFile(external_node_path_default().join(abs, entry)))
            continue;
        rels.push(`${folder}/${posix}`);
    }
    rels.sort();
    if (rels.length === 0)
        return { rels, finding: missing(`no *.yaml files in ${folder}/`) };
    return { rels };
}


/***/ }),

/***/ 86403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ shotModelInfo),
/* harmony export */   k: () => (/* binding */ shotModel)
/* harmony export */ });
/* harmony import */ var _domain_models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85032);

/**
 * The model a variant's shots use: its own, or else its placement's first allowed model. Validate
 * checks this model (known, allowed by the placement, able to make its aspect) and plan generates
 * with it, so both must pick it the same way.
 */
function shotModel(variant, placement) {
    return variant.model ?? placement?.models[0];
}
/** The registry entry of the model a variant uses, when there is one. */
function shotModelInfo(variant, placement) {
    const id = shotModel(variant, placement);
    return id === undefined ? undefined : (0,_domain_models_js__WEBPACK_IMPORTED_MODULE_0__/* .findModel */ .P6)(id);
}


/***/ }),

/***/ 42784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   au: () => (/* binding */ didYouMean),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* unused harmony export editDistance */
/** Levenshtein distance, small inputs only (keys, ids). */
function editDistance(a, b) {
    if (a === b)
        return 0;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        }
        prev = cur;
    }
    return prev[b.length];
}
/** The closest candidate within a typo's reach (about a third of the word), if any. */
function closest(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const c of candidates) {
        const d = editDistance(lower, c.toLowerCase());
        if (d < bestDistance) {
            best = c;
            bestDistance = d;
        }
    }
    const reach = Math.max(2, Math.ceil(word.length / 3));
    return best !== undefined && bestDistance <= reach ? best : undefined;
}
/** `; did you mean "x"?` or an empty string. */
function didYouMean(word, candidates) {
    const c = closest(word, candidates);
    return c === undefined ? '' : `; did you mean "${c}"?`;
}


/***/ }),

/***/ 69030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ resolveVariable),
/* harmony export */   Gq: () => (/* binding */ compileTemplate),
/* harmony export */   Jc: () => (/* binding */ suggestVariable),
/* harmony export */   Qp: () => (/* binding */ templateVariables),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   gj: () => (/* binding */ renderTemplateText)
/* harmony export */ });
/* unused harmony export TEMPLATE_ROOTS */
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(42784);

/** Variables a prompt may use; `attributes.x` names one of the product's attributes. */
const TEMPLATE_ROOTS = (/* unused pure expression or super */ null && (['name', 'sku', 'category', 'variant', 'attributes']));
/**
 * Anything between double braces is a variable, so validate and plan see the same variables: a
 * narrower pattern in one of them once let `{{attributes.größe}}` through to the model unrendered.
 */
const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;
function compileTemplate(text) {
    const parts = [];
    const vars = [];
    let last = 0;
    for (const m of text.matchAll(VARIABLE)) {
        parts.push(text.slice(last, m.index));
        vars.push(m[1]);
        last = m.index + m[0].length;
    }
    parts.push(text.slice(last));
    return { parts, vars };
}
/** The distinct variables a template text uses, in order of first use. */
function templateVariables(text) {
    return [...new Set(compileTemplate(text).vars)];
}
/**
 * The value of one variable for a product, or undefined when it does not resolve. Attributes are
 * the product's own keys only: `attributes.constructor` or `attributes.toString` must not find
 * Object.prototype's members.
 */
function resolveVariable(variable, product, variant) {
    switch (variable) {
        case 'name':
            return product.name;
        case 'sku':
            return product.sku;
        case 'variant':
            return variant;
        case 'category':
            return product.category;
    }
    if (!variable.startsWith('attributes.'))
        return undefined;
    const key = variable.slice('attributes.'.length);
    if (!Object.hasOwn(product.attributes, key))
        return undefined;
    const value = product.attributes[key];
    return value === undefined ? undefined : String(value);
}
/** The rendered text, or undefined when a variable does not resolve (renderTemplate then says which). */
function renderTemplateText(template, product, variant) {
    let text = template.parts[0];
    for (let i = 0; i < template.vars.length; i++) {
        const value = resolveVariable(template.vars[i], product, variant);
        if (value === undefined)
            return undefined;
        text += value + template.parts[i + 1];
    }
    return text;
}
/** Renders a template; returns the names that did not resolve instead of guessing a value. */
function renderTemplate(template, product, variant) {
    let text = template.parts[0];
    const missing = [];
    for (let i = 0; i < template.vars.length; i++) {
        const name = template.vars[i];
        const value = resolveVariable(name, product, variant);
        if (value === undefined)
            missing.push(name);
        text += (value ?? '') + template.parts[i + 1];
    }
    return { text, missing };
}
/** A likely intended variable for one that does not resolve, e.g. `attribtes.color` -> `attributes.color`. */
function suggestVariable(variable, product) {
    const dot = variable.indexOf('.');
    const root = dot < 0 ? variable : variable.slice(0, dot);
    const rest = dot < 0 ? '' : variable.slice(dot + 1);
    const attributeKeys = Object.keys(product.attributes);
    if (root === 'attributes' || (rest && (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(root, ['attributes']) === 'attributes')) {
        const key = attributeKeys.includes(rest) ? rest : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(rest, attributeKeys);
        return key === undefined ? undefined : `attributes.${key}`;
    }
    if (!rest) {
        const fixed = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_0__/* .closest */ .kp)(root, ['name', 'sku', 'category', 'variant']);
        if (fixed !== undefined && fixed !== root)
            return fixed;
        // A bare attribute name: `{{color}}` meant `{{attributes.color}}`.
        if (attributeKeys.includes(root))
            return `attributes.${root}`;
    }
    return undefined;
}


/***/ }),

/***/ 84906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gg: () => (/* binding */ buildPlan),
  Au: () => (/* binding */ manifestPathOf),
  Zn: () => (/* binding */ planLoaded)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/load.ts + 11 modules
var load = __webpack_require__(68924);
// EXTERNAL MODULE: ./src/domain/findings.ts
var domain_findings = __webpack_require__(38944);
// EXTERNAL MODULE: ./src/store/checkpoint.ts
var checkpoint = __webpack_require__(18635);
// EXTERNAL MODULE: ./src/plan/base.ts
var plan_base = __webpack_require__(41270);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/plan/budget-location.ts


/** Where `budget.maxImages` and `budget.maxUsd` are written in shotlist.yaml, for over-budget messages. */
async function locateBudget(root, file = 'shotlist.yaml') {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().join(root, file), 'utf8');
    }
    catch {
        return { file };
    }
    // The full YAML parser is loaded only for an over-budget message, never on the plain plan path.
    const { LineCounter, parseDocument, isMap, isScalar } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    const ref = (node) => {
        if (!node?.range)
            return undefined;
        const pos = lineCounter.linePos(node.range[0]);
        return { file, line: pos.line, column: pos.col };
    };
    const out = { file };
    const root_ = doc.contents;
    if (!isMap(root_))
        return out;
    const budgetPair = root_.items.find((p) => isScalar(p.key) && p.key.value === 'budget');
    if (!budgetPair)
        return out;
    out.budget = ref(budgetPair.key);
    if (isMap(budgetPair.value)) {
        for (const pair of budgetPair.value.items) {
            if (!isScalar(pair.key))
                continue;
            if (pair.key.value === 'maxImages')
                out.maxImages = ref(pair.value);
            if (pair.key.value === 'maxUsd')
                out.maxUsd = ref(pair.value);
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/domain/models.ts
var models = __webpack_require__(85032);
;// CONCATENATED MODULE: ./src/plan/calibration.ts

/**
 * Seconds per image per model, measured by this repository's own runs: the median over reports
 * of (the slowest finished shot of the model / the rounds its queue needed at the configured
 * concurrency). A shot's time runs from the start of the run, so the slowest one is the model's
 * queue time. Models without a finished shot keep the registry's typical latency.
 */
function calibrateSeconds(reports, settings) {
    const samples = new Map();
    for (const report of reports) {
        const byModel = new Map();
        for (const s of report.shots) {
            if (s.status !== 'ok' && s.status !== 'qa-failed')
                continue;
            if (s.rederived)
                continue;
            const m = byModel.get(s.model) ?? { n: 0, maxMs: 0 };
            byModel.set(s.model, { n: m.n + 1, maxMs: Math.max(m.maxMs, s.ms) });
        }
        for (const [model, { n, maxMs }] of byModel) {
            const provider = (0,models/* findModel */.P6)(model)?.provider;
            const concurrency = Math.max(1, (provider && settings.providers[provider]?.concurrency) || 1);
            const list = samples.get(model) ?? [];
            list.push(maxMs / 1000 / Math.ceil(n / concurrency));
            samples.set(model, list);
        }
    }
    return new Map([...samples].map(([model, list]) => [model, median(list)]));
}
/** The part of a parsed report the calibration reads, or undefined when it is not a report. */
function asReportTimes(value) {
    const shots = value?.shots;
    if (!Array.isArray(shots))
        return undefined;
    const ok = shots.every((s) => typeof s?.model === 'string' &&
        typeof s.ms === 'number' &&
        typeof s.status === 'string');
    return ok ? value : undefined;
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// EXTERNAL MODULE: ./src/plan/cost.ts
var plan_cost = __webpack_require__(58);
;// CONCATENATED MODULE: ./src/store/run-reports.ts


/**
 * The newest run reports of a store (`<store>/reports/<runId>.json`; run ids start with their UTC
 * time, so names sort by age), parsed. Unreadable or malformed files are left out: they only
 * calibrate estimates.
 */
async function readRecentReports(storeDir, limit = 20) {
    const dir = external_node_path_default().join(storeDir, 'reports');
    let names;
    try {
        names = (await (0,promises_.readdir)(dir)).filter((n) => n.endsWith('.json'));
    }
    catch {
        return [];
    }
    const newest = names.sort().slice(-limit);
    const parsed = await Promise.all(newest.map(async (n) => {
        try {
            return JSON.parse(await (0,promises_.readFile)(external_node_path_default().join(dir, n), 'utf8'));
        }
        catch {
            return undefined;
        }
    }));
    return parsed.filter((r) => r !== undefined);
}

// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
;// CONCATENATED MODULE: ./src/plan/reasons.ts
function productsBySku(config) {
    return new Map((config?.products ?? []).map((p) => [p.sku, p]));
}
function sameJson(a, b) {
    return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
/** The YAML changes between the base spec and the head spec of one shot, most telling first. */
function diffSpecs(base, head, baseProduct, headProduct) {
    const out = [];
    if (base.promptId !== head.promptId) {
        out.push({
            code: 'prompt-switched',
            text: `prompt switched from ${base.promptId}@${base.promptVersion} to ${head.promptId}@${head.promptVersion}`,
        });
    }
    else if (base.promptVersion !== head.promptVersion) {
        out.push({
            code: 'prompt-version-bumped',
            text: `prompt ${head.promptId} version ${base.promptVersion} → ${head.promptVersion}`,
        });
    }
    else if (base.templateHash !== head.templateHash) {
        out.push({
            code: 'prompt-text-edited',
            text: `prompt ${head.promptId}@${head.promptVersion} text edited`,
        });
    }
    if (baseProduct && headProduct) {
        if (baseProduct.name !== headProduct.name) {
            out.push({
                code: 'product-renamed',
                text: `product renamed "${baseProduct.name}" → "${headProduct.name}"`,
            });
        }
        else if (base.prompt !== head.prompt &&
            (baseProduct.category !== headProduct.category ||
                !sameJson(baseProduct.attributes, headProduct.attributes))) {
            out.push({
                code: 'product-details-changed',
                text: `product ${head.sku} category or attributes changed`,
            });
        }
    }
    if (base.sourceHash !== head.sourceHash) {
        if (!base.sourceHash)
            out.push({ code: 'source-added', text: `supplier photo added (${head.sourcePath})` });
        else if (!head.sourceHash)
            out.push({ code: 'source-removed', text: 'supplier photo removed' });
        else
            out.push({ code: 'source-replaced', text: `supplier photo replaced (${head.sourcePath})` });
    }
    if (base.model !== head.model) {
        out.push({ code: 'model-switched', text: `model switched ${base.model} → ${head.model}` });
    }
    if (base.placement !== head.placement) {
        out.push({
            code: 'placement-switched',
            text: `variant moved to placement ${base.placement} → ${head.placement}`,
        });
    }
    else {
        if (base.aspect !== head.aspect) {
            out.push({
                code: 'aspect-changed',
                text: `placement ${head.placement} aspect ${base.aspect} → ${head.aspect}`,
            });
        }
        const output = [];
        for (const f of ['size', 'format', 'quality', 'background']) {
            if (base[f] !== head[f])
                output.push(`${f} ${base[f]} → ${head[f]}`);
        }
        if (output.length > 0) {
            out.push({
                code: 'placement-output-changed',
                text: `placement ${head.placement} ${output.join(', ')}`,
            });
        }
    }
    if (base.seed !== head.seed &&
        base.promptVersion === head.promptVersion &&
        base.promptId === head.promptId) {
        out.push({ code: 'seed-changed', text: `seed ${base.seed} → ${head.seed}` });
    }
    if (!sameJson(base.studio, head.studio)) {
        out.push({ code: 'studio-options-changed', text: 'studio options changed' });
    }
    return out;
}
/** When there is no base (or no difference in config), say what the manifest shows. */
function manifestReasons(shot) {
    const spec = shot.spec;
    const prev = shot.previous;
    switch (shot.status) {
        case 'new':
            return [{ code: 'not-generated-yet', text: 'no manifest record yet' }];
        case 'orphaned':
            return [{ code: 'not-configured', text: 'in the manifest but no longer configured' }];
        case 'failed-last-time':
            return [
                {
                    code: 'failed-last-time',
                    text: `failed last time${prev?.error ? ` (${prev.error.kind}: ${prev.error.message})` : prev?.status === 'qa-failed' ? ' (QA)' : ''}`,
                },
            ];
        case 'blocked':
            return [
                {
                    code: 'blocked',
                    text: `${prev?.error ? `${prev.error.kind}: ${prev.error.message}` : `QA failed (${failedChecks(prev)})`} since ${prev?.createdAt ?? '?'}; change its inputs, run generate --retry-blocked${prev?.status === 'qa-failed' ? ', or accept it' : ''}`,
                },
            ];
        case 're-derive':
            return [
                {
                    code: 'output-settings-changed',
                    text: 'output settings changed; re-derived from the kept raw image',
                },
            ];
        case 'unchanged':
            return [];
        case 'regenerate': {
            if (!spec || !prev)
                return [{ code: 'inputs-changed', text: 'inputs changed' }];
            const out = [];
            const promptId = `${spec.promptId}@${spec.promptVersion}`;
            if (prev.prompt !== promptId)
                out.push({ code: 'prompt-version-bumped', text: `prompt ${prev.prompt} → ${promptId}` });
            else if (prev.templateHash !== spec.templateHash) {
                out.push({ code: 'prompt-text-edited', text: `prompt ${promptId} text edited` });
            }
            if (prev.model !== spec.model)
                out.push({ code: 'model-switched', text: `model ${prev.model} → ${spec.model}` });
            if (prev.genHash === spec.genHash) {
                out.push({ code: 'raw-missing', text: 'output settings changed but no raw image was kept' });
            }
            if (out.length === 0) {
                out.push({
                    code: 'inputs-changed',
                    text: 'what the model sees changed (product details, photo, seed or options)',
                });
            }
            return out;
        }
    }
}
function failedChecks(record) {
    const names = (record?.qa?.checks ?? []).filter((c) => c.status === 'fail').map((c) => c.check);
    return names.join(', ') || 'checks';
}
/**
 * Fills `reason` and `reasonCodes` on every shot that is not unchanged: the YAML change against the
 * base when there is one, else (or when the config did not change for that shot) what the manifest shows.
 */
function explainPlan(plan, head, base) {
    const baseSpecs = new Map((base?.specs ?? []).map((s) => [s.key, s]));
    const baseProducts = productsBySku(base?.config);
    const headProducts = productsBySku(head);
    const baseUsable = base !== undefined && (base.config !== undefined || base.empty === true);
    for (const shot of plan) {
        if (shot.status === 'unchanged')
            continue;
        let reasons = [];
        if (baseUsable) {
            const sku = shot.spec?.sku ?? shot.previous?.sku ?? shot.key.split('/')[0];
            const baseSpec = baseSpecs.get(shot.key);
            if (shot.spec && !baseSpec) {
                reasons = baseProducts.has(sku)
                    ? [{ code: 'variant-added', text: `variant ${shot.spec.variant} added to ${sku}` }]
                    : [{ code: 'product-added', text: `product ${sku} added` }];
            }
            else if (shot.spec && baseSpec) {
                reasons = diffSpecs(baseSpec, shot.spec, baseProducts.get(sku), headProducts.get(sku));
            }
            else if (!shot.spec && baseSpec) {
                reasons = headProducts.has(sku)
                    ? [
                        {
                            code: 'variant-removed',
                            text: `variant ${shot.previous?.variant ?? shot.key} removed from ${sku}`,
                        },
                    ]
                    : [{ code: 'product-removed', text: `product ${sku} removed` }];
            }
            if (shot.status === 'failed-last-time')
                reasons = [...manifestReasons(shot), ...reasons];
        }
        if (reasons.length === 0)
            reasons = manifestReasons(shot);
        shot.reason = reasons.map((r) => r.text).join('; ');
        shot.reasonCodes = reasons.map((r) => r.code);
    }
}

// EXTERNAL MODULE: ./src/plan/resolve.ts + 4 modules
var resolve = __webpack_require__(4935);
// EXTERNAL MODULE: ./src/plan/shards.ts
var plan_shards = __webpack_require__(30374);
// EXTERNAL MODULE: ./src/config/immutability.ts
var immutability = __webpack_require__(55018);
;// CONCATENATED MODULE: ./src/core/validate.ts





/**
 * `validate`: every config rule, including those that need the manifest (a prompt version that made
 * shots is frozen; a corrupt manifest line would make a shot again). Reads only, writes nothing.
 * Plan applies the same rules through the same functions (loadConfig, manifestRuleFindings), so a
 * config that passes here never fails plan for a config reason.
 */
async function validate(options) {
    const root = path.resolve(options.dir);
    const { config, findings } = await loadConfig(root);
    if (!config)
        return { findings };
    const manifestPath = path.join(root, config.settings.paths.store, 'manifest.jsonl');
    // A run killed before folding its journal has finished shots only there: they count as used.
    const manifest = await readManifestWithJournal(manifestPath, { forPlanning: true });
    const all = sortFindings([...findings, ...manifestRuleFindings(config, manifest)]);
    return hasErrors(all) ? { findings: all } : { config, findings: all };
}
/** The config rules that need the manifest: its corrupt lines, and prompt versions edited after use. */
function manifestRuleFindings(config, manifest) {
    const manifestRel = external_node_path_default().posix.join(config.settings.paths.store, 'manifest.jsonl');
    const corrupt = manifest.corrupt.map((c) => ({
        file: manifestRel,
        line: c.line,
        column: 1,
        severity: 'error',
        rule: 'manifest-corrupt',
        message: `manifest line ${c.message}; the shot on it would be generated again and paid for twice. ` +
            `Restore the line from git history or resolve the merge conflict, or delete the line to regenerate that shot`,
    }));
    return [...corrupt, ...(0,immutability/* checkPromptImmutability */.N)(config, manifest.records.values())];
}

;// CONCATENATED MODULE: ./src/core/plan.ts














const EMPTY_COST = { models: [], images: 0, rederive: 0, usd: 0, seconds: 0 };
function manifestPathOf(dir, config) {
    return external_node_path_default().join(dir, config?.settings.paths.store ?? 'generated', 'manifest.jsonl');
}
function emptyPlan(config, findings, manifestPath) {
    return {
        config,
        findings: (0,domain_findings/* sortFindings */.Tc)(findings),
        warnings: [],
        plan: [],
        cost: EMPTY_COST,
        manifestPath,
        records: new Map(),
    };
}
/** The whole plan pipeline, shared by the CLI and the GitHub Action. Throws only for a bad --base ref. */
async function buildPlan(options) {
    const dir = external_node_path_default().resolve(options.dir);
    const { config, findings } = await (0,load/* loadConfig */.Z)(dir);
    const manifestPath = manifestPathOf(dir, config);
    if (!config || (0,domain_findings/* hasErrors */.Cs)(findings))
        return emptyPlan(config, findings, manifestPath);
    // A run killed before folding its journal has finished shots only there: they must not plan as new.
    const manifest = await (0,checkpoint/* readManifestWithJournal */.VJ)(manifestPath, { forPlanning: true });
    return planLoaded({ dir, config, findings, manifest }, options);
}
/** Plans a loaded configuration against a read manifest. */
async function planLoaded(repo, options = {}) {
    const { dir, config, findings, manifest } = repo;
    const storeRel = config.settings.paths.store;
    const manifestPath = manifestPathOf(dir, config);
    // The rules validate applies with the manifest (corrupt lines, prompt versions already used), run
    // by the same function, so plan rejects nothing for a config reason that validate accepts.
    const manifestFindings = manifestRuleFindings(config, manifest);
    // Corrupt lines are findings above; the rest (unfinished last line, duplicates) are warnings.
    const warnings = manifest.warnings.filter((w) => !/: line is /.test(w));
    let specs;
    try {
        specs = await (0,resolve/* resolveSpecs */.j)(config);
    }
    catch (error) {
        const m = /^(.+?):(\d+):(\d+): (.*)$/s.exec(error.message);
        const finding = m
            ? {
                file: m[1],
                line: Number(m[2]),
                column: Number(m[3]),
                severity: 'error',
                rule: 'resolve',
                message: m[4],
            }
            : {
                file: load/* SETTINGS_FILE */.t,
                line: 1,
                column: 1,
                severity: 'error',
                rule: 'resolve',
                message: error.message,
            };
        return {
            ...emptyPlan(config, [...findings, ...manifestFindings, finding], manifestPath),
            warnings,
            records: manifest.records,
        };
    }
    const plan = (0,plan_plan/* planShots */.d9)(specs, manifest.records);
    const base = options.base ? await (0,plan_base/* resolveAtRef */.P)(dir, options.base, storeRel) : undefined;
    explainPlan(plan, config, base);
    if (options.shards && options.shards > 1) {
        const keys = plan.filter((s) => (0,plan_plan/* isPlanned */.H9)(s.status)).map((s) => s.key);
        const shards = (0,plan_shards/* assignShards */.fp)(keys, options.shards);
        for (const shot of plan) {
            const shard = shards.get(shot.key);
            if (shard !== undefined)
                shot.shard = shard;
        }
    }
    else if (options.shards === 1) {
        for (const shot of plan)
            if ((0,plan_plan/* isPlanned */.H9)(shot.status))
                shot.shard = 1;
    }
    const reports = await readRecentReports(external_node_path_default().join(dir, storeRel));
    const measured = calibrateSeconds(reports.flatMap((r) => asReportTimes(r) ?? []), config.settings);
    const cost = (0,plan_cost/* estimateCost */.a3)(plan, config.settings, measured);
    // Positions of the budget keys are looked up only for a plan that is over budget.
    const over = (0,plan_cost/* checkBudget */.Ik)(cost, config.settings.budget, { file: load/* SETTINGS_FILE */.t });
    const budget = over.length === 0
        ? over
        : (0,plan_cost/* checkBudget */.Ik)(cost, config.settings.budget, await locateBudget(dir, load/* SETTINGS_FILE */.t));
    const result = {
        config,
        findings: (0,domain_findings/* sortFindings */.Tc)([...findings, ...manifestFindings, ...budget]),
        warnings,
        plan,
        cost,
        manifestPath,
        records: manifest.records,
    };
    if (base)
        result.base = base;
    return result;
}


/***/ }),

/***/ 41270:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ GitRefError),
/* harmony export */   P: () => (/* binding */ resolveAtRef)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(68924);
/* harmony import */ var _domain_findings_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(38944);
/* harmony import */ var _resolve_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4935);







/** Thrown when the ref itself is wrong (a usage error, not a config error). */
class GitRefError extends Error {
    name = 'GitRefError';
}
function run(cmd, args, cwd) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        let err = '';
        child.stdout.on('data', (d) => (out += d.toString()));
        child.stderr.on('data', (d) => (err += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => code === 0
            ? resolve(out)
            : reject(new Error(`${cmd} ${args.join(' ')} failed: ${err.trim() || `exit ${code}`}`)));
    });
}
/** `git archive REF -- paths | tar -x -C dest`, without a shell, so no quoting of user paths. */
function extract(top, ref, pathspecs, dest) {
    return new Promise((resolve, reject) => {
        const git = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['archive', '--format=tar', ref, '--', ...pathspecs], {
            cwd: top,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const tar = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('tar', ['-x', '-C', dest], { stdio: ['pipe', 'ignore', 'pipe'] });
        let gitErr = '';
        let tarErr = '';
        git.stderr.on('data', (d) => (gitErr += d.toString()));
        tar.stderr.on('data', (d) => (tarErr += d.toString()));
        git.stdout.pipe(tar.stdin);
        let gitCode = null;
        let tarCode = null;
        const done = () => {
            if (gitCode === null || tarCode === null)
                return;
            if (gitCode !== 0)
                reject(new Error(`git archive ${ref} failed: ${gitErr.trim()}`));
            else if (tarCode !== 0)
                reject(new Error(`tar could not unpack ${ref}: ${tarErr.trim()}`));
            else
                resolve();
        };
        git.on('error', reject);
        tar.on('error', reject);
        git.on('close', (c) => {
            gitCode = c ?? 1;
            done();
        });
        tar.on('close', (c) => {
            tarCode = c ?? 1;
            done();
        });
    });
}
/**
 * Loads and resolves the configuration at `ref` for the repository that holds `dir`. The tree is
 * unpacked into a temp folder (without the store folder: images are not needed to plan) and removed
 * afterwards, so the work tree and index are never touched.
 */
async function resolveAtRef(dir, ref, storeFolder) {
    let top;
    let prefix;
    try {
        top = (await run('git', ['rev-parse', '--show-toplevel'], dir)).trim();
        prefix = (await run('git', ['rev-parse', '--show-prefix'], dir)).trim();
    }
    catch (error) {
        throw new GitRefError(`--base needs a git repository, but ${dir} is not inside one`, { cause: error });
    }
    try {
        await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top);
    }
    catch (error) {
        throw new GitRefError(`--base ${ref}: no such commit, branch or tag in ${top}; fetch it first (e.g. git fetch origin ${ref}) or pass an existing ref`, { cause: error });
    }
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(node_os__WEBPACK_IMPORTED_MODULE_2___default().tmpdir(), 'shotlist-base-'));
    try {
        const sub = prefix.replace(/\/$/, '');
        const storeRel = node_path__WEBPACK_IMPORTED_MODULE_3___default().posix.join(sub, storeFolder);
        const pathspecs = [sub === '' ? '.' : sub, `:(exclude)${storeRel}`];
        try {
            await extract(top, ref, pathspecs, tmp);
        }
        catch (error) {
            // An empty pathspec match (the folder did not exist at that ref) means there was no config.
            return {
                ref,
                specs: [],
                empty: true,
                problem: `no configuration at ${ref} (${error.message})`,
            };
        }
        const root = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(tmp, sub);
        const { config, findings } = await (0,_config_load_js__WEBPACK_IMPORTED_MODULE_4__/* .loadConfig */ .Z)(root);
        const errors = findings.filter((f) => f.severity === 'error');
        if (!config && errors.length > 0 && errors.every((f) => f.rule === 'missing-folder')) {
            // No catalog, placements or prompts at that ref: the change adds shotlist to the repository.
            return { ref, specs: [], empty: true };
        }
        if (!config || (0,_domain_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .hasErrors */ .Cs)(findings)) {
            const first = findings.find((f) => f.severity === 'error');
            return {
                ref,
                specs: [],
                problem: `the configuration at ${ref} is not valid${first ? ` (${(0,_domain_findings_js__WEBPACK_IMPORTED_MODULE_6__/* .formatFinding */ .tf)(first)})` : ''}`,
            };
        }
        try {
            const specs = await (0,_resolve_js__WEBPACK_IMPORTED_MODULE_5__/* .resolveSpecs */ .j)(config);
            return { ref, config, specs };
        }
        catch (error) {
            return {
                ref,
                config,
                specs: [],
                problem: `cannot resolve shots at ${ref}: ${error.message}`,
            };
        }
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 4935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  j: () => (/* binding */ resolveSpecs)
});

// UNUSED EXPORTS: mergeStudio

// EXTERNAL MODULE: ./src/domain/canonical.ts
var canonical = __webpack_require__(25610);
// EXTERNAL MODULE: ./src/domain/models.ts
var models = __webpack_require__(85032);
// EXTERNAL MODULE: ./src/config/immutability.ts
var immutability = __webpack_require__(55018);
;// CONCATENATED MODULE: ./src/plan/hashes.ts


// One definition, beside the immutability rule that compares it with the manifest.

/**
 * What the model sees, and so what decides whether the provider is called again.
 *
 * Hosted models see the rendered prompt, negative, style, aspect and seed, plus the supplier photo
 * when they take a reference image (a model without reference input never receives the photo, so
 * replacing it changes nothing that model makes).
 *
 * The built-in studio is different: it ignores the prompt and composes the final canvas itself, so
 * what it "sees" is the photo, the aspect, the pixel size, the background and the studio options
 * (fill, shadow, alignment). Those go into its genHash; keeping them in specHash only would "re-derive"
 * a studio shot by resizing/recolouring a raw composite, which cannot move the product or redraw the
 * shadow. A studio regeneration costs nothing, so this costs the user nothing either. The seed is
 * left out: the studio is deterministic, so bumping a prompt version changes nothing it makes.
 */
function genInputs(i) {
    const model = (0,models/* findModel */.P6)(i.model);
    if (model?.provider === 'studio') {
        // Keys in code-unit order: see hashSortedObject.
        return {
            aspect: i.aspect,
            background: i.background,
            contract: i.contract,
            model: i.model,
            size: i.size,
            source: i.sourceHash ?? null,
            studio: i.studio ? (0,canonical/* sortedKeys */.Mf)(i.studio) : undefined,
        };
    }
    // Unknown models are treated as taking a reference: over-regenerating is safer than stale images.
    const seesSource = model ? model.reference : true;
    return {
        aspect: i.aspect,
        contract: i.contract,
        model: i.model,
        negative: i.negative,
        prompt: i.prompt,
        seed: i.seed,
        source: seesSource ? (i.sourceHash ?? null) : undefined,
        style: i.style,
    };
}
const q = JSON.stringify;
function genHash(i) {
    const model = (0,models/* findModel */.P6)(i.model);
    if (model?.provider === 'studio' || !model || !Number.isFinite(i.seed) || !Number.isFinite(i.contract)) {
        return (0,canonical/* hashSortedObject */.N7)(genInputs(i));
    }
    // The hosted-model hot path (200,000 calls): the same bytes as canonicalJson(genInputs(i)),
    // written out in key order without building an object per shot. Tests compare the two.
    const source = model.reference ? `,"source":${i.sourceHash === undefined ? 'null' : q(i.sourceHash)}` : '';
    return (0,canonical/* sha256Hex */.fg)(`{"aspect":${q(i.aspect)},"contract":${i.contract},"model":${q(i.model)}` +
        (i.negative === undefined ? '' : `,"negative":${q(i.negative)}`) +
        `,"prompt":${q(i.prompt)},"seed":${i.seed}${source}` +
        (i.style === undefined ? '' : `,"style":${q(i.style)}`) +
        '}');
}
/** genHash plus what only the published file depends on: changing only these re-derives from raw. */
function specHash(o) {
    if (!Number.isFinite(o.quality) || !Number.isFinite(o.size)) {
        return (0,canonical/* hashSortedObject */.N7)({
            background: o.background,
            format: o.format,
            genHash: o.genHash,
            quality: o.quality,
            size: o.size,
        });
    }
    return (0,canonical/* sha256Hex */.fg)(`{"background":${q(o.background)},"format":${q(o.format)},"genHash":${q(o.genHash)},"quality":${o.quality},"size":${o.size}}`);
}
/**
 * The same bytes as genHash and specHash (tests compare them) with the variant's constant parts
 * written once: 200,000 shots then build two short strings each and no input objects.
 */
function shotHasher(shared) {
    const model = (0,models/* findModel */.P6)(shared.model);
    const hosted = model !== undefined && model.provider !== 'studio' && Number.isFinite(shared.contract);
    const head = `{"aspect":${q(shared.aspect)},"contract":${shared.contract},"model":${q(shared.model)}`;
    const style = shared.style === undefined ? '}' : `,"style":${q(shared.style)}}`;
    const output = {
        size: shared.size,
        format: shared.format,
        quality: shared.quality,
        background: shared.background,
    };
    const fastSpec = Number.isFinite(shared.quality) && Number.isFinite(shared.size);
    const specHead = `{"background":${q(shared.background)},"format":${q(shared.format)},"genHash":`;
    const specTail = `,"quality":${shared.quality},"size":${shared.size}}`;
    return {
        genHash(prompt, negative, seed, sourceHash) {
            if (!hosted || !Number.isFinite(seed))
                return genHash({ ...shared, prompt, negative, seed, sourceHash });
            const source = model.reference ? `,"source":${sourceHash === undefined ? 'null' : q(sourceHash)}` : '';
            return (0,canonical/* sha256Hex */.fg)(head +
                (negative === undefined ? '' : `,"negative":${q(negative)}`) +
                `,"prompt":${q(prompt)},"seed":${seed}${source}` +
                style);
        },
        specHash(g) {
            return fastSpec ? (0,canonical/* sha256Hex */.fg)(`${specHead}${q(g)}${specTail}`) : specHash({ genHash: g, ...output });
        },
    };
}

;// CONCATENATED MODULE: ./src/plan/seed.ts
/**
 * A reproducible seed for a shot: the same key and prompt version give the same seed on every
 * machine, and a new prompt version gives a fresh one. 31 bits, so every provider's seed field
 * (some are signed 32-bit) accepts it.
 *
 * FNV-1a over the UTF-16 code units, not sha256: a seed needs spread, not secrecy, and this runs
 * 200,000 times per plan. Changing this function changes every derived seed (and so every genHash):
 * never change it without a contract version bump.
 */
function deriveSeed(key, promptId, promptVersion) {
    const text = `${key}\n${promptId}@${promptVersion}`;
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    // A final avalanche so keys differing in the last character still differ in the high bits.
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    return (h >>> 0) >>> 1;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/p-queue/dist/index.js + 4 modules
var dist = __webpack_require__(19052);
;// CONCATENATED MODULE: ./src/plan/source-hash.ts




/**
 * Hashes supplier photos, each file once however many shots use it, with a bounded number of open
 * files so a catalog of 50,000 photos does not exhaust file descriptors.
 */
class SourceHasher {
    root;
    cache = new Map();
    queue;
    constructor(root, concurrency = 16) {
        this.root = root;
        this.queue = new dist/* default */.Ay({ concurrency });
    }
    /** `relPath` is repository-relative with forward slashes; `where` names the YAML line for errors. */
    hash(relPath, where) {
        let p = this.cache.get(relPath);
        if (!p) {
            p = this.queue.add(() => hashFile(external_node_path_default().resolve(this.root, relPath), relPath, where));
            this.cache.set(relPath, p);
        }
        return p;
    }
}
function hashFile(abs, relPath, where) {
    return new Promise((resolve, reject) => {
        const h = (0,external_node_crypto_.createHash)('sha256');
        (0,external_node_fs_.createReadStream)(abs)
            .on('data', (chunk) => h.update(chunk))
            .on('error', (error) => reject(new Error(`${where}: source photo ${relPath} cannot be read (${error.code ?? error.message}); ` +
            `expected a file relative to the catalog file; fix the path or add the photo`, { cause: error })))
            .on('end', () => resolve(h.digest('hex')));
    });
}

;// CONCATENATED MODULE: ./src/domain/spec.ts
const CONTRACT_VERSION = 1;

// EXTERNAL MODULE: ./src/config/model-choice.ts
var model_choice = __webpack_require__(86403);
// EXTERNAL MODULE: ./src/config/template.ts
var template = __webpack_require__(69030);
;// CONCATENATED MODULE: ./src/plan/resolve.ts








function where(at) {
    return `${at.file}:${at.line}:${at.column}`;
}
/** Later layers win; a layer's undefined members do not erase earlier ones. */
function mergeStudio(...layers) {
    const out = {};
    for (const layer of layers) {
        if (!layer)
            continue;
        for (const [k, v] of Object.entries(layer))
            if (v !== undefined)
                out[k] = v;
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/**
 * Resolves a validated config into one spec per (sku, variant), sorted by key.
 * Throws (with file and line) only on what validation should already have rejected.
 */
async function resolveSpecs(config) {
    const plans = variantPlans(config);
    const hasher = new SourceHasher(config.root);
    const specs = [];
    // Only shots with a supplier photo wait for its hash; the rest are built synchronously (no
    // promise per shot: 200,000 of them are measurable). Those fill their slot when it arrives.
    const pending = [];
    for (const product of config.products) {
        const sourceHash = product.source ? hasher.hash(product.source, where(product.at)) : undefined;
        // Avoid an unhandled rejection before the first shot awaits it; the error surfaces there.
        sourceHash?.catch(() => undefined);
        const first = specs.length;
        for (const variantId of product.variants) {
            const plan = plans(variantId, product);
            const shot = prepareShot(plan, product);
            if (sourceHash) {
                const slot = specs.push(undefined) - 1;
                pending.push(sourceHash.then((source) => void (specs[slot] = buildSpec(plan, product, shot, source))));
            }
            else {
                specs.push(buildSpec(plan, product, shot, undefined));
            }
        }
        // A product's few shots in key order: a catalog listed by sku then needs no sort at all.
        if (!sourceHash)
            sortRange(specs, first);
    }
    if (pending.length > 0) {
        await Promise.all(pending);
        return specs.sort(byKey);
    }
    return isSortedByKey(specs) ? specs : specs.sort(byKey);
}
const byKey = (a, b) => (0,canonical/* compareCodeUnits */.UF)(a.key, b.key);
function isSortedByKey(specs) {
    for (let i = 1; i < specs.length; i++)
        if (specs[i - 1].key > specs[i].key)
            return false;
    return true;
}
/** Insertion sort of specs[from..]: a handful of variants per product. */
function sortRange(specs, from) {
    for (let i = from + 1; i < specs.length; i++) {
        const s = specs[i];
        let j = i - 1;
        while (j >= from && specs[j].key > s.key) {
            specs[j + 1] = specs[j];
            j--;
        }
        specs[j + 1] = s;
    }
}
/** Per variant, once: its placement, prepared prompt version, model, merged studio options and hashers. */
function variantPlans(config) {
    const prepared = new Map();
    const prepare = (variant) => {
        const id = `${variant.promptId}@${variant.promptVersion}`;
        let p = prepared.get(id);
        if (!p) {
            const version = config.prompts.get(variant.promptId)?.versions.get(variant.promptVersion);
            if (!version) {
                throw new Error(`${where(variant.at)}: variant ${variant.id} uses prompt ${id}, which is not defined`);
            }
            p = {
                version,
                templateHash: (0,immutability/* templateHash */.t)(version),
                text: (0,template/* compileTemplate */.Gq)(version.text),
                negative: version.negative === undefined ? undefined : (0,template/* compileTemplate */.Gq)(version.negative),
            };
            prepared.set(id, p);
        }
        return p;
    };
    const qaHashes = new Map();
    const qaHashOf = (placement) => {
        let h = qaHashes.get(placement.id);
        if (h === undefined)
            qaHashes.set(placement.id, (h = (0,canonical/* hashCanonical */.z7)(placement.qa)));
        return h;
    };
    const plans = new Map();
    return (variantId, product) => {
        let plan = plans.get(variantId);
        if (plan)
            return plan;
        const variant = config.variants.get(variantId);
        if (!variant) {
            throw new Error(`${where(product.at)}: product ${product.sku} uses variant ${variantId}, which is not defined`);
        }
        const placement = config.placements.get(variant.placement);
        if (!placement) {
            throw new Error(`${where(variant.at)}: variant ${variant.id} uses placement ${variant.placement}, which is not defined`);
        }
        const prompt = prepare(variant);
        const model = (0,model_choice/* shotModel */.k)(variant, placement) ?? '';
        const studio = mergeStudio(placement.studio, variant.studio, prompt.version.studio);
        const hasher = shotHasher({
            contract: CONTRACT_VERSION,
            model,
            style: prompt.version.style,
            aspect: placement.aspect,
            size: placement.size,
            format: placement.format,
            quality: placement.quality,
            background: placement.background,
            studio,
        });
        plan = { variant, placement, prompt, model, studio, qaHash: qaHashOf(placement), hasher };
        if (!model)
            plan.noModel = `${where(placement.at)}: placement ${placement.id} allows no models`;
        plans.set(variantId, plan);
        return plan;
    };
}
/** The per-shot parts that do not wait for a source photo: key, rendered prompt, seed. */
function prepareShot(plan, product) {
    const { variant, prompt } = plan;
    const text = (0,template/* renderTemplateText */.gj)(prompt.text, product, variant.id);
    const negative = prompt.negative ? (0,template/* renderTemplateText */.gj)(prompt.negative, product, variant.id) : undefined;
    if (text === undefined || (prompt.negative && negative === undefined))
        throw missingValues(plan, product);
    if (plan.noModel)
        throw new Error(plan.noModel);
    const key = `${product.sku}/${variant.id}`;
    const seed = variant.seed ?? deriveSeed(key, variant.promptId, variant.promptVersion);
    return { key, text, negative, seed };
}
function missingValues(plan, product) {
    const { variant, prompt } = plan;
    const missing = [
        ...(0,template/* renderTemplate */.Xm)(prompt.text, product, variant.id).missing,
        ...(prompt.negative ? (0,template/* renderTemplate */.Xm)(prompt.negative, product, variant.id).missing : []),
    ];
    return new Error(`${where(product.at)}: product ${product.sku} has no value for ${missing.map((m) => `{{${m}}}`).join(', ')} ` +
        `used by prompt ${variant.promptId}@${variant.promptVersion}; add the field or change the template`);
}
function buildSpec(plan, product, shot, source) {
    const { variant, placement, prompt, studio } = plan;
    const g = plan.hasher.genHash(shot.text, shot.negative, shot.seed, source);
    const spec = {
        key: shot.key,
        sku: product.sku,
        variant: variant.id,
        placement: placement.id,
        promptId: variant.promptId,
        promptVersion: variant.promptVersion,
        templateHash: prompt.templateHash,
        prompt: shot.text,
        model: plan.model,
        aspect: placement.aspect,
        size: placement.size,
        format: placement.format,
        quality: placement.quality,
        background: placement.background,
        seed: shot.seed,
        contract: CONTRACT_VERSION,
        genHash: g,
        specHash: plan.hasher.specHash(g),
        qaHash: plan.qaHash,
    };
    if (shot.negative !== undefined)
        spec.negative = shot.negative;
    if (prompt.version.style !== undefined)
        spec.style = prompt.version.style;
    if (product.source !== undefined)
        spec.sourcePath = product.source;
    if (source !== undefined)
        spec.sourceHash = source;
    if (studio)
        spec.studio = studio;
    if (product.color !== undefined)
        spec.color = product.color;
    return spec;
}


/***/ }),

/***/ 30374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _b: () => (/* binding */ shardMatrix),
/* harmony export */   fp: () => (/* binding */ assignShards)
/* harmony export */ });
/* unused harmony exports shardCapacity, parseShard */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25610);


/** murmur3's 32-bit finaliser: a cheap, well-mixed function of a 32-bit input. */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * Rendezvous (highest random weight) scores of a key for each shard. One sha256 per key, then a
 * per-shard mix, so 200,000 keys x 20 shards cost 200,000 hashes, not 4 million. A key's scores
 * depend on the key and the shard count only, never on the other keys: that is what keeps a shot
 * in its shard when others are added.
 */
function scores(key, n) {
    const d = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest();
    const a = d.readUInt32BE(0);
    const b = d.readUInt32BE(4);
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++)
        out[i] = fmix32(a ^ fmix32(b + Math.imul(i + 1, 0x9e3779b9)));
    return out;
}
/** Room allowed above an even split before shots move, so small changes in size move nothing. */
function shardCapacity(total, n) {
    const even = Math.ceil(total / n);
    return even + Math.max(1, Math.ceil(even * 0.05));
}
/**
 * Splits keys into `n` groups: each key goes to its highest-scoring shard; a shard over capacity
 * hands its least-attached keys (lowest score) to their next-best shard with room. Returns the
 * 1-based shard of each key.
 */
function assignShards(keys, n) {
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`shard count must be a whole number >= 1, got ${n}`);
    const out = new Map();
    if (n === 1) {
        for (const k of keys)
            out.set(k, 1);
        return out;
    }
    const cap = shardCapacity(keys.length, n);
    const all = keys.map((key) => ({ key, s: scores(key, n), shard: 0 }));
    const members = Array.from({ length: n }, () => []);
    for (const item of all) {
        let best = 0;
        for (let i = 1; i < n; i++)
            if (item.s[i] > item.s[best])
                best = i;
        item.shard = best;
        members[best].push(item);
    }
    const size = members.map((m) => m.length);
    const evicted = [];
    for (let i = 0; i < n; i++) {
        if (size[i] <= cap)
            continue;
        const list = members[i].sort((x, y) => x.s[i] - y.s[i] || (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .UF)(x.key, y.key));
        evicted.push(...list.slice(0, size[i] - cap));
        size[i] = cap;
    }
    evicted.sort((x, y) => (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodeUnits */ .UF)(x.key, y.key));
    for (const item of evicted) {
        let best = -1;
        for (let i = 0; i < n; i++) {
            if (i === item.shard || size[i] >= cap)
                continue;
            if (best < 0 || item.s[i] > item.s[best])
                best = i;
        }
        item.shard = best;
        size[best]++;
    }
    for (const item of all)
        out.set(item.key, item.shard + 1);
    return out;
}
/** The GitHub Actions matrix for `generate --shard i/N`. */
function shardMatrix(n) {
    return { include: Array.from({ length: n }, (_, i) => ({ shard: `${i + 1}/${n}` })) };
}
/** Parses `i/N` (1-based), for `generate --shard`. */
function parseShard(text) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!m)
        return undefined;
    const index = Number(m[1]);
    const count = Number(m[2]);
    return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}


/***/ }),

/***/ 92551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic),
/* harmony export */   t: () => (/* binding */ syncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);



/**
 * Writes a file so a reader sees the old or the whole new content, never a part: a temp file in the
 * same folder, fsync, rename, then fsync of the folder so the rename itself survives a power cut
 * (a checkpoint record written after this may point at the file).
 */
async function writeFileAtomic(file, data) {
    const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file);
    // The first run of a repository has no store folder yet.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
    const tmp = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(file)}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'w');
    try {
        await handle.writeFile(data);
        await handle.sync();
    }
    catch (error) {
        await handle.close();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
    await handle.close();
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
    }
    catch (error) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true });
        throw error;
    }
    await syncDir(dir);
}
/** Makes a new or renamed entry of a folder durable. */
async function syncDir(dir) {
    try {
        const d = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await d.sync();
        }
        finally {
            await d.close();
        }
    }
    catch {
        // Some platforms (Windows) cannot open a folder for fsync; the rename is still atomic there.
    }
}


/***/ }),

/***/ 18635:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ Checkpoint),
/* harmony export */   VJ: () => (/* binding */ readManifestWithJournal)
/* harmony export */ });
/* unused harmony export journalPath */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(77544);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92551);




/**
 * Checkpointing that survives kill -9 at any instant.
 *
 * Each finished shot is appended as one JSON line to `<manifest>.journal` and fsync'd before the
 * shot counts as done (its image file was already renamed into place). Every `foldEvery` records,
 * and at the end, the journal is folded into the manifest by an atomic rewrite (temp file, fsync,
 * rename) and then truncated. A crash between the rewrite and the truncation leaves records in both
 * places; folding merges by key (newer wins), so that is harmless. A crash mid-append leaves a
 * partial last journal line, which readers ignore: that shot was not finished.
 */
function journalPath(manifestPath) {
    return `${manifestPath}.journal`;
}
/** Reads the manifest with any journal left by an interrupted run folded in (without writing). */
async function readManifestWithJournal(manifestPath, options = {}) {
    const base = await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .readManifest */ .WI)(manifestPath, options);
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(journalPath(manifestPath), 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    if (text === '')
        return { ...base, journalled: 0 };
    const journal = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .parseManifest */ .Ng)(text, journalPath(manifestPath), options);
    return {
        records: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeManifests */ .tr)(base.records, journal.records.values()),
        warnings: [...base.warnings, ...journal.warnings],
        corrupt: base.corrupt,
        journalled: journal.records.size,
    };
}
class Checkpoint {
    manifestPath;
    records;
    foldEvery;
    readOnly;
    handle;
    pending = [];
    flushing;
    sinceFold = 0;
    failure;
    constructor(manifestPath, records, foldEvery, readOnly) {
        this.manifestPath = manifestPath;
        this.records = records;
        this.foldEvery = foldEvery;
        this.readOnly = readOnly;
    }
    /** Folds a journal left by a killed run into the manifest, then opens a fresh journal. */
    static async open(manifestPath, options = {}) {
        const read = await readManifestWithJournal(manifestPath);
        const readOnly = options.readOnly ?? false;
        const cp = new Checkpoint(manifestPath, new Map(read.records), options.foldEvery ?? 100, readOnly);
        // A corrupt manifest is left untouched for a person to repair; the plan reports it.
        if (!readOnly && read.journalled > 0 && read.corrupt.length === 0) {
            await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .writeManifest */ .HN)(manifestPath, cp.records.values());
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(journalPath(manifestPath), { force: true });
        }
        return { checkpoint: cp, read };
    }
    /** Resolves once the record is durable on disk. */
    async record(record) {
        if (this.readOnly)
            throw new Error('checkpoint opened read-only');
        if (this.failure)
            throw this.failure;
        this.records.set(record.key, record);
        await new Promise((done, fail) => {
            this.pending.push({ line: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .serialiseRecord */ .pU)(record) + '\n', done, fail });
            this.flushing ??= this.flush();
        });
    }
    // Group commit: records arriving while an fsync runs share the next write and fsync.
    async flush() {
        try {
            while (this.pending.length > 0) {
                const batch = this.pending.splice(0);
                try {
                    if (!this.handle) {
                        const dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(this.manifestPath);
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
                        this.handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(journalPath(this.manifestPath), 'a');
                        await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_3__/* .syncDir */ .t)(dir);
                    }
                    await this.handle.write(batch.map((b) => b.line).join(''));
                    await this.handle.sync();
                    this.sinceFold += batch.length;
                    // Rewriting a big manifest costs its size: fold after a share of it, so the total stays linear.
                    if (this.sinceFold >= Math.max(this.foldEvery, this.records.size / 4))
                        await this.fold();
                    for (const b of batch)
                        b.done();
                }
                catch (error) {
                    this.failure = error;
                    for (const b of [...batch, ...this.pending.splice(0)])
                        b.fail(error);
                }
            }
        }
        finally {
            this.flushing = undefined;
        }
    }
    async fold() {
        await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .writeManifest */ .HN)(this.manifestPath, this.records.values());
        if (this.handle)
            await this.handle.truncate(0);
        this.sinceFold = 0;
    }
    /** Waits for pending records, folds the journal into the manifest and removes it. */
    async close() {
        if (this.readOnly)
            return;
        while (this.flushing)
            await this.flushing;
        if (this.failure)
            throw this.failure;
        await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .writeManifest */ .HN)(this.manifestPath, this.records.values());
        if (this.handle) {
            await this.handle.close();
            this.handle = undefined;
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(journalPath(this.manifestPath), { force: true });
    }
}


/***/ }),

/***/ 77544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HN: () => (/* binding */ writeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Tz: () => (/* binding */ serialiseManifest),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   hX: () => (/* binding */ newerRecord),
/* harmony export */   pU: () => (/* binding */ serialiseRecord),
/* harmony export */   tr: () => (/* binding */ mergeManifests)
/* harmony export */ });
/* unused harmony export RAW_KEPT */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(25610);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(92551);




/** Field order in a manifest line: key first so `git diff` and `sort` read naturally, the rest sorted. */
function serialiseRecord(record) {
    const { key, ...rest } = record;
    const body = (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(rest);
    return body === '{}' ? `{"key":${JSON.stringify(key)}}` : `{"key":${JSON.stringify(key)},${body.slice(1)}`;
}
function looksLikeRecord(v) {
    if (!v || typeof v !== 'object' || Array.isArray(v))
        return false;
    const r = v;
    return typeof r.key === 'string' && typeof r.genHash === 'string' && typeof r.specHash === 'string';
}
/**
 * The newer record wins; on equal `createdAt` the one whose serialised form sorts last wins, so
 * merging is commutative and two CI shards merge to the same bytes whichever order they arrive in.
 */
function newerRecord(a, b) {
    const ta = Date.parse(a.createdAt);
    const tb = Date.parse(b.createdAt);
    if (Number.isFinite(ta) && Number.isFinite(tb) && ta !== tb)
        return ta > tb ? a : b;
    if (Number.isFinite(ta) !== Number.isFinite(tb))
        return Number.isFinite(ta) ? a : b;
    return (0,_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF)(serialiseRecord(a), serialiseRecord(b)) >= 0 ? a : b;
}
/** A planning view's `raw`: the record's raw output was kept, where is not read. */
const RAW_KEPT = Object.freeze({ path: '', sha256: '' });
/**
 * Values most records share (prompt, template hash, model, run, time...), one string each instead
 * of one per record: JSON.parse makes a fresh string for every occurrence, and 200,000 records'
 * worth of duplicates would otherwise stay alive for the collector to copy and mark.
 */
function stringPool() {
    const pool = new Map();
    return (value) => {
        if (typeof value !== 'string')
            return value;
        const known = pool.get(value);
        if (known !== undefined)
            return known;
        pool.set(value, value);
        return value;
    };
}
/**
 * A copy without the optional detail, built as a fresh object of one fixed shape: the parsed one
 * then dies young, which is what saves the collector's time, and every record shares one hidden
 * class. Absent optional fields are undefined members, which JSON and toEqual ignore.
 */
function planningView(r, shared) {
    return {
        key: r.key,
        sku: r.sku,
        variant: shared(r.variant),
        genHash: r.genHash,
        specHash: r.specHash,
        prompt: shared(r.prompt),
        templateHash: shared(r.templateHash),
        model: shared(r.model),
        provider: shared(r.provider),
        seed: r.seed,
        status: shared(r.status),
        raw: r.raw ? RAW_KEPT : undefined,
        qa: r.status === 'qa-failed' ? r.qa : undefined,
        job: r.job,
        attempts: r.attempts,
        ms: r.ms,
        costUsd: r.costUsd,
        error: r.error,
        qaHash: shared(r.qaHash),
        createdAt: shared(r.createdAt),
        runId: shared(r.runId),
    };
}
/** Reads a manifest. A missing file is an empty manifest (the first run). */
async function readManifest(file, options = {}) {
    let bytes;
    try {
        // Kept as bytes (off the JS heap) and decoded line by line: a 200 MB manifest never becomes
        // one 200 MB string plus 200,000 slices of it for the collector to walk.
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { records: new Map(), warnings: [], corrupt: [] };
        throw new Error(`cannot read manifest ${file}: ${error.message}`, { cause: error });
    }
    return parseManifest(bytes, file, options);
}
/** Lines of a string or UTF-8 buffer, split on "\n" (never part of a multi-byte UTF-8 sequence). */
function* linesOf(text) {
    let start = 0;
    for (;;) {
        const end = typeof text === 'string' ? text.indexOf('\n', start) : text.indexOf(10, start);
        if (end < 0) {
            yield {
                line: typeof text === 'string' ? text.slice(start) : text.toString('utf8', start),
                last: true,
            };
            return;
        }
        yield {
            line: typeof text === 'string' ? text.slice(start, end) : text.toString('utf8', start, end),
            last: false,
        };
        start = end + 1;
    }
}
function parseManifest(text, file = 'manifest.jsonl', options = {}) {
    const records = new Map();
    const warnings = [];
    const corrupt = [];
    const shared = stringPool();
    let i = -1;
    // A file ending in "\n" ends with an empty last line; anything else there is an unfinished append.
    for (const { line, last } of linesOf(text)) {
        i++;
        if (line.trim() === '')
            continue;
        let value;
        let problem;
        try {
            value = JSON.parse(line);
            if (!looksLikeRecord(value))
                problem = 'is JSON but not a manifest record (needs key, genHash, specHash)';
        }
        catch (error) {
            problem = `is not valid JSON (${error.message})`;
        }
        if (problem) {
            if (last) {
                warnings.push(`${file}:${i + 1}: ignored an unfinished last line (a run was probably interrupted while writing); ` +
                    `the next write drops it`);
            }
            else {
                corrupt.push({ line: i + 1, message: problem });
                warnings.push(`${file}:${i + 1}: line ${problem}; restore it from git history (git log -p -- ${node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(file)}) or delete it to regenerate that shot`);
            }
            continue;
        }
        const record = options.forPlanning
            ? planningView(value, shared)
            : value;
        const existing = records.get(record.key);
        if (existing) {
            warnings.push(`${file}:${i + 1}: key ${record.key} appears more than once; the newer record is kept`);
            records.set(record.key, newerRecord(existing, record));
        }
        else {
            records.set(record.key, record);
        }
    }
    return { records, warnings, corrupt };
}
/** One record per key, newer `createdAt` wins. Neither input is modified. */
function mergeManifests(a, b) {
    const out = new Map();
    for (const source of [a, b]) {
        const values = source instanceof Map ? source.values() : source;
        for (const record of values) {
            const existing = out.get(record.key);
            out.set(record.key, existing ? newerRecord(existing, record) : record);
        }
    }
    return out;
}
function serialiseManifest(records) {
    const byKey = new Map();
    for (const r of records) {
        const existing = byKey.get(r.key);
        byKey.set(r.key, existing ? newerRecord(existing, r) : r);
    }
    const keys = [...byKey.keys()].sort(_domain_canonical_js__WEBPACK_IMPORTED_MODULE_2__/* .compareCodeUnits */ .UF);
    let out = '';
    for (const k of keys)
        out += serialiseRecord(byKey.get(k)) + '\n';
    return out;
}
/**
 * Writes the manifest sorted by key, atomically: a temp file in the same folder, fsync, rename,
 * then fsync of the folder so the rename itself survives a power cut. Readers see the old or the
 * new file, never a mix.
 */
async function writeManifest(file, records) {
    await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_3__/* .writeFileAtomic */ .Z)(file, serialiseManifest(records));
}


/***/ })

};
