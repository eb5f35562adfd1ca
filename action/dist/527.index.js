export const id = 527;
export const ids = [527];
export const modules = {

/***/ 69527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeStep: () => (/* binding */ mergeStep)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17909);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58);
/* harmony import */ var _src_store_deliver_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63436);
/* harmony import */ var _src_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77544);
/* harmony import */ var _budget_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(64303);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(63632);
/* harmony import */ var _parts_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(64438);
/** Matrix mode, last job: the shard parts into the store, manifests merged by key, one commit, one push. */









async function addReport(file, totals) {
    const report = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8'));
    totals.ok += report.totals.ok;
    totals.failed += report.totals.failed;
    totals.qaFailed += report.totals['qa-failed'];
    totals.costUsd += report.totals.costUsd;
}
/** Copies one part's files into the store (the manifest is merged, not copied); returns its manifest records. */
async function applyPart(ctx, part, storeRel, totals) {
    const manifestRel = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeRel, 'manifest.jsonl');
    for (const rel of await (0,_parts_js__WEBPACK_IMPORTED_MODULE_8__/* .listFiles */ .CS)(part)) {
        if (rel === manifestRel)
            continue;
        if (!rel.startsWith(storeRel + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
            throw new Error(`part ${part} holds ${rel}, outside the store ${storeRel}/`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.dir, rel)), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(part, rel), node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.dir, rel));
        if (rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(storeRel, 'reports') + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)) && rel.endsWith('.json')) {
            await addReport(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(part, rel), totals);
        }
    }
    return (0,_src_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(part, manifestRel));
}
async function mergeStep(ctx, branch) {
    const deliver = ctx.settings.delivery !== 'none';
    if (branch)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .catchUp */ .x)(ctx.dir, branch));
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.workspace, ctx.settings.parts);
    const parts = await (0,_parts_js__WEBPACK_IMPORTED_MODULE_8__/* .findParts */ .ae)(root);
    const { manifest, storeRel, git, isReview } = await (0,_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .preflight */ .M)(ctx, undefined);
    if (parts.length === 0) {
        const problem = `no shard parts (folders named shotlist-part-*) under ${node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(ctx.workspace, root) || '.'}: download the artifacts there first (actions/download-artifact with pattern: shotlist-part-* and path: ${ctx.settings.parts})`;
        return { outputs: { manifest }, summary: [`### shotlist merge\n\n${problem}\n`], failure: problem };
    }
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.dir, storeRel, 'manifest.jsonl');
    let records = (await (0,_src_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .readManifest */ .WI)(manifestPath)).records;
    const totals = { ok: 0, failed: 0, qaFailed: 0, costUsd: 0 };
    for (const part of parts)
        records = (0,_src_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .mergeManifests */ .tr)(records, (await applyPart(ctx, part, storeRel, totals)).records);
    await (0,_src_store_manifest_js__WEBPACK_IMPORTED_MODULE_5__/* .writeManifest */ .HN)(manifestPath, records.values());
    const subject = `shotlist merge: ${parts.length} shards, ${totals.ok} ok${totals.qaFailed ? `, ${totals.qaFailed} qa-failed` : ''}${totals.failed ? `, ${totals.failed} failed` : ''} (${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(totals.costUsd)})`;
    const outputs = {
        generated: totals.ok,
        failed: totals.failed + totals.qaFailed,
        costUsd: totals.costUsd,
        manifest,
    };
    const summary = [`### shotlist merge\n\n${subject.replace(/^shotlist merge: /, '')}\n`];
    if (!deliver || !git)
        return { outputs, summary };
    const how = (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .deliveryOptions */ .v)(ctx, branch, git.delivery);
    const message = `${subject}\n\nparts: ${parts.map((p) => node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(p)).join(', ')}\n`;
    try {
        const d = await (0,_src_store_deliver_js__WEBPACK_IMPORTED_MODULE_4__/* .deliverRun */ .V)({
            root: ctx.dir,
            storeRel,
            env: ctx.env,
            git: {
                ...git,
                ...(how.delivery ? { delivery: how.delivery } : {}),
                ...(how.branch ? { branch: how.branch } : {}),
            },
            runId: `merge-${ctx.env.GITHUB_RUN_ID ?? 'local'}-${ctx.env.GITHUB_RUN_ATTEMPT ?? '1'}`,
            message,
            rawFiles: [],
            ...(isReview ? { isReview } : {}),
            ...(how.pullRequests ? { pullRequests: how.pullRequests } : {}),
            pullRequest: { title: subject, body: `<!-- shotlist:run -->\n### ${subject}\n` },
            onLog: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
        });
        for (const w of d.warnings)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(w);
        if (!d.commit)
            summary.push(`Nothing committed: ${d.noCommit ?? 'no change'}.\n`);
        else if (d.pushed)
            summary.push(`Pushed ${d.pushed.sha.slice(0, 12)} to \`${d.pushed.branch}\`.\n`);
        else
            summary.push(`Committed ${d.commit.sha.slice(0, 12)}; not on a branch, so not pushed.\n`);
        if (d.review)
            summary.push(`${d.review.keys.length} shot(s) of review placements pushed to \`${d.review.branch}\`.\n`);
        if (d.pullRequest)
            summary.push(`${d.pullRequest.created ? 'Opened' : 'Updated'} pull request #${d.pullRequest.number}.\n`);
        return { outputs, summary };
    }
    catch (error) {
        return { outputs, summary, failure: error.message };
    }
}


/***/ })

};
