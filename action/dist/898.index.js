export const id = 898;
export const ids = [898];
export const modules = {

/***/ 64303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_review_keys_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(56088);
/* harmony import */ var _src_core_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84906);
/* harmony import */ var _src_core_select_work_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88173);
/* harmony import */ var _src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58);
/** The budget input: the plan's estimate for what this job would run, checked before any provider call. */





async function preflight(ctx, shard) {
    const s = ctx.settings;
    const result = await (0,_src_core_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)({ dir: ctx.dir });
    const manifest = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.workspace, result.manifestPath).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    const storeRel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.dir, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(result.manifestPath));
    const known = result.config
        ? { git: result.config.settings.git, isReview: (0,_src_core_review_keys_js__WEBPACK_IMPORTED_MODULE_4__/* .reviewKeyTest */ .E)(result.config) }
        : {};
    if (s.budgetUsd === undefined || !result.config)
        return { manifest, storeRel, ...known };
    const selection = {};
    if (shard)
        selection.shard = shard;
    if (s.only)
        selection.only = s.only;
    if (s.maxImages !== undefined)
        selection.maxImages = s.maxImages;
    const { work } = (0,_src_core_select_work_js__WEBPACK_IMPORTED_MODULE_2__/* .selectWork */ .u)(result.plan, selection);
    const usd = (0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .estimateCost */ .a3)(work, result.config.settings).usd;
    const limit = shard ? s.budgetUsd / shard.count : s.budgetUsd;
    if (usd <= limit + 1e-9)
        return { manifest, storeRel, ...known };
    return {
        manifest,
        storeRel,
        ...known,
        problem: `the plan for this job costs an estimated ${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(usd)}, over the budget input ${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(limit)}` +
            `${shard ? ` (${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(s.budgetUsd)} split over ${shard.count} shards)` : ''}; nothing was generated. ` +
            'Raise budget in the workflow, or narrow the run with only or max-images',
    };
}


/***/ }),

/***/ 63632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ deliveryOptions),
/* harmony export */   x: () => (/* binding */ catchUp)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_store_pull_requests_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45765);
/** What the action adds around the core's delivery: catch up before a run, and the delivery options. */



const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
async function git(cwd, args) {
    const { stdout } = await exec('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
}
async function tryGit(cwd, args) {
    try {
        return { ok: true, out: await git(cwd, args) };
    }
    catch (error) {
        const e = error;
        return { ok: false, out: (e.stderr ?? e.message).trim() };
    }
}
/**
 * A rerun checks out the event's commit, which predates the images the first run pushed: fast-forward
 * to the branch's tip first so the manifest there says what is done. Returns what happened.
 */
async function catchUp(cwd, branch) {
    const fetched = await tryGit(cwd, ['fetch', '--quiet', '--no-tags', 'origin', `refs/heads/${branch}`]);
    if (!fetched.ok)
        return `could not fetch origin/${branch} (${fetched.out}); working from the checked-out commit`;
    const head = await git(cwd, ['rev-parse', 'HEAD']);
    const tip = await git(cwd, ['rev-parse', 'FETCH_HEAD']);
    if (head === tip)
        return `at the tip of ${branch}`;
    const behind = await tryGit(cwd, ['merge-base', '--is-ancestor', head, tip]);
    if (!behind.ok)
        return `the checkout is not behind origin/${branch}; working from it`;
    await git(cwd, ['merge', '--ff-only', '--quiet', tip]);
    return `fast-forwarded from ${head.slice(0, 12)} to ${branch}'s tip ${tip.slice(0, 12)}`;
}
/**
 * What the core's delivery needs from the workflow: push or pull request (a runner's checkout is
 * thrown away, so `commit` means commit and push here), the branch the event names, and the pull
 * requests of this repository through the github-token input.
 */
function deliveryOptions(ctx, branch, configured) {
    const wanted = ctx.settings.delivery === 'config' ? (configured ?? 'commit') : ctx.settings.delivery;
    // Without a branch there is nothing to push to: the commit stays in the checkout, as the summary says.
    if (!branch)
        return { delivery: 'commit' };
    const out = {
        delivery: wanted === 'pull-request' ? 'pull-request' : 'push',
        branch,
    };
    const repository = ctx.env.GITHUB_REPOSITORY;
    if (ctx.settings.githubToken && repository)
        out.pullRequests = (0,_src_store_pull_requests_js__WEBPACK_IMPORTED_MODULE_2__.githubPullRequests)({
            token: ctx.settings.githubToken,
            repository,
            ...(ctx.env.GITHUB_API_URL ? { baseUrl: ctx.env.GITHUB_API_URL } : {}),
        });
    return out;
}


/***/ }),

/***/ 64438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $X: () => (/* binding */ writePart),
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   ae: () => (/* binding */ findParts)
/* harmony export */ });
/* unused harmony export PART_PREFIX */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/** Matrix mode: a shard's new files as a part for upload, and the merge of all parts into one commit. */




const exec = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
const PART_PREFIX = 'shotlist-part-';
/** Files under `storeRel` that differ from HEAD (new images, raw outputs, reports, the manifest). */
async function changedFiles(dir, storeRel) {
    const { stdout } = await exec('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', storeRel], {
        cwd: dir,
        maxBuffer: 256 * 1024 * 1024,
    });
    const files = [];
    for (const entry of stdout.split('\0')) {
        if (entry.length < 4 || entry[0] === 'D' || entry[1] === 'D')
            continue;
        files.push(entry.slice(3));
    }
    return files;
}
/** Copies what this shard made into `<RUNNER_TEMP>/shotlist-part-i-of-N/` (paths relative to the config folder). */
async function writePart(ctx, storeRel, shard) {
    const part = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.temp, `${PART_PREFIX}${shard.index}-of-${shard.count}`);
    const prefix = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(await gitTop(ctx.dir), ctx.dir);
    // git status names paths from the repository's top; the part holds them from the config folder.
    for (const fromTop of await changedFiles(ctx.dir, storeRel)) {
        const rel = prefix ? node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(prefix, fromTop) : fromTop;
        const dest = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(part, rel);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(dest), { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(ctx.dir, rel), dest);
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(part, { recursive: true });
    return part;
}
async function gitTop(dir) {
    const { stdout } = await exec('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
    return stdout.trim();
}
/** Every part folder under `root` (download-artifact puts each artifact in a folder of its name). */
async function findParts(root) {
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(root, { withFileTypes: true }).catch(() => []);
    return entries
        .filter((e) => e.isDirectory() && e.name.startsWith(PART_PREFIX))
        .map((e) => node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, e.name))
        .sort();
}
/** All files in a folder, relative to it. */
async function listFiles(root, rel = '') {
    const out = [];
    for (const e of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, rel), { withFileTypes: true })) {
        const child = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(rel, e.name);
        if (e.isDirectory())
            out.push(...(await listFiles(root, child)));
        else if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(root, child))).isFile())
            out.push(child);
    }
    return out;
}


/***/ }),

