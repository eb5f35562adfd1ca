export const id = 527;
export const ids = [527];
export const modules = {

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeStep: () => (/* binding */ mergeStep)
/* harmony export */ });
// Waits for the core API (src/core/generate.ts) to land on main.
function mergeStep(_ctx, _branch) {
    return Promise.resolve({ outputs: {}, summary: [], failure: 'merge is not built into the action yet' });
}


/***/ })

};
