export const id = 160;
export const ids = [160];
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


/***/ })

};