/***/ 56088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ reviewKeyTest),
/* harmony export */   Z: () => (/* binding */ hasReviewPlacements)
/* harmony export */ });
/** Shot keys (sku/variant) whose variant's placement says `review: true`. */
function reviewKeyTest(config) {
    const review = new Set();
    for (const v of config.variants.values())
        if (config.placements.get(v.placement)?.qa.review === true)
            review.add(v.id);
    return (key) => review.has(key.slice(key.lastIndexOf('/') + 1));
}
function hasReviewPlacements(config) {
    return [...config.placements.values()].some((p) => p.qa.review === true);
}


/***/ }),

/***/ 88173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ selectWork),
/* harmony export */   w: () => (/* binding */ shardSettings)
/* harmony export */ });
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _plan_plan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48720);
/* harmony import */ var _plan_shards_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30374);



/**
 * The planned shots this run makes: its shard (the same split as `plan --shards`), those matching
 * `only`, and at most `maxImages` provider calls; the rest are deferred to a later run.
 */
function selectWork(plan, selection) {
    const { shard, only, maxImages, retryBlocked } = selection;
    const runs = (s) => (0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlanned */ .H9)(s.status) || (retryBlocked === true && s.status === 'blocked');
    let work = plan.filter((s) => Boolean(s.spec && runs(s)));
    if (shard) {
        const shards = (0,_plan_shards_js__WEBPACK_IMPORTED_MODULE_1__/* .assignShards */ .fp)(work.map((s) => s.key), shard.count);
        work = work.filter((s) => shards.get(s.key) === shard.index);
    }
    if (only) {
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(only);
        work = work.filter((s) => matches(s.key));
    }
    const deferred = [];
    if (maxImages !== undefined) {
        let calls = 0;
        work = work.filter((s) => {
            if (!(0,_plan_plan_js__WEBPACK_IMPORTED_MODULE_0__/* .needsProvider */ .VH)(s.status) && s.status !== 'blocked')
                return true;
            if (calls < maxImages)
                return ++calls > 0;
            deferred.push(s);
            return false;
        });
    }
    return { work, deferred };
}
/**
 * A provider's limits are per account, not per runner: each of N shards runs at 1/N of every
 * provider's concurrency (at least 1) and rate cap, and with 1/N of the run budget, so a sharded
 * run hits the APIs and the wallet no harder than a single one.
 */
function shardSettings(settings, shardCount) {
    if (!shardCount || shardCount <= 1)
        return settings;
    const providers = Object.fromEntries(Object.entries(settings.providers).map(([id, p]) => [
        id,
        {
            ...p,
            concurrency: Math.max(1, Math.floor(p.concurrency / shardCount)),
            ...(p.ratePerMinute !== undefined ? { ratePerMinute: p.ratePerMinute / shardCount } : {}),
        },
    ]));
    const budget = { ...settings.budget };
    if (budget.maxUsd !== undefined)
        budget.maxUsd = budget.maxUsd / shardCount;
    return { ...settings, providers, budget };
}


/***/ }),

/***/ 63436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ deliverRun),
/* harmony export */   m: () => (/* binding */ targetBranch)
/* harmony export */ });
/* harmony import */ var _git_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79727);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99625);
/* harmony import */ var _git_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99377);
/* harmony import */ var _raw_ref_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13035);
/* harmony import */ var _review_delivery_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97750);
/* harmony import */ var _review_split_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(72404);






/** The branch to push to: configured, else the checked-out one, else the one CI checked out. */
async function targetBranch(git, configured, env) {
    if (configured)
        return configured;
    const current = (await git(['symbolic-ref', '--quiet', '--short', 'HEAD'], { okCodes: [1] })).trim();
    if (current)
        return current;
    if (env.GITHUB_REF?.startsWith('refs/heads/'))
        return env.GITHUB_REF.slice('refs/heads/'.length);
    throw new Error('HEAD is detached and no branch to push to is known: set git.branch in shotlist.yaml (or GITHUB_REF to refs/heads/<branch>)');
}
/**
 * One run's delivery: the commit (store paths only; raw outputs on their own ref unless
 * `git.raw: tree`), then by `git.delivery` nothing more, a push to the branch, or a push to the
 * pull-request branch with its pull request opened or updated.
 */
async function deliverRun(o) {
    const git = (0,_git_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .gitRunner */ .o)(o.root, o.env);
    const warnings = [];
    const store = o.storeRel.replace(/\/+$/, '');
    const rawOnRef = o.git.raw === 'ref';
    // The store's .gitignore keeps new raw files out of the commit (and out of `git status`).
    if (rawOnRef)
        await (0,_raw_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .ignoreRawInTree */ .A9)(o.root, store);
    const trailers = { 'Shotlist-Run': o.runId };
    const committed = await (0,_git_store_js__WEBPACK_IMPORTED_MODULE_2__/* .commitRun */ .Rq)(o.root, store, o.message, {
        env: o.env,
        trailers,
        ...(o.git.author ? { author: o.git.author } : {}),
        ...(o.reportRel ? { reportRel: o.reportRel } : {}),
    });
    if (!committed.committed)
        return { noCommit: committed.message, warnings };
    const { identity } = committed;
    const result = {
        commit: {
            sha: committed.sha,
            message: o.message.split('\n')[0],
            author: `${identity.name} <${identity.email}>`,
        },
        warnings,
    };
    if (identity.source === 'fallback')
        warnings.push(`git knows no identity here; committed as ${result.commit.author} (set git.author in shotlist.yaml to choose one)`);
    const rawFiles = rawOnRef ? o.rawFiles : [];
    if (rawFiles.length)
        await (0,_raw_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .commitRaw */ .Kd)(git, rawFiles, o.runId, identity);
    const parent = (await git(['rev-parse', '--verify', '--quiet', `${committed.sha}^`], { okCodes: [1] })).trim();
    const pending = o.isReview && o.git.delivery !== 'pull-request'
        ? await (0,_review_split_js__WEBPACK_IMPORTED_MODULE_5__/* .pendingReview */ .kP)(git, parent || undefined, committed.sha, `${store}/manifest.jsonl`, o.isReview)
        : [];
    if (o.git.delivery === 'commit') {
        if (pending.length)
            warnings.push(`${pending.length} shot${pending.length === 1 ? '' : 's'} of review placements (${pending.map((r) => r.key).join(', ')}) committed with the rest: git.delivery commit pushes nothing, so no pull request is opened. Review them before you push, or set git.delivery to push (review shots then go to a pull request)`);
        return result;
    }
    const base = await targetBranch(git, o.git.branch, o.env);
    if (pending.length && parent)
        return deliverWithReview(git, o, result, {
            full: committed.sha,
            parent,
            pending,
            base,
            identity,
            rawFiles,
        });
    const branch = o.git.delivery === 'pull-request' ? o.git.pullRequestBranch.replaceAll('{base}', base) : base;
    const pushed = await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushWithRetry */ .Xb)({
        git,
        remote: o.git.remote,
        branch,
        storeRel: store,
        runCommit: committed.sha,
        identity,
        ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
        ...(o.backoffMs !== undefined ? { backoffMs: o.backoffMs } : {}),
        onRetry: retryLog(o, branch),
    });
    result.pushed = { remote: o.git.remote, branch, ...pushed };
    if (rawFiles.length)
        await (0,_raw_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .pushRaw */ .h2)(git, o.git.remote, rawFiles, o.runId, identity);
    if (o.git.delivery !== 'pull-request')
        return result;
    const title = o.pullRequest?.title ?? `shotlist: images for ${base}`;
    await openPullRequest(o, result, { head: branch, base, title });
    return result;
}
function retryLog(o, branch) {
    return ({ attempt, waitMs }) => o.onLog?.(`push to ${o.git.remote} ${branch} raced another push (attempt ${attempt}); merged by key, retrying in ${waitMs} ms`);
}
/** Opens the pull request from `head`, or updates the open one, with the run report as its body. */
async function openPullRequest(o, result, pr) {
    if (!o.pullRequests) {
        result.warnings.push(`pushed ${pr.head} but opened no pull request: no GitHub token (set GITHUB_TOKEN, with pull-requests: write)`);
        return;
    }
    const body = o.pullRequest?.body ?? o.message;
    const open = await o.pullRequests.find(pr.head);
    const made = open
        ? await o.pullRequests.update(open.number, { title: pr.title, body })
        : await o.pullRequests.create({ ...pr, body });
    result.pullRequest = { ...made, created: !open };
}
/**
 * `delivery: push` with shots of review placements: the branch gets the run without them, the
 * pull-request branch gets the branch's new tip plus every review shot still waiting. HEAD ends at
 * the branch's tip; the review shots stay in the work tree (uncommitted), so a local rerun does
 * not make them again, and the next delivery splits them off again until the pull request is merged.
 */
