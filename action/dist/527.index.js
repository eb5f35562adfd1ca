export const id = 527;
export const ids = [527];
export const modules = {

/***/ 64303:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ preflight)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_plan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84906);
/* harmony import */ var _src_core_select_work_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88173);
/* harmony import */ var _src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(58);
/** The budget input: the plan's estimate for what this job would run, checked before any provider call. */




async function preflight(ctx, shard) {
    const s = ctx.settings;
    const result = await (0,_src_core_plan_js__WEBPACK_IMPORTED_MODULE_1__/* .buildPlan */ .Gg)({ dir: ctx.dir });
    const manifest = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.workspace, result.manifestPath).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    const storeRel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(ctx.dir, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(result.manifestPath));
    if (s.budgetUsd === undefined || !result.config)
        return { manifest, storeRel };
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
        return { manifest, storeRel };
    return {
        manifest,
        storeRel,
        problem: `the plan for this job costs an estimated ${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(usd)}, over the budget input ${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(limit)}` +
            `${shard ? ` (${(0,_src_plan_cost_js__WEBPACK_IMPORTED_MODULE_3__/* .formatUsd */ .UK)(s.budgetUsd)} split over ${shard.count} shards)` : ''}; nothing was generated. ` +
            'Raise budget in the workflow, or narrow the run with only or max-images',
    };
}


/***/ }),

/***/ 63632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bq: () => (/* binding */ ensureIdentity),
/* harmony export */   MO: () => (/* binding */ pushRun),
/* harmony export */   xA: () => (/* binding */ catchUp)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/** The few git operations the action adds around the core's commit: catch up before a run, push after. */


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
/** The bot identity GitHub shows for commits made with the workflow token, unless one is configured. */
async function ensureIdentity(cwd, env) {
    const configured = await tryGit(cwd, ['config', 'user.email']);
    if ((configured.ok && configured.out) || env.GIT_AUTHOR_EMAIL)
        return;
    env.GIT_AUTHOR_NAME = env.GIT_COMMITTER_NAME = 'github-actions[bot]';
    env.GIT_AUTHOR_EMAIL = env.GIT_COMMITTER_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';
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
/** Pushes HEAD to the branch; on a non-fast-forward, rebases the run's commit onto the new tip (a few times). */
async function pushRun(cwd, branch) {
    for (let attempt = 1; attempt <= 3; attempt++) {
        const pushed = await tryGit(cwd, ['push', '--quiet', 'origin', `HEAD:refs/heads/${branch}`]);
        if (pushed.ok)
            return { ok: true, sha: await git(cwd, ['rev-parse', 'HEAD']) };
        if (!/non-fast-forward|fetch first|rejected/.test(pushed.out)) {
            return { ok: false, message: `git push to ${branch} failed: ${pushed.out}` };
        }
        const pulled = await tryGit(cwd, ['pull', '--quiet', '--rebase', '--no-tags', 'origin', branch]);
        if (!pulled.ok) {
            await tryGit(cwd, ['rebase', '--abort']);
            return {
                ok: false,
                message: `${branch} moved while generating and the run's commit does not rebase onto it (${pulled.out}); run the workflow again`,
            };
        }
    }
    return { ok: false, message: `git push to ${branch} was rejected three times; run the workflow again` };
}


/***/ }),

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
/* harmony import */ var _src_store_git_store_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99377);
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
    const deliver = ctx.settings.delivery === 'commit';
    if (branch)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .catchUp */ .xA)(ctx.dir, branch));
    if (deliver)
        await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .ensureIdentity */ .Bq)(ctx.dir, process.env);
    const root = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(ctx.workspace, ctx.settings.parts);
    const parts = await (0,_parts_js__WEBPACK_IMPORTED_MODULE_8__/* .findParts */ .ae)(root);
    const { manifest, storeRel } = await (0,_budget_js__WEBPACK_IMPORTED_MODULE_6__/* .preflight */ .M)(ctx, undefined);
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
    if (!deliver)
        return { outputs, summary };
    const commit = await (0,_src_store_git_store_js__WEBPACK_IMPORTED_MODULE_4__/* .commitRun */ .Rq)(ctx.dir, storeRel, `${subject}\n\nparts: ${parts.map((p) => node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(p)).join(', ')}\n`);
    if (!commit.committed) {
        summary.push(`Nothing committed: ${commit.message}.\n`);
        return { outputs, summary };
    }
    if (!branch)
        return {
            outputs,
            summary: [...summary, `Committed ${commit.sha.slice(0, 12)}; not on a branch, so not pushed.\n`],
        };
    const pushed = await (0,_git_js__WEBPACK_IMPORTED_MODULE_7__/* .pushRun */ .MO)(ctx.dir, branch);
    if (!pushed.ok)
        return { outputs, summary, failure: pushed.message };
    summary.push(`Pushed ${pushed.sha.slice(0, 12)} to \`${branch}\`.\n`);
    return { outputs, summary };
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

/***/ 99377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Rq: () => (/* binding */ commitRun),
  SC: () => (/* binding */ commitTree),
  _v: () => (/* binding */ moveHead),
  bx: () => (/* binding */ withTempIndex)
});

// UNUSED EXPORTS: headSha, isWorkTree, withTrailers

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
async function withTempIndex(git, fn) {
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
    const tree = await withTempIndex(git, async (env) => {
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


/***/ })

};
