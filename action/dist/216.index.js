export const id = 216;
export const ids = [216];
export const modules = {

/***/ 7216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   generateStep: () => (/* binding */ generateStep)
/* harmony export */ });
// Waits for the core API (src/core/generate.ts) to land on main.
function generateStep(_ctx, _branch) {
    return Promise.resolve({ outputs: {}, summary: [], failure: 'generate is not built into the action yet' });
}


/***/ })

};