async function deliverWithReview(git, o, result, s) {
    const store = o.storeRel.replace(/\/+$/, '');
    const keys = s.pending.map((r) => r.key);
    const prBranch = o.git.pullRequestBranch.replaceAll('{base}', s.base);
    const note = `${keys.length} shot${keys.length === 1 ? '' : 's'} of review placements wait in ${prBranch}: ${keys.join(', ')}`;
    const { head, tip, mainCommit } = await deliverBranchPart(git, o, result, s, note);
    if (s.rawFiles.length)
        await (0,_raw_ref_js__WEBPACK_IMPORTED_MODULE_3__/* .pushRaw */ .h2)(git, o.git.remote, s.rawFiles, o.runId, s.identity);
    const title = `shotlist: ${keys.length} shot${keys.length === 1 ? '' : 's'} for review`;
    const review = await (0,_review_delivery_js__WEBPACK_IMPORTED_MODULE_4__/* .pushReview */ .Ju)({
        git,
        remote: o.git.remote,
        branch: prBranch,
        base: tip,
        storeRel: store,
        isReview: o.isReview,
        run: { commit: s.full, records: s.pending },
        ...(!mainCommit && o.reportRel ? { extra: [{ commit: s.full, file: o.reportRel }] } : {}),
        message: (0,_git_store_js__WEBPACK_IMPORTED_MODULE_2__/* .withTrailers */ .jX)(`${title}\n\n${keys.map((k) => `- ${k}`).join('\n')}`, { 'Shotlist-Run': o.runId }),
        identity: s.identity,
        ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
    });
    // The work tree shows the branch's tip plus the shots waiting for review; the index the tip.
    if (tip !== head)
        await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', tip, head]);
    await git(['checkout', review?.sha ?? tip, '--', store]);
    await git(['reset', '-q', tip, '--', store]);
    if (!review)
        return result;
    result.review = { branch: prBranch, sha: review.sha, keys };
    await openPullRequest(o, result, { head: prBranch, base: s.base, title });
    return result;
}
/**
 * The branch's part of a split run: its commit without the review shots, HEAD moved there (before
 * anything is pushed, so a failed push cannot take them along), then pushed. `tip` is the pushed
 * commit (rebuilt on a race), `head` the local one.
 */
async function deliverBranchPart(git, o, result, s, note) {
    const store = o.storeRel.replace(/\/+$/, '');
    const mainCommit = await (0,_review_split_js__WEBPACK_IMPORTED_MODULE_5__/* .commitWithoutReview */ .aM)(git, {
        parent: s.parent,
        commit: s.full,
        storeRel: store,
        pending: s.pending,
        message: (0,_git_store_js__WEBPACK_IMPORTED_MODULE_2__/* .withTrailers */ .jX)(`${o.message.trimEnd()}\n\n${note}`, { 'Shotlist-Run': o.runId }),
        identity: s.identity,
    });
    const head = mainCommit ?? s.parent;
    await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', head, s.full]);
    await git(['reset', '-q', head, '--', store]);
    if (!mainCommit) {
        delete result.commit;
        result.noCommit = `only shots of review placements changed: nothing for ${s.base}; ${note}`;
        return { head, tip: head };
    }
    const pushed = await (0,_git_push_js__WEBPACK_IMPORTED_MODULE_1__/* .pushWithRetry */ .Xb)({
        git,
        remote: o.git.remote,
        branch: s.base,
        storeRel: store,
        runCommit: mainCommit,
        identity: s.identity,
        followHead: false,
        ...(o.maxAttempts ? { maxAttempts: o.maxAttempts } : {}),
        ...(o.backoffMs !== undefined ? { backoffMs: o.backoffMs } : {}),
        onRetry: retryLog(o, s.base),
    });
    result.pushed = { remote: o.git.remote, branch: s.base, ...pushed };
    result.commit = { ...result.commit, sha: mainCommit };
    return { head, tip: pushed.sha, mainCommit };
}


/***/ }),

/***/ 79727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ GitError),
/* harmony export */   o: () => (/* binding */ gitRunner)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);

/** A git command that exited non-zero; `stderr` is what git said (no secrets: git prints no tokens). */
class GitError extends Error {
    code;
    stderr;
    constructor(message, code, stderr) {
        super(message);
        this.code = code;
        this.stderr = stderr;
        this.name = 'GitError';
    }
}
function cleanEnv(env, extra) {
    // Without an env from the host the child inherits the parent's, as any child process would.
    if (!env && !extra)
        return undefined;
    const out = {};
    for (const [k, v] of Object.entries({ ...env, ...extra }))
        if (v !== undefined)
            out[k] = v;
    // Never wait for a password or an editor: CI has no terminal.
    out.GIT_TERMINAL_PROMPT = '0';
    out.GIT_EDITOR = 'true';
    return out;
}
/**
 * A git runner bound to a repository and to the environment the host passed in (the store never
 * reads process.env: identity, credentials and config isolation all come through `env`).
 */
