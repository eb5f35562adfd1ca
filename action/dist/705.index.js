export const id = 705;
export const ids = [705];
export const modules = {

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


/***/ }),

/***/ 79705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cpuConcurrency: () => (/* binding */ cpuConcurrency),
  runShots: () => (/* binding */ runShots)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./node_modules/p-queue/dist/index.js + 4 modules
var dist = __webpack_require__(19052);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/images/qa/check-duplicate.ts
var check_duplicate = __webpack_require__(59277);
// EXTERNAL MODULE: ./src/images/normalise.ts + 1 modules
var normalise = __webpack_require__(61149);
;// CONCATENATED MODULE: ./src/run/check-step.ts

/**
 * Normalises a raw provider output to the placement (crop, resize, encode, metadata) and runs the
 * QA gate on the published bytes. An output that cannot be normalised is the provider's fault
 * (`bad-output`); anything else is ours (`internal`).
 */
async function normaliseAndCheck(raw, spec, model, qaSettings, qa, limits) {
    try {
        const image = await (0,normalise/* normaliseImage */.WF)(raw, {
            aspect: spec.aspect,
            size: spec.size,
            format: spec.format,
            quality: spec.quality,
            background: spec.background,
            sourceType: model.sourceType,
        }, limits);
        const report = qa
            ? await qa({
                image: image.bytes,
                aspect: spec.aspect,
                size: spec.size,
                background: spec.background,
                quality: spec.quality,
                qa: qaSettings,
                ...(spec.color ? { color: spec.color } : {}),
            })
            : undefined;
        return { ok: true, checked: report ? { image, qa: report } : { image } };
    }
    catch (error) {
        return {
            ok: false,
            error: {
                kind: error instanceof normalise/* NormaliseError */.LJ ? 'bad-output' : 'internal',
                message: error.message,
            },
        };
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/run/files.ts


function sha256(bytes) {
    return (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
}
/** The file's bytes when they match the expected hash, else undefined. */
async function readVerified(file, expected) {
    try {
        const bytes = await (0,promises_.readFile)(file);
        return sha256(bytes) === expected ? bytes : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/domain/manifest-record.ts
/** The fields every record of a shot carries, whatever became of it. */
function recordBase(s, providerId, seed) {
    return {
        key: s.key,
        sku: s.sku,
        variant: s.variant,
        genHash: s.genHash,
        specHash: s.specHash,
        prompt: `${s.promptId}@${s.promptVersion}`,
        templateHash: s.templateHash,
        model: s.model,
        provider: providerId,
        seed,
        qaHash: s.qaHash,
    };
}

// EXTERNAL MODULE: ./src/store/atomic-file.ts
var atomic_file = __webpack_require__(92551);
;// CONCATENATED MODULE: ./src/store/content-types.ts
/** Content-Type by a placement's output format (kept apart from s3-store, which loads the S3 client). */
const IMAGE_CONTENT_TYPES = {
    webp: 'image/webp',
    jpeg: 'image/jpeg',
    png: 'image/png',
    avif: 'image/avif',
};

;// CONCATENATED MODULE: ./src/run/shot-types.ts
function round4(n) {
    return Math.round(n * 10_000) / 10_000;
}

;// CONCATENATED MODULE: ./src/run/publish-step.ts








function posix(rel) {
    return rel.split((external_node_path_default()).sep).join('/');
}
/** Records a shot that made no image: the plan retries it next run (or blocks it, by its kind). */
async function recordFailure(ctx, spec, providerId, seed, tally, startedAt, error) {
    await ctx.checkpoint.record({
        ...recordBase(spec, providerId, seed),
        status: 'failed',
        attempts: tally.attempts,
        ms: Date.now() - startedAt,
        costUsd: round4(tally.costUsd),
        error,
        createdAt: new Date().toISOString(),
        runId: ctx.runId,
    });
}
/**
 * Checkpoints a submitted asynchronous job before it is polled: a run killed while it runs leaves
 * this record, and the next run resumes the job instead of paying for another (see plan: pending).
 */
async function recordPending(ctx, spec, job, tally, startedAt) {
    await ctx.checkpoint.record({
        ...recordBase(spec, job.provider, job.seed),
        status: 'pending',
        job,
        jobId: job.id,
        attempts: tally.attempts,
        ms: Date.now() - startedAt,
        costUsd: round4(tally.costUsd),
        createdAt: new Date().toISOString(),
        runId: ctx.runId,
    });
}
/**
 * Writes the kept raw output and the image (to the review folder when QA failed), then the
 * manifest record, then removes the image the record no longer points at. Files first, record
 * last: a crash leaves at most a stray file, never a record pointing at a missing file.
 */
async function publishShot(ctx, p) {
    const { spec } = p.shot;
    const qaFailed = p.checked.qa?.status === 'fail';
    const rawRef = await keepRaw(ctx, p);
    const { image, qa } = p.checked;
    const where = await placeImage(ctx, spec, image.bytes, qaFailed);
    const record = {
        ...recordBase(spec, p.providerId, p.seed),
        status: qaFailed ? 'qa-failed' : 'ok',
        output: {
            ...where,
            sha256: sha256(image.bytes),
            bytes: image.bytes.length,
            width: image.width,
            height: image.height,
            format: image.format,
            ...(image.upscaled ? { upscaled: true } : {}),
        },
        attempts: p.tally.attempts,
        ms: Date.now() - p.startedAt,
        costUsd: round4(p.tally.costUsd),
        createdAt: new Date().toISOString(),
        runId: ctx.runId,
    };
    if (rawRef)
        record.raw = rawRef;
    if (qa)
        record.qa = { status: qa.status, checks: qa.checks, ...(qa.phash ? { phash: qa.phash } : {}) };
    if (p.tally.jobId)
        record.jobId = p.tally.jobId;
    await ctx.checkpoint.record(record);
    await removeReplaced(ctx, p.shot, 'path' in where ? where.path : undefined);
    return record;
}
/**
 * The image's home: the object store for a published image when one is configured (the upload
 * has finished before the record is written), else a file under the store (review copies always).
 */
async function placeImage(ctx, spec, bytes, qaFailed) {
    if (ctx.objects && !qaFailed) {
        const ext = normalise/* EXTENSIONS */.Z1[spec.format];
        const { url } = await ctx.objects.publish({
            sku: spec.sku,
            variant: spec.variant,
            sha256: sha256(bytes),
            ext,
            contentType: IMAGE_CONTENT_TYPES[spec.format] ?? 'application/octet-stream',
            bytes,
            ...(ctx.kill ? { signal: ctx.kill } : {}),
        });
        return { url };
    }
    const outRel = outputPath(ctx.settings, spec, qaFailed);
    await (0,atomic_file/* writeFileAtomic */.Z)(external_node_path_default().join(ctx.root, outRel), bytes);
    return { path: outRel };
}
function outputPath(settings, spec, qaFailed) {
    const ext = normalise/* EXTENSIONS */.Z1[spec.format];
    const folder = qaFailed
        ? external_node_path_default().join(settings.paths.store, '.review', spec.sku)
        : external_node_path_default().join(settings.paths.store, spec.sku);
    return posix(external_node_path_default().join(folder, `${spec.variant}.${ext}`));
}
async function keepRaw(ctx, p) {
    const previous = p.shot.previous?.raw;
    if (p.rederived && previous)
        return previous;
    if (!ctx.settings.run.keepRaw)
        return undefined;
    const rawRel = posix(external_node_path_default().join(ctx.settings.paths.store, '.raw', `${p.shot.spec.genHash}.${(0,normalise/* sniffExtension */.ew)(p.raw)}`));
    await (0,atomic_file/* writeFileAtomic */.Z)(external_node_path_default().join(ctx.root, rawRel), p.raw);
    return { path: rawRel, sha256: sha256(p.raw) };
}
// The record no longer points at the old file (format changed, or it left review): drop it.
// After the record, so a crash in between leaves a stray file, never a dangling record.
async function removeReplaced(ctx, shot, outRel) {
    const old = shot.previous?.output?.path;
    if (old && old !== outRel && isInside(ctx.settings.paths.store, old))
        await (0,promises_.rm)(external_node_path_default().join(ctx.root, old), { force: true });
}
function isInside(storeRel, rel) {
    const norm = external_node_path_default().posix.normalize(rel);
    return norm.startsWith(`${external_node_path_default().posix.normalize(storeRel)}/`) && !norm.split('/').includes('..');
}

// EXTERNAL MODULE: ./src/domain/models.ts
var models = __webpack_require__(85032);
// EXTERNAL MODULE: ./src/providers/types.ts
var types = __webpack_require__(42695);
// EXTERNAL MODULE: ./src/run/backoff.ts
var backoff = __webpack_require__(8685);
;// CONCATENATED MODULE: ./src/run/queues.ts

/** Thrown into shots that were still waiting for a slot when the run was told to stop. */
class StoppedError extends Error {
    name = 'StoppedError';
}
/**
 * One p-queue per provider with its concurrency and rate cap. Waiting tasks are dropped when the run
 * stops; tasks already running are left alone (the grace period decides their fate).
 */
class ProviderQueues {
    settings;
    queues = new Map();
    waiting = new Set();
    stopped = false;
    constructor(settings) {
        this.settings = settings;
    }
    queue(providerId) {
        let q = this.queues.get(providerId);
        if (!q) {
            const s = this.settings[providerId] ?? { concurrency: 4, timeoutSeconds: 120 };
            const concurrency = Math.max(1, s.concurrency);
            if (s.ratePerMinute !== undefined && s.ratePerMinute > 0) {
                // Per-second windows (or one start per longer window below 60/min) keep a minute's allowance
                // from going out as one burst, which APIs with per-second limits also reject.
                const perSecond = s.ratePerMinute / 60;
                q =
                    perSecond >= 1
                        ? new dist/* default */.Ay({ concurrency, intervalCap: Math.floor(perSecond), interval: 1000 })
                        : new dist/* default */.Ay({ concurrency, intervalCap: 1, interval: Math.ceil(60_000 / s.ratePerMinute) });
            }
            else {
                q = new dist/* default */.Ay({ concurrency });
            }
            this.queues.set(providerId, q);
        }
        return q;
    }
    async run(providerId, task) {
        if (this.stopped)
            throw new StoppedError('run is stopping');
        const waiter = new AbortController();
        this.waiting.add(waiter);
        try {
            return await this.queue(providerId).add(async () => {
                this.waiting.delete(waiter);
                if (this.stopped)
                    throw new StoppedError('run is stopping');
                return task();
            }, { signal: waiter.signal });
        }
        catch (error) {
            if (waiter.signal.aborted)
                throw new StoppedError('run is stopping', { cause: error });
            throw error;
        }
        finally {
            this.waiting.delete(waiter);
        }
    }
    /** Drops every waiting task; running ones continue. */
    stop() {
        this.stopped = true;
        for (const w of this.waiting)
            w.abort();
        this.waiting.clear();
    }
}

;// CONCATENATED MODULE: ./src/run/attempts.ts



/** One line per error kind for the report: why it was (not) retried. */
function notRetriedBecause(kind) {
    switch (kind) {
        case 'validation':
            return 'the request was rejected as invalid; retrying the same request cannot succeed';
        case 'auth':
            return 'the API key was refused; fix the secret';
        case 'credits':
            return 'the account is out of credits or over quota; top it up';
        case 'safety':
            return 'the provider refused for safety reasons; change the prompt or source photo';
        case 'refused':
            return 'the input cannot be made into a good image';
        case 'bad-output':
            return 'the provider output was not an acceptable image';
        default:
            return '';
    }
}
/**
 * Calls the provider until it answers, retrying only transient kinds (network, timeout, 408, 409,
 * 425, 429, 5xx) with full-jitter exponential backoff or the server's Retry-After, within the
 * shot's deadline and attempt budget. Each attempt takes a slot in the provider's queue; backoff
 * waits outside it so a sleeping shot never blocks a slot.
 */
async function callWithRetries(ctx, makeRequest) {
    const now = ctx.now ?? Date.now;
    let attempts = 0;
    let waitedMs = 0;
    let last = { kind: 'timeout', message: 'no attempt made' };
    const cancelled = (message) => ({
        ok: false,
        attempts,
        kind: 'cancelled',
        message,
        retryable: true,
        cancelled: true,
    });
    while (attempts < ctx.maxAttempts) {
        if (ctx.stop.aborted)
            return cancelled('stopped before the attempt started');
        const remaining = ctx.deadline - now();
        if (remaining <= 0)
            break;
        let result;
        try {
            result = await ctx.queues.run(ctx.providerId, async () => {
                attempts++;
                const timeout = AbortSignal.timeout(Math.max(1, Math.min(ctx.attemptTimeoutMs, ctx.deadline - now())));
                const signal = AbortSignal.any([ctx.kill, timeout]);
                try {
                    return await ctx.provider.generate(makeRequest(signal));
                }
                catch (error) {
                    if (ctx.kill.aborted)
                        throw new StoppedError('aborted after the grace period', { cause: error });
                    if (timeout.aborted && !(error instanceof types/* ProviderError */.m)) {
                        throw new types/* ProviderError */.m('timeout', `no answer within ${Math.round(ctx.attemptTimeoutMs / 1000)} s`, {
                            cause: error,
                        });
                    }
                    throw error;
                }
            });
            return { ok: true, result, attempts, waitedMs };
        }
        catch (error) {
            if (error instanceof StoppedError)
                return cancelled(error.message);
            if (!(error instanceof types/* ProviderError */.m)) {
                return {
                    ok: false,
                    attempts,
                    kind: 'internal',
                    message: error?.message ?? String(error),
                    retryable: false,
                    cancelled: false,
                };
            }
            last = { kind: error.kind, message: error.message };
            if (!error.retryable) {
                const why = notRetriedBecause(error.kind);
                return {
                    ok: false,
                    attempts,
                    kind: error.kind,
                    message: why ? `${error.message} (not retried: ${why})` : error.message,
                    retryable: false,
                    cancelled: false,
                };
            }
            if (attempts >= ctx.maxAttempts)
                break;
            const wait = error.retryAfterMs ?? (0,backoff.fullJitter)(attempts, ctx.backoff, ctx.random);
            if (now() + wait >= ctx.deadline) {
                return {
                    ok: false,
                    attempts,
                    kind: last.kind,
                    message: `${last.message}; the next try (in ${Math.ceil(wait / 1000)} s) would pass the shot deadline`,
                    retryable: true,
                    cancelled: false,
                };
            }
            waitedMs += wait;
            if (!(await (0,backoff.sleep)(wait, ctx.stop)))
                return cancelled('stopped while waiting to retry');
        }
    }
    const reason = attempts >= ctx.maxAttempts ? `gave up after ${attempts} attempts` : 'the shot deadline passed';
    return {
        ok: false,
        attempts,
        kind: last.kind,
        message: `${last.message}; ${reason}`,
        retryable: true,
        cancelled: false,
    };
}

// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
;// CONCATENATED MODULE: ./src/run/download.ts


/** Fetches an image a provider returned by URL, refusing more than `maxBytes`. */
async function downloadImage(url, maxBytes, signal) {
    let res;
    try {
        res = await (0,undici/* request */.Em)(url, { method: 'GET', signal, maxRedirections: 3 });
    }
    catch (error) {
        throw new types/* ProviderError */.m('transient', `could not download the provider's image: ${error.message}`, {
            cause: error,
        });
    }
    if (res.statusCode !== 200) {
        await res.body.dump();
        throw new types/* ProviderError */.m(res.statusCode >= 500 ? 'transient' : 'bad-output', `image download answered HTTP ${res.statusCode}`, {
            status: res.statusCode,
        });
    }
    const declared = Number(res.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
        res.body.destroy();
        throw new types/* ProviderError */.m('bad-output', `image download is ${declared} bytes, over the ${maxBytes}-byte cap`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of res.body) {
        size += chunk.length;
        if (size > maxBytes) {
            res.body.destroy();
            throw new types/* ProviderError */.m('bad-output', `image download exceeded the ${maxBytes}-byte cap`);
        }
        chunks.push(chunk);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/run/raw-step.ts






function idempotencyKey(key, genHash, seed) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${key}\n${genHash}\n${seed}`).digest('hex').slice(0, 32);
}
/**
 * The kept raw output of the previous run, when only the output settings changed (re-derive) and
 * the file is still the one recorded. Undefined means the provider must be called.
 */
async function keptRaw(root, shot) {
    if (shot.status !== 're-derive' || !shot.previous?.raw)
        return undefined;
    return readVerified(external_node_path_default().join(root, shot.previous.raw.path), shot.previous.raw.sha256);
}
/**
 * One provider call of a shot with the given seed, retried as transient failures allow, and the
 * download of its image inside the same step. Returns the raw bytes and the new tally.
 */
async function callForRaw(shot, seed, choice, reference, deadline, tally, ctx, jobs) {
    const first = await callOnce(shot, seed, choice, reference, deadline, tally, ctx, jobs);
    if (first.ok || first.cancelled || 'skipped' in first || !choice.fallback || !fallsBack(first.error.kind))
        return first;
    const other = choice.fallback();
    if (!other)
        return first;
    const second = await callOnce(shot, seed, other, reference, deadline, first.tally, ctx, jobs);
    if (second.ok)
        return { ...second, fellBackTo: other };
    if (second.cancelled || 'skipped' in second)
        return second;
    const message = `${choice.providerId}: ${first.error.message}; fallback ${other.providerId}: ${second.error.message}`;
    return { ...second, error: { kind: second.error.kind, message } };
}
/** The first provider is unavailable (model retired there, or 5xx or timeouts after every retry): worth the fallback. */
function fallsBack(kind) {
    return kind === 'unavailable' || kind === 'transient' || kind === 'timeout';
}
async function callOnce(shot, seed, choice, reference, deadline, tally, ctx, jobs) {
    if (ctx.stop.aborted)
        return { ok: false, cancelled: true, tally };
    const price = routeOf(choice).priceUsd;
    if (ctx.budget && !ctx.budget.reserve(price))
        return overBudget(ctx.budget, price, tally);
    const outcome = await call(shot, seed, choice, reference, deadline, ctx, jobs);
    ctx.budget?.settle(price, outcome.ok ? (outcome.result.costUsd ?? price) : 0);
    return toRaw(outcome, choice, tally, ctx);
}
function routeOf(choice) {
    return choice.route ?? choice.model;
}
function withoutUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function overBudget(budget, price, tally) {
    const message = `not started: a call at $${price} would pass budget.maxUsd $${budget.maxUsd} ` +
        `($${budget.spentUsd.toFixed(4)} spent or running in this run); it runs next time, or raise the budget in shotlist.yaml`;
    return { ok: false, cancelled: false, skipped: { kind: 'budget', message }, tally };
}
async function call(shot, seed, choice, reference, deadline, ctx, jobs) {
    const { spec } = shot;
    const route = routeOf(choice);
    // A retry after the job was submitted polls that job again rather than paying for another.
    let resume = jobs?.resume && jobs.resume.provider === choice.providerId && jobs.resume.seed === seed
        ? withoutUndefined({
            id: jobs.resume.id,
            pollUrl: jobs.resume.pollUrl,
            cancelUrl: jobs.resume.cancelUrl,
        })
        : undefined;
    const onJob = jobs
        ? async (job) => {
            resume = job;
            await jobs.onJob(job);
        }
        : undefined;
    return callWithRetries({
        queues: ctx.queues,
        providerId: choice.providerId,
        provider: choice.provider,
        attemptTimeoutMs: choice.settings.timeoutSeconds * 1000,
        maxAttempts: ctx.maxAttempts,
        deadline,
        backoff: ctx.backoff,
        stop: ctx.stop,
        kill: ctx.kill,
    }, (signal) => ({
        spec: seed === spec.seed ? spec : { ...spec, seed },
        providerModel: route.providerModel,
        aspect: (0,models/* aspectPlan */.Qq)(route, spec.aspect)?.generate ?? spec.aspect,
        ...(reference && route.reference ? { reference } : {}),
        idempotencyKey: idempotencyKey(spec.key, spec.genHash, seed),
        signal,
        ...(onJob ? { onJob } : {}),
        ...(resume ? { resumeJob: resume } : {}),
    }));
}
async function toRaw(outcome, choice, tally, ctx) {
    const attempts = tally.attempts + outcome.attempts;
    if (!outcome.ok) {
        const spent = { ...tally, attempts };
        if (outcome.cancelled)
            return { ok: false, cancelled: true, tally: spent };
        return {
            ok: false,
            cancelled: false,
            error: { kind: outcome.kind, message: outcome.message },
            tally: spent,
        };
    }
    const next = {
        attempts,
        costUsd: tally.costUsd + (outcome.result.costUsd ?? routeOf(choice).priceUsd),
        ...((outcome.result.jobId ?? tally.jobId) ? { jobId: outcome.result.jobId ?? tally.jobId } : {}),
    };
    try {
        return { ok: true, raw: await firstImage(outcome.result, ctx.maxBytes, ctx.kill), tally: next };
    }
    catch (error) {
        return {
            ok: false,
            cancelled: false,
            error: { kind: 'bad-output', message: error.message },
            tally: next,
        };
    }
}
async function firstImage(result, maxBytes, signal) {
    const img = result.images[0];
    if (!img)
        throw new Error('provider answered without an image');
    if (img.bytes)
        return img.bytes;
    if (img.url)
        return downloadImage(img.url, maxBytes, signal);
    throw new Error('provider answered with an empty image entry');
}

;// CONCATENATED MODULE: ./src/run/one-shot.ts








const MIME = {
    '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg',
    '.png': 'image/png',
    '.webp': 'image/webp',
    '.avif': 'image/avif',
};
/** Runs one shot to its outcome: provider, reference photo, then up to 1 + rerolls tries. */
async function runOneShot(shot, ctx) {
    const startedAt = Date.now();
    const finish = (o) => ({
        key: shot.key,
        status: 'failed',
        plan: shot.status,
        model: shot.spec.model,
        attempts: 0,
        rerolls: 0,
        rederived: false,
        costUsd: 0,
        ...o,
        ms: Date.now() - startedAt,
    });
    const found = ctx.lookup(shot.spec.model);
    if (!found.ok) {
        const status = found.reason === 'offline' ? 'skipped' : 'failed';
        return finish({ status, error: { kind: found.reason, message: found.message } });
    }
    const settings = ctx.publish.settings;
    const choice = choiceOf(found, settings.providers);
    const reference = await loadReference(shot, choice, ctx);
    if ('error' in reference)
        return finish({ provider: choice.providerId, error: reference.error });
    const tries = await tryUntilPassed(shot, choice, reference.image, startedAt, ctx);
    return finish({ provider: choice.providerId, ...tries });
}
/** The provider serving a found model, with its route and shotlist.yaml's fallback (resolved when needed). */
function choiceOf(found, providers) {
    const fallback = found.fallback;
    return {
        providerId: found.providerId,
        provider: found.provider,
        model: found.model,
        route: found.route,
        settings: providers[found.providerId] ?? { concurrency: 4, timeoutSeconds: 120 },
        ...(fallback
            ? {
                fallback: () => {
                    const other = fallback();
                    return other.ok ? choiceOf(other, providers) : undefined;
                },
            }
            : {}),
    };
}
async function loadReference(shot, choice, ctx) {
    const rel = shot.spec.sourcePath;
    if (!(choice.route ?? choice.model).reference || !rel)
        return {};
    try {
        const mimeType = MIME[external_node_path_default().extname(rel).toLowerCase()] ?? 'application/octet-stream';
        return { image: { bytes: await ctx.source(rel), mimeType } };
    }
    catch (error) {
        return {
            error: { kind: 'source', message: `cannot read source photo ${rel}: ${error.message}` },
        };
    }
}
/**
 * Gets a raw output (kept raw or a provider call), normalises and checks it, and rerolls with the
 * next seed while QA fails; then publishes the last try. Every failure is recorded before return.
 */
async function tryUntilPassed(shot, firstChoice, reference, startedAt, ctx) {
    const { spec } = shot;
    const { settings } = ctx.publish;
    const deadline = startedAt + settings.run.shotDeadlineSeconds * 1000;
    const qaSettings = ctx.qaSettings(spec);
    let tally = { attempts: 0, costUsd: 0 };
    let lastRawHash;
    // Once the fallback served a try, the rerolls go to it too, and the manifest names it.
    let choice = firstChoice;
    const fail = async (seed, error, extra = {}) => {
        await recordFailure(ctx.publish, spec, choice.providerId, seed, tally, startedAt, error);
        return { provider: choice.providerId, attempts: tally.attempts, costUsd: tally.costUsd, error, ...extra };
    };
    for (let reroll = 0;; reroll++) {
        const seed = spec.seed + reroll;
        const kept = reroll === 0 ? await keptRaw(ctx.publish.root, shot) : undefined;
        let raw = kept;
        if (!raw) {
            const got = await callForRaw(shot, seed, choice, reference, deadline, tally, ctx.call, {
                ...(shot.previous?.status === 'pending' && shot.previous.job ? { resume: shot.previous.job } : {}),
                onJob: (job) => recordPending(ctx.publish, spec, { ...job, provider: choice.providerId, seed }, tally, startedAt),
            });
            tally = got.tally;
            if (got.ok && got.fellBackTo)
                choice = got.fellBackTo;
            if (!got.ok && got.cancelled)
                return { status: 'cancelled', attempts: tally.attempts, costUsd: tally.costUsd };
            if (!got.ok && 'skipped' in got)
                return { status: 'skipped', attempts: tally.attempts, costUsd: tally.costUsd, error: got.skipped };
            if (!got.ok)
                return fail(seed, got.error);
            raw = got.raw;
        }
        const rederived = kept !== undefined;
        const checked = await ctx.cpu.add(() => normaliseAndCheck(raw, spec, choice.model, qaSettings, ctx.qa, ctx.limits));
        if (!checked.ok)
            return fail(seed, checked.error, { rederived });
        const withDuplicates = checkDuplicates(shot, checked.checked, qaSettings, ctx.siblings);
        const failedQa = withDuplicates.qa?.status === 'fail';
        // A model that ignores the seed (the studio composes the same photo the same way) returns the
        // same bytes again: another reroll would only repeat the failure.
        const rawHash = sha256(raw);
        const repeated = rawHash === lastRawHash;
        lastRawHash = rawHash;
        if (failedQa && reroll < settings.run.rerolls && !ctx.call.stop.aborted && !repeated)
            continue;
        if (!failedQa && withDuplicates.qa?.phash)
            ctx.siblings?.publish(spec, withDuplicates.qa.phash);
        const record = await publishShot(ctx.publish, {
            shot,
            providerId: choice.providerId,
            seed,
            raw,
            rederived,
            checked: withDuplicates,
            tally,
            startedAt,
        });
        return {
            status: failedQa ? 'qa-failed' : 'ok',
            provider: choice.providerId,
            attempts: tally.attempts,
            costUsd: round4(tally.costUsd),
            rerolls: reroll,
            rederived,
            output: record.output?.path,
            upscaled: withDuplicates.image.upscaled,
            ...(withDuplicates.qa ? { qa: qaSummary(withDuplicates.qa) } : {}),
        };
    }
}
// From the sibling lookup to publishing the pHash nothing awaits: siblings finishing concurrently
// are either seen here or see this shot (see SiblingPhashes).
function checkDuplicates(shot, checked, qaSettings, siblings) {
    const { qa } = checked;
    if (!qa?.phash || !siblings)
        return checked;
    const known = siblings.known(shot.spec);
    return { ...checked, qa: (0,check_duplicate/* addDuplicateCheck */.d)(qa, qa.phash, known, qaSettings, shot.spec.background) };
}
function qaSummary(qa) {
    const warned = qa.checks.filter((c) => c.status === 'warn');
    return {
        status: qa.status,
        // A check that could not finish fails the image too (status error, reason in its message).
        failed: qa.checks.filter((c) => c.status === 'fail' || c.status === 'error'),
        ...(warned.length ? { warned } : {}),
    };
}
/** Reads each source photo once per run, however many shots use it. */
function sourceCache(root) {
    const sources = new Map();
    return (rel) => {
        let p = sources.get(rel);
        if (!p)
            sources.set(rel, (p = (0,promises_.readFile)(external_node_path_default().join(root, rel))));
        return p;
    };
}

;// CONCATENATED MODULE: ./src/run/budget.ts
/**
 * The run's money limit (`budget.maxUsd`): a provider call starts only if its price fits in what
 * is left after the calls already made or running. Reserved at the registry price, settled at the
 * reported cost. Shared by every shot of a run, like the queues.
 */
class RunBudget {
    maxUsd;
    committed = 0;
    constructor(maxUsd) {
        this.maxUsd = maxUsd;
    }
    /** Reserves `usd` for a call; false when it would pass the limit. */
    reserve(usd) {
        if (this.maxUsd === undefined)
            return true;
        if (this.committed + usd > this.maxUsd + 1e-9)
            return false;
        this.committed += usd;
        return true;
    }
    /** Replaces a reservation with what the call cost (0 when it failed before costing anything). */
    settle(reserved, actual) {
        if (this.maxUsd !== undefined)
            this.committed += actual - reserved;
    }
    get spentUsd() {
        return this.committed;
    }
}

;// CONCATENATED MODULE: ./src/run/run-shots.ts





/** Runs every shot to an outcome; finished shots are checkpointed as they finish. */
async function runShots(input) {
    const queues = new ProviderQueues(input.settings.providers);
    const stopQueues = () => queues.stop();
    input.stop.addEventListener('abort', stopQueues, { once: true });
    if (input.stop.aborted)
        queues.stop();
    const ctx = shotContext(input, queues);
    try {
        return await Promise.all(input.shots.map(async (shot) => {
            const outcome = await settle(shot, ctx);
            // Published early for its siblings, but a later step failed: it is not published after all.
            if (outcome.status !== 'ok' && shot.spec)
                input.siblings?.forget(shot.spec.sku, shot.key);
            input.onOutcome?.(outcome);
            return outcome;
        }));
    }
    finally {
        input.stop.removeEventListener('abort', stopQueues);
    }
}
function shotContext(input, queues) {
    return {
        publish: {
            root: input.root,
            settings: input.settings,
            checkpoint: input.checkpoint,
            runId: input.runId,
            ...(input.objects ? { objects: input.objects, kill: input.kill } : {}),
        },
        call: {
            queues,
            backoff: input.backoff,
            stop: input.stop,
            kill: input.kill,
            maxAttempts: input.settings.run.maxAttempts,
            maxBytes: input.limits?.maxBytes ?? 50 * 1024 * 1024,
            budget: new RunBudget(input.settings.budget.maxUsd),
        },
        lookup: input.lookup,
        // libvips runs one image per thread here (sharp.concurrency() follows the CPU quota), and each
        // image waits on I/O between steps: twice the cores keeps them busy (measured in bench/run).
        cpu: new dist/* default */.Ay({ concurrency: input.cpuConcurrency ?? cpuConcurrency() }),
        ...(input.qa ? { qa: input.qa } : {}),
        qaSettings: input.qaSettings,
        ...(input.siblings ? { siblings: input.siblings } : {}),
        source: sourceCache(input.root),
        ...(input.limits ? { limits: input.limits } : {}),
    };
}
/** A shot that throws (a bug, a full disk) fails alone; the others run on. */
async function settle(shot, ctx) {
    try {
        return await runOneShot(shot, ctx);
    }
    catch (error) {
        return {
            key: shot.key,
            status: 'failed',
            plan: shot.status,
            model: shot.spec?.model ?? '',
            attempts: 0,
            rerolls: 0,
            rederived: false,
            ms: 0,
            costUsd: 0,
            error: { kind: 'internal', message: error?.message ?? String(error) },
        };
    }
}
function cpuConcurrency() {
    return Math.max(4, 2 * external_node_os_default().availableParallelism());
}


/***/ })

};
