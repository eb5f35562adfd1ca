export const id = 685;
export const ids = [685];
export const modules = {

/***/ 8685:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_BACKOFF: () => (/* binding */ DEFAULT_BACKOFF),
/* harmony export */   backoffFromEnv: () => (/* binding */ backoffFromEnv),
/* harmony export */   fullJitter: () => (/* binding */ fullJitter),
/* harmony export */   sleep: () => (/* binding */ sleep)
/* harmony export */ });
const DEFAULT_BACKOFF = { baseMs: 1000, capMs: 60_000 };
/**
 * Backoff tuning for tests and benches: `SHOTLIST_BACKOFF_MS=base,cap` (milliseconds). Production
 * runs use the defaults; servers that send Retry-After are honoured either way.
 */
function backoffFromEnv(env) {
    const m = /^(\d+),(\d+)$/.exec(env.SHOTLIST_BACKOFF_MS ?? '');
    return m ? { baseMs: Number(m[1]), capMs: Number(m[2]) } : DEFAULT_BACKOFF;
}
/** Exponential backoff with full jitter (AWS architecture blog): uniform in [0, min(cap, base * 2^n)). */
function fullJitter(retry, s, random = Math.random) {
    const ceiling = Math.min(s.capMs, s.baseMs * 2 ** Math.max(0, retry - 1));
    return Math.floor(random() * ceiling);
}
/** Sleeps unless the signal fires first; resolves false when interrupted. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve(false);
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve(true);
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            resolve(false);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};