function gitRunner(root, env) {
    const bytes = (args, options = {}) => new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, {
            cwd: root,
            env: cleanEnv(env, options.env),
            maxBuffer: 512 * 1024 * 1024,
            encoding: 'buffer',
        }, (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
            if (error && !(code !== null && options.okCodes?.includes(code))) {
                const said = stderr.toString('utf8').trim();
                reject(new GitError(`git ${args[0]} failed (exit ${code ?? 'signal'}): ${said || error.message}`, code, said));
                return;
            }
            resolve(stdout);
        });
        if (options.input !== undefined)
            child.stdin.end(options.input);
        else
            child.stdin.end();
    });
    const run = async (args, options = {}) => (await bytes(args, options)).toString('utf8');
    return Object.assign(run, { root, bytes });
}


/***/ }),

/***/ 99625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pf: () => (/* binding */ isRaceRejection),
  Xb: () => (/* binding */ pushWithRetry)
});

// UNUSED EXPORTS: replayOnto

// EXTERNAL MODULE: ./src/store/git-exec.ts
var git_exec = __webpack_require__(79727);
// EXTERNAL MODULE: ./src/store/git-store.ts + 1 modules
var git_store = __webpack_require__(99377);
// EXTERNAL MODULE: ./src/store/manifest.ts
var manifest = __webpack_require__(77544);
;// CONCATENATED MODULE: ./src/store/manifest-merge.ts

/**
 * Three-way merge of manifests by key, the rule a git merge driver needs:
 * - a key on both sides: the newer record (by `createdAt`, the run's time) wins, ties broken so the
 *   result does not depend on which side is "ours";
 * - a key on one side only: kept, unless the other side deleted it (it was in `base`) and this side
 *   did not change it since `base`: then the deletion (a `shotlist prune`) stands.
 * Without a base (shard manifests) it is the union, newest per key.
 */
function mergeRecords(base, ours, theirs) {
    const out = new Map();
    const keys = new Set([...ours.keys(), ...theirs.keys()]);
    for (const key of keys) {
        const a = ours.get(key);
        const b = theirs.get(key);
        if (a && b) {
            out.set(key, (0,manifest/* newerRecord */.hX)(a, b));
            continue;
        }
        const only = (a ?? b);
        const before = base?.get(key);
        const deletedByOther = before !== undefined;
        if (deletedByOther && (0,manifest/* serialiseRecord */.pU)(before) === (0,manifest/* serialiseRecord */.pU)(only))
            continue;
        out.set(key, only);
    }
    return out;
}
function parseAll(inputs) {
    const maps = [];
    const warnings = [];
    const problems = [];
    for (const input of inputs) {
        const read = parseManifest(input.text, input.name);
        maps.push(read.records);
        for (const c of read.corrupt)
            problems.push(`${input.name}:${c.line}: line ${c.message}`);
        warnings.push(...read.warnings.filter((w) => !read.corrupt.some((c) => w.startsWith(`${input.name}:${c.line}:`))));
    }
    return { maps, warnings, problems };
}
/**
 * The text of `shotlist merge`: a damaged line (for example git's conflict markers) stops the merge
 * rather than dropping the shots on it, which would make them look new and be paid for again.
 */
function mergeManifestTexts(base, sides) {
    const { maps, warnings, problems } = parseAll(base ? [base, ...sides] : sides);
    if (problems.length > 0)
        return { ok: false, problems };
    const baseMap = base ? maps.shift() : undefined;
    let merged = new Map(maps[0] ?? []);
    for (const next of maps.slice(1))
        merged = mergeRecords(baseMap, merged, next);
    return { ok: true, text: serialiseManifest(merged.values()), records: merged.size, warnings };
}

;// CONCATENATED MODULE: ./src/store/git-push.ts




/** The remote refused because its branch moved on: the cases a fetch and a replay can fix. */
function isRaceRejection(error) {
    if (!(error instanceof git_exec/* GitError */.X))
        return false;
    return /non-fast-forward|fetch first|\[rejected\]|stale info|cannot lock ref|failed to update ref|incorrect old value/i.test(error.stderr);
}
const TIP_REF = 'refs/shotlist/push-tip';
/**
 * Pushes HEAD to `remote`'s `branch` without ever forcing. When another run got there first, fetch
 * its tip, replay this run's commit on top of it (manifests merged by key, the newer record per key
 * winning; each image taken from the side whose record won) and try again, with bounded attempts
 * and exponential backoff with jitter.
 */
