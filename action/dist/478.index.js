export const id = 478;
export const ids = [478];
export const modules = {

/***/ 21478:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SiblingPhashes: () => (/* binding */ SiblingPhashes),
/* harmony export */   isStudioModel: () => (/* binding */ isStudioModel),
/* harmony export */   meantToDiffer: () => (/* binding */ meantToDiffer)
/* harmony export */ });
/* harmony import */ var _domain_models_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85032);

const PHASH = /^[0-9a-f]{16}$/i;
/** The built-in studio composes the supplier photo and ignores the prompt. */
function isStudioModel(model) {
    return (0,_domain_models_js__WEBPACK_IMPORTED_MODULE_0__/* .findModel */ .P6)(model)?.provider === 'studio';
}
/**
 * Whether two variants of one product are meant to look different, so that a near-identical
 * pair is a defect worth flagging.
 *
 * - Different prompt templates (by id; a new version of the same template is the same intent)
 *   ask for different pictures: a lifestyle scene should not come back as the packshot.
 * - The same template at other placements asks for the same picture at another size or crop
 *   (pdp-main, grid, social, hero): alike by design.
 * - Two studio shots are the same supplier photo composed the same way whatever the prompt
 *   says, so they are never compared with each other.
 */
function meantToDiffer(a, b) {
    if (a.sku !== b.sku || a.key === b.key)
        return false;
    if (a.promptId === b.promptId)
        return false;
    return !(isStudioModel(a.model) && isStudioModel(b.model));
}
/**
 * The pHashes a shot's near-duplicate check compares against: its product's published variants
 * that are meant to differ from it.
 *
 * Sources: the manifest, for shots this run does not touch (status ok or accepted, with a pHash;
 * records written before pHashes were recorded have none and are compared once regenerated), and
 * shots of this run, once their QA has passed. A shot this run makes again never uses its old
 * manifest pHash: that image is being replaced. Images kept for review (qa-failed) are not published
 * and are not compared against.
 *
 * The run is concurrent. The run looks up the siblings and publishes a passing shot's pHash in one
 * synchronous step right after its QA finishes, so of two near-identical variants made in the same
 * run the one whose QA finishes second is flagged; never neither. Which one that is depends on timing.
 */
class SiblingPhashes {
    intent = new Map();
    bySku = new Map();
    /**
     * @param specs every configured shot (the intent of siblings this run does not touch)
     * @param records the manifest as the run starts
     * @param running keys this run makes again
     */
    constructor(specs, records, running) {
        const skip = new Set(running);
        // Only products with a shot in this run are ever asked about: a big catalog's others cost nothing.
        const skus = new Set(specs.filter((s) => skip.has(s.key)).map((s) => s.sku));
        for (const s of specs) {
            if (!skus.has(s.sku))
                continue;
            this.intent.set(s.key, pick(s));
            if (skip.has(s.key))
                continue;
            const r = records.get(s.key);
            const phash = r?.qa?.phash;
            if (r && (r.status === 'ok' || r.status === 'accepted') && phash && PHASH.test(phash))
                this.put(s.sku, s.key, phash);
        }
    }
    /** Siblings of `shot` meant to differ from it, with the pHash known for them right now. */
    known(shot) {
        const out = [];
        for (const [key, phash] of this.bySku.get(shot.sku) ?? []) {
            const other = this.intent.get(key);
            if (other && meantToDiffer(shot, other))
                out.push({ key, phash });
        }
        return out;
    }
    /** A shot of this run passed QA and will be published with this pHash. */
    publish(shot, phash) {
        if (!PHASH.test(phash))
            return;
        this.intent.set(shot.key, pick(shot));
        this.put(shot.sku, shot.key, phash);
    }
    /** A shot published earlier in this run did not end up published after all. */
    forget(sku, key) {
        this.bySku.get(sku)?.delete(key);
    }
    put(sku, key, phash) {
        let m = this.bySku.get(sku);
        if (!m)
            this.bySku.set(sku, (m = new Map()));
        m.set(key, phash);
    }
}
function pick(s) {
    return { key: s.key, sku: s.sku, promptId: s.promptId, model: s.model };
}


/***/ })

};