async function pushWithRetry(o) {
    const max = o.maxAttempts ?? 6;
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    let commit = o.runCommit;
    let rebuilt = 0;
    for (let attempt = 1;; attempt++) {
        try {
            await o.git(['push', '--quiet', '--no-verify', o.remote, `${commit}:refs/heads/${o.branch}`]);
            return { sha: commit, attempts: attempt, rebuilt };
        }
        catch (error) {
            if (!isRaceRejection(error) || attempt >= max) {
                const why = isRaceRejection(error)
                    ? `the branch kept moving: still rejected after ${max} attempts`
                    : error.message;
                throw new Error(`could not push the run's commit to ${o.remote} ${o.branch}: ${why}. The commit is kept locally (${commit.slice(0, 12)}); push it by hand or rerun`, { cause: error });
            }
            // The first replay goes straight back: with two racing runs the tip rarely moves twice.
            // Later ones back off exponentially with jitter, so several runs stop colliding in step.
            const waitMs = attempt === 1 ? 0 : Math.round((o.backoffMs ?? 500) * 2 ** (attempt - 2) * (0.5 + Math.random()));
            o.onRetry?.({ attempt, waitMs, reason: error.stderr.split('\n')[0] ?? '' });
            const tip = await fetchTip(o.git, o.remote, o.branch);
            const next = await replayOnto(o.git, commit, tip, o.storeRel, o.identity);
            if (o.followHead !== false)
                await (0,git_store/* moveHead */._v)(o.git, commit, next);
            commit = next;
            rebuilt++;
            await sleep(waitMs);
        }
    }
}
async function fetchTip(git, remote, branch) {
    // A private ref of ours, so the user's remote-tracking refs are not rewritten; `+` because the
    // previous attempt's tip is an ancestor we no longer need.
    await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${TIP_REF}`]);
    return (await git(['rev-parse', TIP_REF])).trim();
}
async function showFile(git, commit, rel) {
    try {
        return await git(['show', `${commit}:${rel}`]);
    }
    catch {
        return undefined;
    }
}
async function manifestAt(git, commit, rel) {
    const text = commit ? await showFile(git, commit, rel) : undefined;
    return text === undefined ? undefined : (0,manifest/* parseManifest */.Ng)(text, `${commit.slice(0, 12)}:${rel}`).records;
}
function paths(r) {
    return [r.output?.path, r.raw?.path].filter((p) => Boolean(p));
}
/**
 * A new commit on `tip` with this run's changes (those of `commit` against its parent): files it
 * added, changed or deleted, except where the remote's record won its key; the manifest merged.
 */
async function replayOnto(git, commit, tip, storeRel, identity) {
    const manifestRel = `${storeRel.replace(/\/+$/, '')}/manifest.jsonl`;
    const parent = (await git(['rev-parse', '--verify', '--quiet', `${commit}^`], { okCodes: [1] })).trim() || undefined;
    const base = await manifestAt(git, parent, manifestRel);
    const ours = (await manifestAt(git, commit, manifestRel)) ?? new Map();
    const theirs = (await manifestAt(git, tip, manifestRel)) ?? new Map();
    const merged = mergeRecords(base, ours, theirs);
    // Files belonging to a key whose remote record won stay as the remote has them.
    const theirsWon = new Set();
    for (const [key, r] of merged) {
        const mine = ours.get(key);
        if (!mine || (0,manifest/* serialiseRecord */.pU)(mine) !== (0,manifest/* serialiseRecord */.pU)(r))
            for (const p of paths(r))
                theirsWon.add(p);
    }
    const diff = parent
        ? await git(['diff-tree', '-r', '--no-commit-id', '--no-renames', '-z', '--raw', parent, commit])
        : await git(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '-z', '--raw', commit]);
    const lines = [];
    const fields = diff.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = fields[i];
        const file = fields[i + 1];
        if (!meta.startsWith(':') || file === manifestRel || theirsWon.has(file))
            continue;
        const [, newMode, , newSha, status] = meta.slice(1).split(/\s+/);
        if (status === 'D')
            lines.push(`0 ${'0'.repeat(40)}\t${file}`);
        else
            lines.push(`${newMode} ${newSha}\t${file}`);
    }
    const manifestBlob = (await git(['hash-object', '-w', '--stdin'], { input: (0,manifest/* serialiseManifest */.Tz)(merged.values()) })).trim();
    lines.push(`100644 ${manifestBlob}\t${manifestRel}`);
    const tree = await (0,git_store/* withTempIndex */.bx)(async (env) => {
        await git(['read-tree', tip], { env });
        await git(['update-index', '-z', '--index-info'], { env, input: lines.map((l) => `${l}\0`).join('') });
        return (await git(['write-tree'], { env })).trim();
    });
    const message = await git(['log', '-1', '--format=%B', commit]);
    return (0,git_store/* commitTree */.SC)(git, tree, [tip], message, identity);
}


/***/ }),

/***/ 99377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rq: () => (/* binding */ commitRun),
  SC: () => (/* binding */ commitTree),
  _v: () => (/* binding */ moveHead),
  bx: () => (/* binding */ withTempIndex),
  jX: () => (/* binding */ withTrailers)
});

// UNUSED EXPORTS: headSha, isWorkTree

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/store/git-exec.ts
var git_exec = __webpack_require__(79727);
;// CONCATENATED MODULE: ./src/store/git-identity.ts
/** The identity GitHub shows as "github-actions[bot]" (its noreply address carries the app's user id). */
const ACTIONS_BOT = {
    name: 'github-actions[bot]',
    email: '41898282+github-actions[bot]@users.noreply.github.com',
};
/** Used only where git knows no identity at all, so a commit never fails for the lack of one. */
const FALLBACK_IDENTITY = {
    name: 'shotlist',
    email: 'shotlist@users.noreply.invalid',
};
/** Parses `Name <email>`; undefined when the text is not of that form. */
function parseAuthor(text) {
    const m = /^\s*([^<>]*?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
    if (!m || !m[1])
        return undefined;
    return { name: m[1], email: m[2] };
}
async function configured(git, key) {
    const value = (await git(['config', '--get', key], { okCodes: [1] })).trim();
    return value || undefined;
}
/**
 * Who authors a run's commit: `git.author` from shotlist.yaml, else the Actions bot when running in
 * GitHub Actions, else the user's own git identity (config or GIT_AUTHOR_* in env), else a fixed
 * fallback. A runner has no git identity, and `git commit` would stop with "Please tell me who you are".
 */
async function resolveIdentity(git, env, author) {
    if (author) {
        const parsed = parseAuthor(author);
        if (parsed)
            return { ...parsed, source: 'config' };
    }
    if (env.GITHUB_ACTIONS === 'true')
        return { ...ACTIONS_BOT, source: 'ci-bot' };
    const name = env.GIT_AUTHOR_NAME || (await configured(git, 'user.name'));
    const email = env.GIT_AUTHOR_EMAIL || (await configured(git, 'user.email'));
    if (name && email)
        return { name, email, source: 'user' };
    return { ...FALLBACK_IDENTITY, source: 'fallback' };
}
/** Environment for git commands that commit, so nothing depends on (or writes) global config. */
function identityEnv(id) {
    return {
        GIT_AUTHOR_NAME: id.name,
        GIT_AUTHOR_EMAIL: id.email,
        GIT_COMMITTER_NAME: id.name,
        GIT_COMMITTER_EMAIL: id.email,
    };
}

;// CONCATENATED MODULE: ./src/store/git-store.ts





async function exists(file) {
    return (0,promises_.access)(file).then(() => true, () => false);
}
function withTrailers(message, trailers = {}) {
    const lines = Object.entries(trailers).map(([k, v]) => `${k}: ${v}`);
    const body = message.trimEnd();
    return lines.length ? `${body}\n\n${lines.join('\n')}\n` : `${body}\n`;
}
async function isWorkTree(git) {
    try {
        return (await git(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
async function headSha(git) {
    const out = (await git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { okCodes: [1] })).trim();
    return out || undefined;
}
/** Runs `fn` with a private index file, so the user's own staged changes are never committed. */
async function withTempIndex(fn) {
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'shotlist-index-'));
    try {
        return await fn({ GIT_INDEX_FILE: external_node_path_default().join(dir, 'index') });
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Commits the store folder (images, review copies, manifest, this run's report) as one commit on
 * HEAD, a branch or a detached HEAD alike. Built on a private index with commit-tree, so only
 * store paths enter it, no hook runs, and no identity has to be configured (see resolveIdentity).
 * Nothing is committed when nothing but reports changed.
 */
async function commitRun(root, storeRel, message, options = {}) {
    const git = (0,git_exec/* gitRunner */.o)(root, options.env);
    if (!(await isWorkTree(git))) {
        return {
            committed: false,
            reason: 'not-a-repo',
            message: `${root} is not in a git repository; the images and manifest were written but not committed (run git init, or pass --no-commit to silence this)`,
        };
    }
    const store = storeRel.replace(/\/+$/, '');
    const parent = await headSha(git);
    const excluded = [`:(exclude)${store}/reports`];
    const tree = await withTempIndex(async (env) => {
        if (parent)
            await git(['read-tree', parent], { env });
        await git(['add', '-A', '--', store, ...excluded], { env });
        const changed = parent
            ? (await git(['diff-index', '--cached', '--name-only', parent, '--', store], { env })).trim()
            : (await git(['ls-files', '--', store], { env })).trim();
        if (!changed)
            return undefined;
        // A caller that names its report commits only that one; otherwise every report under the
        // store goes with the change (a merge of shard parts brings one per shard).
        const reports = options.reportRel ?? `${store}/reports`;
        if (await exists(external_node_path_default().join(root, reports)))
            await git(['add', '-A', '--', reports], { env });
        return (await git(['write-tree'], { env })).trim();
    });
    if (!tree) {
        return {
            committed: false,
            reason: 'nothing-to-commit',
            message: 'no image or manifest record changed under the store; no commit made',
        };
    }
    const identity = await resolveIdentity(git, options.env ?? {}, options.author);
    const sha = await commitTree(git, tree, parent ? [parent] : [], withTrailers(message, options.trailers), identity);
    // The user's index still shows the old store; the files already match the new commit.
    await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', sha, parent ?? '0'.repeat(40)]);
    await git(['reset', '-q', 'HEAD', '--', store]);
    return { committed: true, sha, identity };
}
async function commitTree(git, tree, parents, message, identity) {
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
    return (await git(args, { input: message, env: identityEnv(identity) })).trim();
}
/**
 * Points HEAD (its branch, or HEAD itself when detached) at `next`, compare-and-swap on `previous`.
 * The user's index and files follow for the paths that changed between the two (a two-tree
 * read-tree, as checkout does), so unrelated edits and staged changes elsewhere stay as they were.
 */
async function moveHead(git, previous, next) {
    await git(['update-ref', '-m', 'shotlist: run commit', 'HEAD', next, previous ?? '0'.repeat(40)]);
    if (previous)
        await git(['read-tree', '-m', '-u', previous, next]);
    else
        await git(['read-tree', '-m', '-u', next]);
}


/***/ }),

/***/ 45765:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   githubPullRequests: () => (/* binding */ githubPullRequests)
/* harmony export */ });
/* unused harmony exports GitHubApiError, MAX_BODY */
/* harmony import */ var _octokit_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35194);

/** A GitHub answer that delivery turns into a message naming what to change. */
class GitHubApiError extends Error {
    status;
    constructor(message, status, options) {
        super(message, options);
        this.status = status;
        this.name = 'GitHubApiError';
    }
}
/** GitHub allows 65,536 characters in a pull request body. */
const MAX_BODY = 65_536;
function fit(body) {
    if (body.length <= MAX_BODY)
        return body;
    const note = '\n\n…cut to fit GitHub’s limit; the full report is in the run’s report file.\n';
    return body.slice(0, MAX_BODY - note.length) + note;
}
function explain(error, what) {
    const status = error.status ?? 0;
    const said = error.response?.data?.message ??
        error.message;
    const fix = status === 403 || status === 401
        ? ': give the workflow `permissions: { contents: write, pull-requests: write }` (a pull request from a fork never gets them) or a token that may open pull requests'
        : status === 422
            ? ': GitHub refused the pull request (does the base branch exist, and does the head differ from it?)'
            : '';
    return new GitHubApiError(`GitHub ${what} failed (${status || 'no answer'}: ${said})${fix}`, status, {
        cause: error,
    });
}
/**
 * PullRequests over GitHub's REST API (or a GitHub Enterprise / test server at `baseUrl`).
 * `repository` is `owner/name`, as GITHUB_REPOSITORY gives it.
 */
function githubPullRequests(o) {
    const [owner, repo] = o.repository.split('/');
    if (!owner || !repo)
        throw new Error(`expected the repository as owner/name, got "${o.repository}"`);
    const octokit = new _octokit_core__WEBPACK_IMPORTED_MODULE_0__/* .Octokit */ .E({
        auth: o.token,
        userAgent: 'shotlist',
        ...(o.baseUrl ? { baseUrl: o.baseUrl.replace(/\/+$/, '') } : {}),
    });
    const pr = (d) => ({
        number: d.number,
        url: d.html_url,
    });
    return {
        async find(head) {
            try {
                const res = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
                    owner,
                    repo,
                    head: `${owner}:${head}`,
                    state: 'open',
                    per_page: 100,
                });
                return res.data[0] ? pr(res.data[0]) : undefined;
            }
            catch (error) {
                throw explain(error, 'listing pull requests');
            }
        },
        async create({ head, base, title, body }) {
            try {
                const res = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
                    owner,
                    repo,
                    head,
                    base,
                    title,
                    body: fit(body),
                });
                return pr(res.data);
            }
            catch (error) {
                throw explain(error, 'opening a pull request');
            }
        },
        async update(number, { title, body }) {
            try {
                const res = await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
                    owner,
                    repo,
                    pull_number: number,
                    title,
                    body: fit(body),
                });
                return pr(res.data);
            }
            catch (error) {
                throw explain(error, `updating pull request #${number}`);
            }
        },
    };
}


/***/ }),

/***/ 13035:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ ignoreRawInTree),
/* harmony export */   Kd: () => (/* binding */ commitRaw),
/* harmony export */   ZU: () => (/* binding */ restoreRaw),
/* harmony export */   h2: () => (/* binding */ pushRaw)
/* harmony export */ });
/* unused harmony export RAW_REF */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(92551);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99625);
/* harmony import */ var _git_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99377);





/**
 * Raw provider outputs (kept so a change of size or format re-derives without paying again) live
 * on their own ref. `git clone` and actions/checkout fetch branches and tags only, so the raw
 * bytes never reach a clone of the branch; a run that needs one fetches this ref.
 */
const RAW_REF = 'refs/shotlist/raw';
const RAW_TIP = 'refs/shotlist/raw-remote-tip';
async function resolve(git, ref) {
    return ((await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { okCodes: [1] })).trim() || undefined);
}
/** `<store>/.gitignore` gets `/.raw/`, so the raw files in the work tree do not show as untracked. */
async function ignoreRawInTree(root, storeRel) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(root, storeRel, '.gitignore');
    let text = '';
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code !== 'ENOENT')
            throw error;
    }
    if (text.split('\n').some((l) => l.trim() === '/.raw/'))
        return;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}# raw provider outputs live on ${RAW_REF}\n/.raw/\n`);
}
/** A commit on `parent` (or none) whose tree is parent's plus the given files from the work tree. */
async function rawCommit(git, parent, files, message, identity) {
    const tree = await (0,_git_store_js__WEBPACK_IMPORTED_MODULE_4__/* .withTempIndex */ .bx)(async (env) => {
        if (parent)
            await git(['read-tree', parent], { env });
        // Content-addressed names: a path already on the ref holds the same bytes.
        const known = parent
            ? new Set((await git(['ls-tree', '-r', '--name-only', parent])).split('\n'))
            : new Set();
        const added = files.filter((f) => !known.has(f));
        if (added.length === 0)
            return undefined;
        const blobs = (await git(['hash-object', '-w', '--stdin-paths'], { input: added.join('\n') + '\n' }))
            .trim()
            .split('\n');
        const info = added.map((f, i) => `100644 ${blobs[i]}\t${f}\0`).join('');
        await git(['update-index', '-z', '--index-info'], { env, input: info });
        return (await git(['write-tree'], { env })).trim();
    });
    if (!tree)
        return undefined;
    return (0,_git_store_js__WEBPACK_IMPORTED_MODULE_4__/* .commitTree */ .SC)(git, tree, parent ? [parent] : [], message, identity);
}
/**
 * Adds the run's raw files to RAW_REF (locally). Returns the new tip, or undefined when every file
 * was already there.
 */
async function commitRaw(git, files, runId, identity) {
    if (files.length === 0)
        return undefined;
    const parent = await resolve(git, RAW_REF);
    const sha = await rawCommit(git, parent, files, `raw outputs of run ${runId}\n`, identity);
    if (sha)
        await git(['update-ref', RAW_REF, sha, parent ?? '0'.repeat(40)]);
    return sha;
}
/**
 * Pushes RAW_REF without forcing. Raw files are named by content, so two runs' trees merge by
 * union: on a race, add our files to the remote tip and try again.
 */
async function pushRaw(git, remote, files, runId, identity, maxAttempts = 6) {
    for (let attempt = 1;; attempt++) {
        const tip = await resolve(git, RAW_REF);
        if (!tip)
            return;
        try {
            await git(['push', '--quiet', '--no-verify', remote, `${RAW_REF}:${RAW_REF}`]);
            return;
        }
        catch (error) {
            if (!(0,_git_push_js__WEBPACK_IMPORTED_MODULE_3__/* .isRaceRejection */ .pf)(error) || attempt >= maxAttempts)
                throw error;
            await git(['fetch', '--quiet', '--no-tags', remote, `+${RAW_REF}:${RAW_TIP}`]);
            const remoteTip = (await resolve(git, RAW_TIP));
            const next = (await rawCommit(git, remoteTip, files, `raw outputs of run ${runId}\n`, identity)) ?? remoteTip;
            await git(['update-ref', RAW_REF, next, tip]);
        }
    }
}
/**
 * Writes back the raw files that records point at and the work tree lacks (a fresh clone), from
 * RAW_REF, fetched from `remote` first when given. Returns how many were restored; a file the ref
 * lacks is left missing (the shot then calls its provider again).
 */
async function restoreRaw(git, records, remote) {
    const wanted = [];
    for (const r of records) {
        if (!r.raw?.path)
            continue;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(git.root, r.raw.path));
        }
        catch {
            wanted.push(r.raw.path);
        }
    }
    if (wanted.length === 0)
        return { restored: 0, missing: 0 };
    if (remote) {
        // A missing remote ref is not an error: nothing was kept there yet.
        await git(['fetch', '--quiet', '--no-tags', remote, `+${RAW_REF}:${RAW_TIP}`], { okCodes: [128] });
    }
    const source = (await resolve(git, RAW_TIP)) ?? (await resolve(git, RAW_REF));
    if (!source)
        return { restored: 0, missing: wanted.length };
    const present = new Set((await git(['ls-tree', '-r', '--name-only', source])).split('\n'));
    let restored = 0;
    for (const rel of wanted) {
        if (!present.has(rel))
            continue;
        const bytes = await git.bytes(['cat-file', 'blob', `${source}:${rel}`]);
        await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(git.root, rel), bytes);
        restored++;
    }
    return { restored, missing: wanted.length - restored };
}


/***/ }),

/***/ 97750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ restoreReview),
/* harmony export */   Ju: () => (/* binding */ pushReview)
/* harmony export */ });
/* unused harmony export fetchReviewTip */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _atomic_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92551);
/* harmony import */ var _git_push_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99625);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(77544);
/* harmony import */ var _review_split_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72404);





const REVIEW_TIP = 'refs/shotlist/review-tip';
/** The pull-request branch's tip on the remote, fetched to a private ref; undefined when absent. */
async function fetchReviewTip(git, remote, branch) {
    const listed = (await git(['ls-remote', '--heads', remote, `refs/heads/${branch}`])).trim();
    if (!listed)
        return undefined;
    await git(['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${REVIEW_TIP}`]);
    return (await git(['rev-parse', REVIEW_TIP])).trim();
}
/**
 * Pushes base + the pending review shots (this run's and those still waiting on the pull-request
 * branch from earlier runs) to the pull-request branch, never forcing: on a race, fetch and rebuild.
 * Returns the pushed commit, or undefined when the base already has every review record.
 */
async function pushReview(o) {
    const max = o.maxAttempts ?? 6;
    for (let attempt = 1;; attempt++) {
        const previous = await fetchReviewTip(o.git, o.remote, o.branch);
        const waiting = previous
            ? [...(await (0,_review_split_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestRecordsAt */ .$_)(o.git, previous, `${o.storeRel}/manifest.jsonl`)).values()].filter((r) => o.isReview(r.key))
            : [];
        const sources = previous ? [{ commit: previous, records: waiting }, o.run] : [o.run];
        const sha = await (0,_review_split_js__WEBPACK_IMPORTED_MODULE_4__/* .reviewCommit */ .c5)(o.git, {
            base: o.base,
            ...(previous ? { previous } : {}),
            storeRel: o.storeRel,
            sources,
            ...(o.extra ? { extra: o.extra } : {}),
            message: o.message,
            identity: o.identity,
        });
        if (!sha)
            return undefined;
        try {
            await o.git(['push', '--quiet', '--no-verify', o.remote, `${sha}:refs/heads/${o.branch}`]);
            return { sha, attempts: attempt };
        }
        catch (error) {
            if (!(0,_git_push_js__WEBPACK_IMPORTED_MODULE_2__/* .isRaceRejection */ .pf)(error) || attempt >= max)
                throw new Error(`could not push the shots waiting for review to ${o.remote} ${o.branch}: ${error.message}. Rerun to try again`, { cause: error });
        }
    }
}
/**
 * A fresh checkout of the branch lacks the review shots still waiting on the pull-request branch:
 * brings their records and files into the work tree first, so the run does not pay for them again.
 * Only records newer than the work tree's own are taken. Returns the keys restored.
 */
async function restoreReview(git, o) {
    const tip = await fetchReviewTip(git, o.remote, o.branch);
    if (!tip)
        return [];
    const manifestPath = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(git.root, o.storeRel, 'manifest.jsonl');
    const local = (await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .readManifest */ .WI)(manifestPath)).records;
    const restored = [];
    for (const r of (await (0,_review_split_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestRecordsAt */ .$_)(git, tip, `${o.storeRel}/manifest.jsonl`)).values()) {
        const mine = local.get(r.key);
        if (!o.isReview(r.key) || (mine && (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .newerRecord */ .hX)(mine, r) === mine))
            continue;
        for (const rel of [r.output?.path, r.raw?.path]) {
            if (!rel)
                continue;
            const listed = (await git(['ls-tree', '--name-only', tip, '--', rel])).trim();
            if (listed)
                await (0,_atomic_file_js__WEBPACK_IMPORTED_MODULE_1__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(git.root, rel), await git.bytes(['cat-file', 'blob', `${tip}:${rel}`]));
        }
        local.set(r.key, r);
        restored.push(r.key);
    }
    if (restored.length)
        await (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .writeManifest */ .HN)(manifestPath, local.values());
    return restored;
}


/***/ }),

/***/ 72404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ manifestRecordsAt),
/* harmony export */   aM: () => (/* binding */ commitWithoutReview),
/* harmony export */   c5: () => (/* binding */ reviewCommit),
/* harmony export */   kP: () => (/* binding */ pendingReview)
/* harmony export */ });
/* unused harmony export isAncestor */
/* harmony import */ var _git_store_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99377);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77544);


const ZERO = '0'.repeat(40);
async function blobAt(git, commit, rel) {
    const out = await git(['rev-parse', '--verify', '--quiet', `${commit}:${rel}`], { okCodes: [1, 128] });
    return out.trim() || undefined;
}
async function manifestRecordsAt(git, commit, manifestRel) {
    if (!commit || !(await blobAt(git, commit, manifestRel)))
        return new Map();
    const text = await git(['show', `${commit}:${manifestRel}`]);
    return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .parseManifest */ .Ng)(text, `${commit.slice(0, 12)}:${manifestRel}`).records;
}
function pathsOf(r) {
    return [r?.output?.path, r?.raw?.path].filter((p) => Boolean(p));
}
const same = (a, b) => a !== undefined && b !== undefined && (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseRecord */ .pU)(a) === (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseRecord */ .pU)(b);
/** Records of review keys in `commit`'s manifest that its parent does not have as they are. */
async function pendingReview(git, parent, commit, manifestRel, isReview) {
    const before = await manifestRecordsAt(git, parent, manifestRel);
    const after = await manifestRecordsAt(git, commit, manifestRel);
    return [...after.values()].filter((r) => isReview(r.key) && !same(r, before.get(r.key)));
}
/** A tree: `base`'s with the index-info lines applied (`mode sha\tpath`; mode 0 deletes). */
async function editedTree(git, base, lines) {
    return (0,_git_store_js__WEBPACK_IMPORTED_MODULE_0__/* .withTempIndex */ .bx)(async (env) => {
        if (base)
            await git(['read-tree', base], { env });
        if (lines.length)
            await git(['update-index', '-z', '--index-info'], { env, input: lines.map((l) => `${l}\0`).join('') });
        return (await git(['write-tree'], { env })).trim();
    });
}
async function writeBlob(git, text) {
    return (await git(['hash-object', '-w', '--stdin'], { input: text })).trim();
}
async function changedFiles(git, parent, commit) {
    const diff = parent
        ? await git(['diff-tree', '-r', '--no-commit-id', '--no-renames', '-z', '--raw', parent, commit])
        : await git(['diff-tree', '-r', '--root', '--no-commit-id', '--no-renames', '-z', '--raw', commit]);
    const out = [];
    const fields = diff.split('\0');
    for (let i = 0; i + 1 < fields.length; i += 2) {
        const meta = fields[i];
        if (!meta.startsWith(':'))
            continue;
        const [, mode, , sha, status] = meta.slice(1).split(/\s+/);
        const file = fields[i + 1];
        out.push({ file, line: status === 'D' ? `0 ${ZERO}\t${file}` : `${mode} ${sha}\t${file}` });
    }
    return out;
}
/**
 * The branch's part of a run's commit: `commit`'s changes on `parent` without the pending review
 * shots (their files left as the parent has them, their records as the parent had them). Undefined
 * when nothing but reports would change: a report alone is not worth a commit.
 */
async function commitWithoutReview(git, o) {
    const manifestRel = `${o.storeRel}/manifest.jsonl`;
    const before = await manifestRecordsAt(git, o.parent, manifestRel);
    const after = await manifestRecordsAt(git, o.commit, manifestRel);
    const held = new Set(o.pending.flatMap((r) => [...pathsOf(r), ...pathsOf(before.get(r.key))]));
    for (const r of o.pending) {
        const old = before.get(r.key);
        if (old)
            after.set(r.key, old);
        else
            after.delete(r.key);
    }
    const kept = (await changedFiles(git, o.parent, o.commit)).filter((c) => c.file !== manifestRel && !held.has(c.file));
    const manifestText = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseManifest */ .Tz)(after.values());
    const manifestChanged = manifestText !== (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseManifest */ .Tz)(before.values());
    const onlyReports = kept.every((c) => c.file.startsWith(`${o.storeRel}/reports/`));
    if (!manifestChanged && onlyReports)
        return undefined;
    const lines = kept.map((c) => c.line);
    lines.push(`100644 ${await writeBlob(git, manifestText)}\t${manifestRel}`);
    const tree = await editedTree(git, o.parent, lines);
    return (0,_git_store_js__WEBPACK_IMPORTED_MODULE_0__/* .commitTree */ .SC)(git, tree, o.parent ? [o.parent] : [], o.message, o.identity);
}
/**
 * The pull-request branch's commit: `base` (the branch's tip) plus the newest review record per key
 * from the sources, with its files, where it is newer than the branch's own record. `previous` (the
 * pull-request branch's tip) becomes a second parent when the branch lacks it, so the push is a
 * fast-forward and never a force. Undefined when no review record is newer than the branch's.
 */
async function reviewCommit(git, o) {
    const manifestRel = `${o.storeRel}/manifest.jsonl`;
    const records = await manifestRecordsAt(git, o.base, manifestRel);
    const chosen = new Map();
    for (const s of o.sources)
        for (const record of s.records) {
            const had = chosen.get(record.key);
            if (!had || (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .newerRecord */ .hX)(had.record, record) === record)
                chosen.set(record.key, { record, commit: s.commit });
        }
    const lines = [];
    let overlaid = 0;
    for (const { record, commit } of chosen.values()) {
        const onBranch = records.get(record.key);
        if (onBranch && (same(onBranch, record) || (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .newerRecord */ .hX)(onBranch, record) === onBranch))
            continue;
        const paths = pathsOf(record);
        for (const p of pathsOf(onBranch))
            if (!paths.includes(p))
                lines.push(`0 ${ZERO}\t${p}`);
        for (const p of paths) {
            const blob = await blobAt(git, commit, p);
            // A raw output kept on refs/shotlist/raw is not in any branch's tree.
            if (blob)
                lines.push(`100644 ${blob}\t${p}`);
        }
        records.set(record.key, record);
        overlaid++;
    }
    if (overlaid === 0)
        return undefined;
    for (const x of o.extra ?? []) {
        const blob = await blobAt(git, x.commit, x.file);
        if (blob)
            lines.push(`100644 ${blob}\t${x.file}`);
    }
    lines.push(`100644 ${await writeBlob(git, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_1__/* .serialiseManifest */ .Tz)(records.values()))}\t${manifestRel}`);
    const tree = await editedTree(git, o.base, lines);
    const parents = [o.base];
    if (o.previous && !(await isAncestor(git, o.previous, o.base)))
        parents.push(o.previous);
    return (0,_git_store_js__WEBPACK_IMPORTED_MODULE_0__/* .commitTree */ .SC)(git, tree, parents, o.message, o.identity);
}
async function isAncestor(git, a, b) {
    // Nothing reachable from a that b lacks: a is b or one of its ancestors.
    return (await git(['rev-list', '-n', '1', `${b}..${a}`])).trim() === '';
}


/***/ })

};
