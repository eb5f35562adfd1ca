export const id = 644;
export const ids = [644];
export const modules = {

/***/ 12644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  generateStep: () => (/* binding */ generateStep)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(17909);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/config/load.ts + 11 modules
var load = __webpack_require__(68924);
// EXTERNAL MODULE: ./src/domain/findings.ts
var findings = __webpack_require__(38944);
// EXTERNAL MODULE: ./src/providers/registry.ts + 28 modules
var registry = __webpack_require__(70630);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
;// CONCATENATED MODULE: ./src/report/run-report.ts

function buildRunReport(input) {
    const totals = {
        ok: 0,
        failed: 0,
        'qa-failed': 0,
        skipped: 0,
        cancelled: 0,
        shots: input.outcomes.length,
        providerCalls: 0,
        rederived: 0,
        rerolls: 0,
        costUsd: 0,
        upscaled: 0,
    };
    for (const o of input.outcomes) {
        totals[o.status]++;
        totals.providerCalls += o.attempts;
        if (o.rederived)
            totals.rederived++;
        totals.rerolls += o.rerolls;
        totals.costUsd += o.costUsd;
        if (o.upscaled)
            totals.upscaled++;
    }
    totals.costUsd = Math.round(totals.costUsd * 10_000) / 10_000;
    const report = {
        runId: input.runId,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        ms: input.finishedAt.getTime() - input.startedAt.getTime(),
        totals,
        shots: [...input.outcomes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    };
    if (input.interrupted)
        report.interrupted = input.interrupted;
    return report;
}
/** The one-line summary used as the commit subject. */
function runSummaryLine(report) {
    const t = report.totals;
    const parts = [`${t.ok} ok`];
    if (t['qa-failed'])
        parts.push(`${t['qa-failed']} qa-failed`);
    if (t.failed)
        parts.push(`${t.failed} failed`);
    if (t.skipped)
        parts.push(`${t.skipped} skipped`);
    if (t.cancelled)
        parts.push(`${t.cancelled} cancelled`);
    return `shotlist generate: ${parts.join(', ')} ($${t.costUsd.toFixed(2)})`;
}
function commitMessage(report) {
    const t = report.totals;
    const lines = [
        runSummaryLine(report),
        '',
        `run ${report.runId}: ${(0,domain_text/* plural */.LS)(t.shots, 'shot')}, ${(0,domain_text/* plural */.LS)(t.providerCalls, 'provider call')}, ${t.rederived} re-derived, ${(0,domain_text/* plural */.LS)(t.rerolls, 'reroll')}, ${(report.ms / 1000).toFixed(1)} s`,
    ];
    if (report.interrupted)
        lines.push(`interrupted: ${report.interrupted}`);
    const notable = report.shots.filter((s) => s.status === 'failed' || s.status === 'qa-failed');
    for (const s of notable.slice(0, 50))
        lines.push(`- ${s.status} ${s.key}: ${describe(s)}`);
    if (notable.length > 50)
        lines.push(`- …and ${notable.length - 50} more (see the run report)`);
    return lines.join('\n') + '\n';
}
function describe(s) {
    if (s.error)
        return `${s.error.kind}: ${s.error.message}`;
    if (s.qa?.failed.length)
        return describeChecks(s.qa.failed);
    return s.status;
}
/** `check=value (limit L)`; a near-duplicate also names the sibling it is measured against. */
function describeChecks(checks) {
    return checks
        .map((c) => c.status === 'error'
        ? `${c.check}: ${c.message ?? 'could not finish'}`
        : `${c.check}=${JSON.stringify(c.value)}${c.threshold !== undefined ? ` (limit ${JSON.stringify(c.threshold)})` : ''}${c.sibling ? ` vs ${c.sibling}` : ''}`)
        .join(', ');
}
const ROWS = 100;
function renderRunText(report) {
    const t = report.totals;
    let out = `${runSummaryLine(report)} in ${(report.ms / 1000).toFixed(1)} s\n`;
    out += `  ${(0,domain_text/* plural */.LS)(t.providerCalls, 'provider call')}, ${t.rederived} re-derived without a call, ${(0,domain_text/* plural */.LS)(t.rerolls, 'reroll')}${t.upscaled ? `, ${t.upscaled} upscaled` : ''}\n`;
    if (report.interrupted)
        out += `  interrupted: ${report.interrupted}; run generate again to continue\n`;
    const listed = report.shots.filter((s) => s.status !== 'ok' || s.rerolls > 0 || s.upscaled || s.qa?.warned?.length);
    for (const s of listed.slice(0, ROWS)) {
        out += `  ${s.status.padEnd(10)} ${s.key}  ${s.attempts} call${s.attempts === 1 ? '' : 's'}, ${(s.ms / 1000).toFixed(1)} s, $${s.costUsd.toFixed(3)}`;
        if (s.status !== 'ok' && s.status !== 'cancelled')
            out += `  ${describe(s)}`;
        if (s.upscaled)
            out += '  (upscaled)';
        if (s.qa?.warned?.length)
            out += `  warn: ${describeChecks(s.qa.warned)}`;
        out += '\n';
    }
    if (listed.length > ROWS)
        out += `  …and ${listed.length - ROWS} more (use --json for all)\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/run/lock.ts


function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
/**
 * One generate per store at a time: two runs appending to one journal would each fold the other's
 * records away. A lock left by a killed run (its pid is gone) is taken over.
 */
async function acquireRunLock(storeDir) {
    await (0,promises_.mkdir)(storeDir, { recursive: true });
    const file = external_node_path_default().join(storeDir, '.generate.lock');
    for (let i = 0; i < 2; i++) {
        try {
            const h = await (0,promises_.open)(file, 'wx');
            await h.writeFile(String(process.pid));
            await h.close();
            return { release: () => (0,promises_.rm)(file, { force: true }) };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const pid = Number((await (0,promises_.readFile)(file, 'utf8').catch(() => '')).trim());
            if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
                return { heldBy: pid };
            await (0,promises_.rm)(file, { force: true });
        }
    }
    return { heldBy: -1 };
}

// EXTERNAL MODULE: ./src/store/atomic-file.ts
var atomic_file = __webpack_require__(92551);
// EXTERNAL MODULE: ./src/store/checkpoint.ts
var store_checkpoint = __webpack_require__(18635);
// EXTERNAL MODULE: ./src/store/deliver.ts
var deliver = __webpack_require__(63436);
// EXTERNAL MODULE: ./src/store/git-exec.ts
var git_exec = __webpack_require__(79727);
// EXTERNAL MODULE: ./src/store/raw-ref.ts
var raw_ref = __webpack_require__(13035);
// EXTERNAL MODULE: ./src/store/review-delivery.ts
var review_delivery = __webpack_require__(97750);
// EXTERNAL MODULE: ./src/run/backoff.ts
var backoff = __webpack_require__(8685);
;// CONCATENATED MODULE: ./src/core/errors.ts
/**
 * Options a host passed that the core cannot act on (a malformed shard, an unsafe test hook, a git
 * ref that does not exist). Hosts map it to their "wrong usage" path: exit 2 in the CLI.
 */
class OptionsError extends Error {
    name = 'OptionsError';
}

;// CONCATENATED MODULE: ./src/core/host.ts
function logTo(host, level, message) {
    host.onEvent?.({ type: 'log', level, message });
}

// EXTERNAL MODULE: ./src/core/plan.ts + 5 modules
var plan = __webpack_require__(84906);
// EXTERNAL MODULE: ./src/core/review-keys.ts
var review_keys = __webpack_require__(56088);
;// CONCATENATED MODULE: ./src/core/run-signals.ts

/**
 * Turns the host's stop and kill into the run's: after a stop, running shots get the configured
 * grace period to finish (and checkpoint) before their calls are aborted.
 */
function runSignals(host, graceSeconds) {
    const stop = new AbortController();
    const kill = new AbortController();
    let timer;
    const onStop = () => {
        if (stop.signal.aborted)
            return;
        logTo(host, 'warning', `no new shots; waiting up to ${graceSeconds} s for running ones (stop again to abort them)`);
        stop.abort();
        timer = setTimeout(() => kill.abort(), graceSeconds * 1000);
    };
    const onKill = () => kill.abort();
    host.stop?.addEventListener('abort', onStop, { once: true });
    host.kill?.addEventListener('abort', onKill, { once: true });
    if (host.stop?.aborted)
        onStop();
    if (host.kill?.aborted)
        onKill();
    return {
        stop: stop.signal,
        kill: kill.signal,
        dispose() {
            host.stop?.removeEventListener('abort', onStop);
            host.kill?.removeEventListener('abort', onKill);
            if (timer)
                clearTimeout(timer);
        },
    };
}

// EXTERNAL MODULE: ./src/core/select-work.ts
var select_work = __webpack_require__(88173);
;// CONCATENATED MODULE: ./src/core/generate.ts





















/**
 * `generate`: loads the configuration once, reads the manifest (with its journal) once, plans
 * once, runs the selected shots under the store lock, writes the run report and commits.
 */
async function generate(options, host) {
    const dir = external_node_path_default().resolve(options.dir);
    const fakeProblem = (0,registry.fakeProviderProblem)(host.env);
    if (fakeProblem)
        throw new OptionsError(fakeProblem);
    const loaded = await (0,load/* loadConfig */.Z)(dir);
    if (!loaded.config || (0,findings/* hasErrors */.Cs)(loaded.findings))
        return { kind: 'invalid', findings: loaded.findings };
    const config = withGitOverrides(loaded.config, options);
    const storeRel = config.settings.paths.store;
    const lock = options.dryRun ? undefined : await acquireRunLock(external_node_path_default().join(dir, storeRel));
    if (lock && 'heldBy' in lock)
        return { kind: 'locked', heldBy: lock.heldBy, store: storeRel };
    // Released before the commit (git can take a while) and, at the latest, on the way out.
    let release = lock?.release;
    const unlock = async () => {
        const r = release;
        release = undefined;
        await r?.();
    };
    try {
        if (!options.dryRun)
            await restoreReviewFor(dir, config, host);
        // Folding the journal of a killed run first makes the plan see every shot it finished.
        const { checkpoint, read } = await store_checkpoint/* Checkpoint */.F9.open((0,plan/* manifestPathOf */.Au)(dir, config), {
            readOnly: options.dryRun === true,
        });
        const planned = await (0,plan/* planLoaded */.Zn)({ dir, config, findings: loaded.findings, manifest: read });
        for (const w of planned.warnings)
            logTo(host, 'warning', w);
        // Nothing is written back here: a corrupt manifest stays as it is for a person to repair.
        if ((0,findings/* hasErrors */.Cs)(planned.findings))
            return { kind: 'invalid', findings: planned.findings };
        const { work, deferred } = (0,select_work/* selectWork */.u)(planned.plan, options);
        const blocked = options.retryBlocked ? [] : blockedShots(planned);
        if (options.dryRun)
            return dryRunResult(planned.findings, blocked, await dryRunShots(work, config, options, host), deferred);
        await restoreRawFor(dir, config, work, host);
        const ran = await runWork({ dir, config, planned, checkpoint, work, deferred, options, host });
        await unlock();
        // The run's results are recorded whatever happens to the push: a failed delivery is reported
        // beside the run report, not in place of it.
        let deliveryError;
        const delivery = await deliverIfChanged(dir, config, ran, checkpoint, options, host).catch((error) => void (deliveryError = error.message));
        const commit = delivery?.commit
            ? { sha: delivery.commit.sha, message: delivery.commit.message }
            : undefined;
        if (commit)
            ran.report.commit = commit;
        return {
            kind: 'ran',
            findings: planned.findings,
            blocked,
            report: ran.report,
            ...(ran.reportPath ? { reportPath: ran.reportPath } : {}),
            ...(commit ? { commit } : {}),
            ...(delivery?.pushed || delivery?.pullRequest || delivery?.review ? { delivery } : {}),
            ...(deliveryError ? { deliveryError } : {}),
            interrupted: ran.interrupted,
        };
    }
    finally {
        await unlock();
    }
}
function withGitOverrides(config, o) {
    if (!o.delivery && !o.branch)
        return config;
    const git = { ...config.settings.git };
    if (o.delivery)
        git.delivery = o.delivery;
    if (o.branch)
        git.branch = o.branch;
    return { ...config, settings: { ...config.settings, git } };
}
function blockedShots(planned) {
    return planned.plan
        .filter((s) => s.status === 'blocked')
        .map((s) => ({ key: s.key, reason: s.reason ?? 'failed last time' }));
}
/** Asks the same provider lookup a real run asks, so offline and missing keys show as they would. */
async function dryRunShots(work, config, options, host) {
    const { createProviderRegistry } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70630));
    const lookup = createProviderRegistry({
        env: host.env,
        providers: config.settings.providers,
        ...(config.settings.routing ? { routing: config.settings.routing } : {}),
        offline: options.offline,
    });
    return work.map((s) => {
        const found = lookup(s.spec.model);
        const row = { key: s.key, status: s.status, model: s.spec.model };
        if (found.ok)
            return { ...row, action: 'run' };
        return { ...row, action: found.reason === 'offline' ? 'skip' : 'fail', note: found.message };
    });
}
function dryRunResult(findings, blocked, shots, deferred) {
    return {
        kind: 'dry-run',
        findings,
        blocked,
        shots,
        deferred: deferred.length,
    };
}
/** Runs the shots, then writes the run report when anything was attempted. */
async function runWork(input) {
    const startedAt = new Date();
    const runId = newRunId(startedAt);
    input.host.onEvent?.({ type: 'run-start', runId, total: input.work.length });
    const { outcomes, interrupted } = await runShotsOf(input, runId);
    for (const d of input.deferred)
        outcomes.push(deferredOutcome(d, input.options.maxImages));
    const report = buildRunReport({
        runId,
        startedAt,
        finishedAt: new Date(),
        outcomes,
        ...(interrupted ? { interrupted: stopReason(input.host) } : {}),
    });
    const changed = outcomes.some((o) => o.status !== 'skipped');
    if (!changed)
        return { report, changed, interrupted };
    const storeRel = input.config.settings.paths.store;
    const reportPath = external_node_path_default().posix.join(storeRel, 'reports', `${runId}.json`);
    await (0,promises_.mkdir)(external_node_path_default().dirname(external_node_path_default().join(input.dir, reportPath)), { recursive: true });
    await (0,atomic_file/* writeFileAtomic */.Z)(external_node_path_default().join(input.dir, reportPath), Buffer.from(JSON.stringify(report, null, 2) + '\n'));
    return { report, changed, interrupted, reportPath };
}
async function runShotsOf(input, runId) {
    const { dir, config, planned, checkpoint, work, host } = input;
    // The run pulls in sharp, the QA checks and the OCR engine: loaded only when shots run.
    const [{ runShots }, { runQa, closeOcr }, { SiblingPhashes }, { createProviderRegistry }, backoff] = await Promise.all([
        __webpack_require__.e(/* import() */ 705).then(__webpack_require__.bind(__webpack_require__, 79705)),
        __webpack_require__.e(/* import() */ 303).then(__webpack_require__.bind(__webpack_require__, 2303)),
        __webpack_require__.e(/* import() */ 478).then(__webpack_require__.bind(__webpack_require__, 21478)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70630)),
        Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 8685)),
    ]);
    if (host.env[registry.FAKE_PROVIDER_ENV])
        logTo(host, 'info', `hosted models are served by the test fake at ${host.env[registry.FAKE_PROVIDER_ENV]}`);
    const signals = runSignals(host, config.settings.run.graceSeconds);
    const specs = planned.plan.flatMap((s) => (s.spec ? [s.spec] : []));
    const settings = (0,select_work/* shardSettings */.w)(config.settings, input.options.shard?.count);
    let done = 0;
    try {
        const outcomes = await runShots({
            root: dir,
            settings,
            shots: work,
            lookup: createProviderRegistry({
                env: host.env,
                providers: settings.providers,
                ...(config.settings.routing ? { routing: config.settings.routing } : {}),
                offline: input.options.offline,
            }),
            checkpoint,
            runId,
            qa: runQa,
            siblings: new SiblingPhashes(specs, checkpoint.records, work.map((s) => s.key)),
            qaSettings: (spec) => config.placements.get(spec.placement)?.qa ?? {},
            stop: signals.stop,
            kill: signals.kill,
            backoff: backoff.backoffFromEnv(host.env),
            onOutcome: (outcome) => host.onEvent?.({ type: 'shot-done', outcome, done: ++done, total: work.length }),
            ...(await objectStoreOf(config, host)),
        });
        return { outcomes, interrupted: signals.stop.aborted };
    }
    finally {
        signals.dispose();
        await checkpoint.close();
        // The OCR worker of the text check would keep the process alive.
        await closeOcr();
    }
}
/**
 * A re-derive needs the raw output the record points at; on a fresh clone it lives only on the raw
 * ref (git.raw: ref). Restored first, so the shot re-derives instead of paying for a new call.
 */
async function restoreRawFor(dir, config, work, host) {
    const wanted = work.flatMap((s) => (s.status === 're-derive' && s.previous?.raw ? [s.previous] : []));
    if (wanted.length === 0 || config.settings.git.raw !== 'ref')
        return;
    const git = (0,git_exec/* gitRunner */.o)(dir, host.env);
    const remote = config.settings.git.delivery === 'commit' ? undefined : config.settings.git.remote;
    try {
        const { restored, missing } = await (0,raw_ref/* restoreRaw */.ZU)(git, wanted, remote);
        if (restored)
            logTo(host, 'info', `restored ${restored} raw outputs from refs/shotlist/raw for re-deriving`);
        if (missing)
            logTo(host, 'warning', `${missing} raw outputs are missing; those shots call their provider again`);
    }
    catch (error) {
        logTo(host, 'warning', `could not restore raw outputs (${error.message}); those shots call their provider again`);
    }
}
/**
 * With `delivery: push`, review shots wait on the pull-request branch, not on the checked-out one:
 * brought into the work tree first, so the plan sees them done instead of paying for them again.
 */
async function restoreReviewFor(dir, config, host) {
    const g = config.settings.git;
    const isReview = (0,review_keys/* reviewKeyTest */.E)(config);
    if (g.delivery !== 'push' || !(0,review_keys/* hasReviewPlacements */.Z)(config))
        return;
    const git = (0,git_exec/* gitRunner */.o)(dir, host.env);
    try {
        const base = await (0,deliver/* targetBranch */.m)(git, g.branch, host.env);
        const branch = g.pullRequestBranch.replaceAll('{base}', base);
        const keys = await (0,review_delivery/* restoreReview */.FS)(git, {
            remote: g.remote,
            branch,
            storeRel: config.settings.paths.store,
            isReview,
        });
        if (keys.length)
            logTo(host, 'info', `${keys.length} shot(s) still waiting for review on ${branch}: taken as done`);
    }
    catch (error) {
        logTo(host, 'warning', `could not read the shots waiting for review (${error.message}); review shots not on the branch are made again`);
    }
}
/**
 * Storage kind s3: published images go to the bucket, uploads retried like provider calls. The S3
 * client is loaded only then.
 */
async function objectStoreOf(config, host) {
    const storage = config.settings.storage;
    if (storage.kind !== 's3')
        return {};
    const { s3ObjectStore } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(71)]).then(__webpack_require__.bind(__webpack_require__, 41071));
    const { baseMs, capMs } = (0,backoff.backoffFromEnv)(host.env);
    return {
        objects: s3ObjectStore(storage, host.env, {
            maxAttempts: config.settings.run.maxAttempts,
            baseMs,
            capMs,
        }),
    };
}
/** The run report as a pull request body; the marker lets tools find shotlist's pull request. */
function pullRequestBody(report) {
    return `<!-- shotlist:run -->\n### shotlist run ${report.runId}\n\n\`\`\`\n${renderRunText(report)}\`\`\`\n`;
}
/** The pull requests of the host's GitHub repository, when the env has a token for it. */
async function defaultPullRequests(env) {
    const token = env.GITHUB_TOKEN;
    const repository = env.GITHUB_REPOSITORY;
    if (!token || !repository)
        return undefined;
    const { githubPullRequests } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 45765));
    return githubPullRequests({
        token,
        repository,
        ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    });
}
async function deliverIfChanged(dir, config, ran, checkpoint, options, host) {
    if (options.commit === false || !ran.changed)
        return undefined;
    const runId = ran.report.runId;
    const rawFiles = [...checkpoint.records.values()].flatMap((r) => r.runId === runId && r.raw?.path ? [r.raw.path] : []);
    const pullRequests = options.pullRequests ??
        (config.settings.git.delivery !== 'commit' ? await defaultPullRequests(host.env) : undefined);
    const message = commitMessage(ran.report);
    const delivery = await (0,deliver/* deliverRun */.V)({
        root: dir,
        storeRel: config.settings.paths.store,
        env: host.env,
        git: config.settings.git,
        runId,
        message,
        rawFiles,
        ...(ran.reportPath ? { reportRel: ran.reportPath } : {}),
        ...(pullRequests ? { pullRequests } : {}),
        pullRequest: { title: message.split('\n')[0], body: pullRequestBody(ran.report) },
        ...((0,review_keys/* hasReviewPlacements */.Z)(config) ? { isReview: (0,review_keys/* reviewKeyTest */.E)(config) } : {}),
        onLog: (m) => logTo(host, 'info', m),
    });
    if (delivery.noCommit)
        logTo(host, 'info', delivery.noCommit);
    for (const w of delivery.warnings)
        logTo(host, 'warning', w);
    const { pushed, pullRequest: pr } = delivery;
    if (pushed)
        logTo(host, 'info', `pushed ${pushed.sha.slice(0, 12)} to ${pushed.remote} ${pushed.branch}${pushed.rebuilt ? ` (merged with ${pushed.rebuilt} concurrent push${pushed.rebuilt === 1 ? '' : 'es'})` : ''}`);
    if (delivery.review)
        logTo(host, 'info', `pushed ${delivery.review.keys.length} shot(s) of review placements to ${delivery.review.branch} (${delivery.review.sha.slice(0, 12)})`);
    if (pr)
        logTo(host, 'info', `${pr.created ? 'opened' : 'updated'} pull request #${pr.number}: ${pr.url}`);
    return delivery;
}
function deferredOutcome(shot, maxImages) {
    return {
        key: shot.key,
        status: 'skipped',
        plan: shot.status,
        model: shot.spec.model,
        attempts: 0,
        rerolls: 0,
        rederived: false,
        ms: 0,
        costUsd: 0,
        error: { kind: 'max-images', message: `deferred by --max-images ${maxImages}` },
    };
}
function newRunId(now) {
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    return `${stamp}-${(0,external_node_crypto_.randomBytes)(3).toString('hex')}`;
}
/** The host says why it stopped the run through the abort reason, e.g. "SIGINT received". */
function stopReason(host) {
    const reason = host.stop?.reason;
    return typeof reason === 'string' ? reason : 'stopped by the host';
}

// EXTERNAL MODULE: ./src/report/plan-markdown.ts
var plan_markdown = __webpack_require__(85925);
// EXTERNAL MODULE: ./action/src/git.ts
var git = __webpack_require__(63632);
// EXTERNAL MODULE: ./action/src/budget.ts
var budget = __webpack_require__(64303);
// EXTERNAL MODULE: ./action/src/parts.ts
var parts = __webpack_require__(64438);
// EXTERNAL MODULE: ./action/src/render.ts
var render = __webpack_require__(9638);
;// CONCATENATED MODULE: ./action/src/generate-step.ts
/** push / workflow_dispatch: generate (all, one shard, or the dispatch's selection), QA, deliver, summarise. */










/** The runner sends SIGINT, then SIGTERM, when a workflow is cancelled: stop taking shots, then abort. */
function hostFor(env) {
    const stop = new AbortController();
    const kill = new AbortController();
    const onSignal = () => (stop.signal.aborted ? kill.abort() : stop.abort());
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        env,
        stop: stop.signal,
        kill: kill.signal,
        onEvent: (e) => {
            if (e.type === 'log')
                (e.level === 'warning' ? core/* warning */.$e : core/* info */.pq)(e.message);
            else if (e.type === 'run-start')
                core/* info */.pq(`run ${e.runId}: ${e.total} shots`);
            else if (e.outcome.status === 'failed' || e.outcome.status === 'qa-failed')
                core/* info */.pq(`  ${e.outcome.status} ${e.outcome.key} (${e.done}/${e.total})`);
        },
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
function runTable(report) {
    const t = report.totals;
    let out = `### shotlist generate\n\n${runSummaryLine(report)} in ${(report.ms / 1000).toFixed(1)} s\n\n`;
    out +=
        '| made | re-derived | failed | QA failed | skipped | provider calls | cost |\n|---:|---:|---:|---:|---:|---:|---:|\n';
    out += `| ${t.ok} | ${t.rederived} | ${t.failed} | ${t['qa-failed']} | ${t.skipped} | ${t.providerCalls} | $${t.costUsd.toFixed(2)} |\n\n`;
    if (report.interrupted)
        out += `> Interrupted: ${(0,plan_markdown/* cell */.Hn)(report.interrupted)}. Run the workflow again to continue.\n\n`;
    const bad = report.shots.filter((s) => s.status === 'failed' || s.status === 'qa-failed');
    if (bad.length > 0) {
        out += '| shot | status | why |\n|---|---|---|\n';
        for (const s of bad) {
            const why = s.error ? `${s.error.kind}: ${s.error.message}` : describeChecks(s.qa?.failed ?? []);
            out += `| \`${(0,plan_markdown/* cell */.Hn)(s.key)}\` | ${s.status} | ${(0,plan_markdown/* cell */.Hn)(why)} |\n`;
        }
    }
    return out;
}
function verdict(report, failOnQa) {
    const t = report.totals;
    if (report.interrupted)
        return `the run was interrupted (${report.interrupted}); finished shots are recorded`;
    if (t.failed > 0)
        return `${t.failed} shot${t.failed === 1 ? '' : 's'} failed (see the job summary)`;
    if (failOnQa && t['qa-failed'] > 0)
        return `${t['qa-failed']} shot${t['qa-failed'] === 1 ? '' : 's'} failed QA and were kept for review (shotlist accept, or fail-on-qa: false)`;
    return undefined;
}
function notRan(ctx, result) {
    if (result.kind === 'locked') {
        return {
            outputs: {},
            summary: [],
            failure: `another shotlist run (pid ${result.heldBy}) holds ${result.store}/; wait for it`,
        };
    }
    const shown = (0,render/* annotate */.fz)(result.findings, ctx.workspace, ctx.dir).shown;
    const summary = [(0,render/* findingsTable */.f9)(result.findings, ctx.workspace, ctx.dir, shown)];
    if (result.kind === 'dry-run')
        return { outputs: { planned: result.shots.length }, summary };
    const errors = result.findings.filter((f) => f.severity === 'error');
    for (const f of errors.slice(0, 3))
        core/* info */.pq((0,findings/* formatFinding */.tf)(f));
    return {
        outputs: {},
        summary,
        failure: `generate stopped before any provider call: ${errors.length} configuration error(s)`,
    };
}
/** What the core's delivery did, for the job summary. */
function deliverySummary(result, branch) {
    const out = [];
    const d = result.delivery;
    if (result.deliveryError)
        out.push(`Delivery failed: ${(0,plan_markdown/* cell */.Hn)(result.deliveryError)}\n`);
    if (d?.pushed)
        out.push(`Pushed ${d.pushed.sha.slice(0, 12)} to \`${(0,plan_markdown/* cell */.Hn)(d.pushed.branch)}\`.\n`);
    else if (result.commit && !branch)
        out.push(`Committed ${result.commit.sha.slice(0, 12)} but not pushed: the run is not on a branch.\n`);
    if (d?.review)
        out.push(`${d.review.keys.length} shot(s) of review placements pushed to \`${(0,plan_markdown/* cell */.Hn)(d.review.branch)}\` for review.\n`);
    if (d?.pullRequest)
        out.push(`${d.pullRequest.created ? 'Opened' : 'Updated'} pull request #${d.pullRequest.number}: ${d.pullRequest.url}\n`);
    for (const w of d?.warnings ?? [])
        out.push(`> ${(0,plan_markdown/* cell */.Hn)(w)}\n`);
    if (!result.commit && !d?.review && !result.deliveryError)
        out.push(result.report.totals.shots === 0
            ? 'Nothing to generate: every shot matches the manifest.\n'
            : 'Nothing committed.\n');
    return out;
}
async function generateStep(ctx, branch) {
    const s = ctx.settings;
    const shard = s.shard && 'index' in s.shard ? s.shard : undefined;
    const deliver = s.delivery !== 'none' && !shard;
    if (deliver && branch)
        core/* info */.pq(await (0,git/* catchUp */.x)(ctx.dir, branch));
    const pre = await (0,budget/* preflight */.M)(ctx, shard);
    if (pre.problem)
        return {
            outputs: { manifest: pre.manifest },
            summary: [`### shotlist generate\n\n${pre.problem}\n`],
            failure: pre.problem,
        };
    const options = {
        dir: ctx.dir,
        commit: deliver,
        // Shards deliver nothing, but knowing the delivery lets them take waiting review shots as done.
        ...(s.delivery !== 'none' ? (0,git/* deliveryOptions */.v)(ctx, branch, pre.git?.delivery) : {}),
    };
    if (s.only)
        options.only = s.only;
    if (s.maxImages !== undefined)
        options.maxImages = s.maxImages;
    if (shard)
        options.shard = shard;
    const host = hostFor(process.env);
    let result;
    try {
        result = await generate(options, host);
    }
    finally {
        host.dispose();
    }
    if (result.kind !== 'ran')
        return notRan(ctx, result);
    const { report } = result;
    (0,render/* annotate */.fz)(result.findings, ctx.workspace, ctx.dir);
    const summary = [runTable(report)];
    const outputs = {
        generated: report.totals.ok,
        failed: report.totals.failed + report.totals['qa-failed'],
        costUsd: report.totals.costUsd,
        manifest: pre.manifest,
    };
    if (result.reportPath)
        outputs.report = external_node_path_default().join(ctx.dir, result.reportPath);
    let failure = verdict(report, s.failOnQa);
    if (shard) {
        outputs.part = await (0,parts/* writePart */.$X)(ctx, pre.storeRel, shard);
        summary.push(`Shard ${shard.index}/${shard.count}: part written to \`${outputs.part}\` for the merge job.\n`);
    }
    else if (deliver) {
        summary.push(...deliverySummary(result, branch));
        if (result.deliveryError)
            failure = result.deliveryError;
    }
    else if (report.totals.shots === 0) {
        summary.push('Nothing to generate: every shot matches the manifest.\n');
    }
    return { outputs, summary, ...(failure ? { failure } : {}) };
}


/***/ }),

/***/ 61149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yQ: () => (/* binding */ DEFAULT_MAX_INPUT_BYTES),
  Z1: () => (/* binding */ EXTENSIONS),
  LJ: () => (/* binding */ NormaliseError),
  WF: () => (/* binding */ normaliseImage),
  ew: () => (/* binding */ sniffExtension)
});

// UNUSED EXPORTS: DEFAULT_MAX_INPUT_PIXELS, targetSize

// EXTERNAL MODULE: ./node_modules/sharp/lib/index.js
var lib = __webpack_require__(3491);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/images/xmp.ts
const IPTC_SOURCE_TYPE_BASE = 'http://cv.iptc.org/newscodes/digitalsourcetype/';
function escapeXml(text) {
    return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * An XMP packet carrying the IPTC DigitalSourceType (the field Google Merchant Center reads on
 * AI-made product images) and the tool that made the file.
 */
function digitalSourceTypeXmp(sourceType, creatorTool = 'shotlist') {
    const uri = IPTC_SOURCE_TYPE_BASE + sourceType;
    return ('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>' +
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">' +
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description rdf:about=""' +
        ' xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"' +
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"' +
        ` Iptc4xmpExt:DigitalSourceType="${escapeXml(uri)}"` +
        ` xmp:CreatorTool="${escapeXml(creatorTool)}"/>` +
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>');
}
/** Reads the DigitalSourceType URI back out of an XMP packet (attribute or element form). */
function readDigitalSourceType(xmp) {
    if (!xmp)
        return undefined;
    const text = typeof xmp === 'string' ? xmp : xmp.toString('utf8');
    const m = /Iptc4xmpExt:DigitalSourceType="([^"]*)"/.exec(text) ??
        /<Iptc4xmpExt:DigitalSourceType(?:\s+rdf:resource="([^"]*)")/.exec(text) ??
        /<Iptc4xmpExt:DigitalSourceType>([^<]*)</.exec(text);
    return m?.[1];
}

;// CONCATENATED MODULE: ./src/images/normalise.ts


/** Provider output is untrusted: these caps stop a decompression bomb or a runaway download. */
const DEFAULT_MAX_INPUT_BYTES = 50 * 1024 * 1024;
const DEFAULT_MAX_INPUT_PIXELS = 64 * 1024 * 1024;
const ACCEPTED_INPUT = new Set(['png', 'jpeg', 'webp', 'avif', 'heif', 'gif', 'tiff']);
/** The output was not an image we are willing to publish; never retried with the same bytes. */
class NormaliseError extends Error {
    name = 'NormaliseError';
}
function targetSize(aspect, size) {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect.trim());
    const aw = m ? Number(m[1]) : NaN;
    const ah = m ? Number(m[2]) : NaN;
    if (!(aw > 0 && ah > 0))
        throw new NormaliseError(`aspect "${aspect}" is not w:h, e.g. 1:1 or 4:5`);
    return aw >= ah
        ? { width: size, height: Math.max(1, Math.round((size * ah) / aw)) }
        : { width: Math.max(1, Math.round((size * aw) / ah)), height: size };
}
/** The largest region of the input with the target's aspect: what a centre crop keeps. */
function cropRegion(w, h, tw, th) {
    return w * th >= h * tw
        ? { width: Math.round((h * tw) / th), height: h }
        : { width: w, height: Math.round((w * th) / tw) };
}
/**
 * Turns one provider output into the published image: checks it is an image within the caps, crops
 * to the exact aspect around the centre, resizes to the placement size, writes sRGB in the
 * placement's format with no incoming metadata, and embeds the IPTC DigitalSourceType in XMP.
 */
async function normaliseImage(input, target, limits = {}) {
    const maxBytes = limits.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
    const maxPixels = limits.maxPixels ?? DEFAULT_MAX_INPUT_PIXELS;
    if (input.length === 0)
        throw new NormaliseError('provider returned an empty image');
    if (input.length > maxBytes) {
        throw new NormaliseError(`provider returned ${input.length} bytes, over the ${maxBytes}-byte cap for one image; refusing it`);
    }
    let meta;
    try {
        meta = await lib_default()(input, { limitInputPixels: maxPixels }).metadata();
    }
    catch (error) {
        throw new NormaliseError(`provider output is not a readable image (${error.message})`, {
            cause: error,
        });
    }
    if (!meta.format || !ACCEPTED_INPUT.has(meta.format) || !meta.width || !meta.height) {
        throw new NormaliseError(`provider output is not a supported image (format ${meta.format ?? 'unknown'})`);
    }
    // EXIF orientation 5..8 swaps the axes once applied.
    const swap = (meta.orientation ?? 1) >= 5;
    const inW = swap ? meta.height : meta.width;
    const inH = swap ? meta.width : meta.height;
    if (inW * inH > maxPixels) {
        throw new NormaliseError(`provider output is ${inW}x${inH} px, over the ${maxPixels}-pixel cap; refusing it`);
    }
    const { width, height } = targetSize(target.aspect, target.size);
    const crop = cropRegion(inW, inH, width, height);
    const upscaled = crop.width < width || crop.height < height;
    let pipeline = lib_default()(input, { limitInputPixels: maxPixels, failOn: 'error' })
        .rotate()
        .resize({ width, height, fit: 'cover', position: 'centre' })
        .toColourspace('srgb');
    switch (target.format) {
        case 'jpeg':
            pipeline = pipeline
                .flatten({ background: target.background })
                .jpeg({ quality: target.quality, mozjpeg: false });
            break;
        case 'png':
            pipeline = pipeline.png({ compressionLevel: 6 });
            break;
        case 'avif':
            pipeline = pipeline.avif({ quality: target.quality, effort: 2 });
            break;
        case 'webp':
            // Sharp YUV conversion brings a flat brand colour closer (measured on light, pastel and
            // saturated backdrops: up to 2-3 levels off at quality 90 instead of 3, 5 instead of 7 at
            // 75). Pure white comes out the same either way (measured); its files keep their bytes.
            pipeline = pipeline.webp({
                quality: target.quality,
                effort: 2,
                ...(isPureWhite(target.background) ? {} : { smartSubsample: true }),
            });
            break;
    }
    // sharp drops incoming metadata unless asked to keep it; withXmp adds only ours.
    pipeline = pipeline.withXmp(digitalSourceTypeXmp(target.sourceType));
    let out;
    try {
        out = await pipeline.toBuffer({ resolveWithObject: true });
    }
    catch (error) {
        throw new NormaliseError(`provider output could not be decoded (${error.message})`, {
            cause: error,
        });
    }
    if (out.info.width !== width || out.info.height !== height) {
        throw new NormaliseError(`normalised to ${out.info.width}x${out.info.height}, expected ${width}x${height}`);
    }
    return {
        bytes: out.data,
        width,
        height,
        format: target.format,
        upscaled,
        input: { format: meta.format, width: inW, height: inH },
    };
}
function isPureWhite(colour) {
    return /^#?f{6}$/i.test(colour.trim()) || colour.trim().toLowerCase() === 'white';
}
const EXTENSIONS = {
    webp: 'webp',
    jpeg: 'jpg',
    png: 'png',
    avif: 'avif',
};
/** File extension of raw provider bytes, from their magic numbers. */
function sniffExtension(bytes) {
    if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0x89504e47)
        return 'png';
    if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
        return 'jpg';
    if (bytes.length >= 12 &&
        bytes.toString('latin1', 0, 4) === 'RIFF' &&
        bytes.toString('latin1', 8, 12) === 'WEBP')
        return 'webp';
    if (bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp')
        return 'avif';
    return 'bin';
}


/***/ }),

/***/ 70630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FAKE_PROVIDER_ENV: () => (/* binding */ FAKE_PROVIDER_ENV),
  KEY_ENV: () => (/* binding */ registry_KEY_ENV),
  PROVIDERS: () => (/* binding */ PROVIDERS),
  createProviderRegistry: () => (/* binding */ createProviderRegistry),
  fakeProviderProblem: () => (/* binding */ fakeProviderProblem),
  keyEnvOf: () => (/* binding */ keyEnvOf),
  missingKeyMessage: () => (/* binding */ missingKeyMessage)
});

// EXTERNAL MODULE: ./src/domain/models.ts
var models = __webpack_require__(85032);
// EXTERNAL MODULE: ./src/domain/text.ts
var domain_text = __webpack_require__(3373);
// EXTERNAL MODULE: ./src/images/normalise.ts + 1 modules
var normalise = __webpack_require__(61149);
// EXTERNAL MODULE: ./node_modules/undici/index.js
var undici = __webpack_require__(46752);
// EXTERNAL MODULE: ./src/providers/types.ts
var types = __webpack_require__(42695);
;// CONCATENATED MODULE: ./src/providers/http-errors.ts

/** The longest wait a server may ask for; longer hints are capped (the shot deadline caps it again). */
const MAX_RETRY_AFTER_MS = 10 * 60 * 1000;
function first(value) {
    return Array.isArray(value) ? value[0] : value;
}
/**
 * The delay a response asks for: `retry-after-ms` (OpenAI-style, milliseconds), else `Retry-After`
 * as delta-seconds or an HTTP date. Undefined when absent or unreadable.
 */
function parseRetryAfter(headers, now = Date.now()) {
    const ms = first(headers['retry-after-ms']);
    if (ms !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(ms))
        return Math.min(Number(ms), MAX_RETRY_AFTER_MS);
    const ra = first(headers['retry-after']);
    if (ra === undefined)
        return undefined;
    if (/^\s*\d+(\.\d+)?\s*$/.test(ra))
        return Math.min(Number(ra) * 1000, MAX_RETRY_AFTER_MS);
    const date = Date.parse(ra);
    if (Number.isFinite(date))
        return Math.min(Math.max(0, date - now), MAX_RETRY_AFTER_MS);
    return undefined;
}
/** The error kind an HTTP status means, before any body hint. */
function kindForStatus(status) {
    if (status === 429)
        return 'rate-limit';
    if (status === 408 || status === 409 || status === 425 || status >= 500)
        return 'transient';
    if (status === 401 || status === 403)
        return 'auth';
    if (status === 402)
        return 'credits';
    return 'validation';
}
const BODY_KINDS = new Set(['safety', 'credits', 'auth', 'validation', 'refused']);
/**
 * A ProviderError for a failed HTTP response. A JSON body `{ "error": { "kind", "message" } }` may
 * narrow a 4xx to safety/credits/auth; a body never turns a permanent status into a retryable one.
 */
function errorFromResponse(status, headers, bodyText, what) {
    let kind = kindForStatus(status);
    let detail = '';
    try {
        const parsed = JSON.parse(bodyText);
        const err = parsed.error;
        if (typeof err === 'string')
            detail = err;
        else if (err) {
            detail = err.message ?? '';
            if (err.kind &&
                BODY_KINDS.has(err.kind) &&
                status >= 400 &&
                status < 500 &&
                status !== 429)
                kind = err.kind;
        }
    }
    catch {
        detail = bodyText.slice(0, 200);
    }
    const retryAfterMs = parseRetryAfter(headers);
    const message = `${what} answered HTTP ${status}${detail ? `: ${detail}` : ''}`;
    return new types/* ProviderError */.m(kind, message, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
}

;// CONCATENATED MODULE: ./src/providers/fake-http.ts




/**
 * Adapter for the loopback test server in test/fakes (protocol documented there): POST
 * `<base>/generate` with a JSON body and an `Idempotency-Key` header, image bytes back. It exists so
 * the run's queues, retries and checkpoints can be tested end to end with real HTTP; the registry
 * only enables it for a loopback base URL given in SHOTLIST_FAKE_PROVIDER_URL.
 */
function createFakeHttpProvider(options) {
    const maxBytes = options.maxBytes ?? normalise/* DEFAULT_MAX_INPUT_BYTES */.yQ;
    const url = new URL('generate', options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`);
    return {
        id: 'fake',
        async generate(req) {
            const { spec } = req;
            const body = JSON.stringify({
                key: spec.key,
                model: req.providerModel,
                prompt: spec.prompt,
                negative: spec.negative,
                seed: spec.seed,
                aspect: req.aspect,
                size: spec.size,
                reference: req.reference ? req.reference.bytes.length : 0,
            });
            let res;
            try {
                res = await (0,undici/* request */.Em)(url, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', 'idempotency-key': req.idempotencyKey },
                    body,
                    signal: req.signal,
                    headersTimeout: options.timeoutMs,
                    bodyTimeout: options.timeoutMs,
                });
            }
            catch (error) {
                throw networkError(error, req.signal);
            }
            const chunks = [];
            let size = 0;
            try {
                for await (const chunk of res.body) {
                    size += chunk.length;
                    if (size > maxBytes) {
                        res.body.destroy();
                        throw new types/* ProviderError */.m('bad-output', `fake provider sent more than ${maxBytes} bytes; refusing the image`);
                    }
                    chunks.push(chunk);
                }
            }
            catch (error) {
                if (error instanceof types/* ProviderError */.m)
                    throw error;
                throw networkError(error, req.signal);
            }
            const bytes = Buffer.concat(chunks);
            if (res.statusCode !== 200) {
                throw errorFromResponse(res.statusCode, res.headers, bytes.toString('utf8'), 'fake provider');
            }
            const jobId = res.headers['x-job-id'];
            const cost = Number(res.headers['x-cost-usd']);
            const result = {
                images: [{ bytes, mimeType: String(res.headers['content-type'] ?? 'application/octet-stream') }],
            };
            if (typeof jobId === 'string')
                result.jobId = jobId;
            if (Number.isFinite(cost))
                result.costUsd = cost;
            return result;
        },
    };
}
function networkError(error, signal) {
    // The run aborted us (deadline, cancellation): the caller decides from its own signal.
    if (signal.aborted)
        return error;
    const code = error.code ?? '';
    const message = error.message ?? String(error);
    if (/TIMEOUT/.test(code))
        return new types/* ProviderError */.m('timeout', `fake provider timed out (${code})`, { cause: error });
    return new types/* ProviderError */.m('transient', `network error talking to the fake provider: ${code || message}`, {
        cause: error,
    });
}

;// CONCATENATED MODULE: ./src/providers/http/redact.ts
/** Replaced for every secret (or a recognisable piece of one) in text that leaves an adapter. */
const REDACTED = '[redacted]';
const RUN = 8;
const TOKEN = /[A-Za-z0-9_\-.*+/=]{8,}/g;
// Keys as APIs echo them back masked ("sk-proj-abc***wxyz"): never worth keeping in a message.
const MASKED_KEY = /\b(sk|pm_live|pm_test|r8|key)[-_][A-Za-z0-9_*-]{4,}/g;
/**
 * A function that removes `secrets` from text: the whole key, and any token that shares a run of 8
 * or more characters with it (APIs quote the start or end of a key they refused, OpenAI masks the
 * middle).
 */
function makeRedactor(secrets) {
    const keys = secrets.filter((s) => s.length >= 4);
    const pieces = new Set();
    for (const key of keys) {
        if (key.length < 12)
            continue;
        for (let i = 0; i + RUN <= key.length; i++)
            pieces.add(key.slice(i, i + RUN));
    }
    return (text) => {
        let out = text;
        for (const key of keys)
            out = out.split(key).join(REDACTED);
        out = out.replace(MASKED_KEY, REDACTED);
        if (pieces.size === 0)
            return out;
        return out.replace(TOKEN, (token) => {
            for (let i = 0; i + RUN <= token.length; i++)
                if (pieces.has(token.slice(i, i + RUN)))
                    return REDACTED;
            return token;
        });
    };
}

;// CONCATENATED MODULE: ./src/providers/http/pace.ts
/**
 * Spaces the starts of one adapter's calls. Calls that start together end together when an API's
 * latency barely varies, and their answers (megabytes each) are then read, decoded and written
 * all at once: every call of the bunch waits for the whole bunch, and the next bunch starts
 * together again, so a run at concurrency 32 settles into waves that each cost the latency plus
 * the processing of 32 answers. Keeping starts at least `gap` apart breaks the waves up. The gap is
 * half the time one slot's turn is worth (learned call time / concurrency), so the spacing never
 * caps the throughput, and at most `maxGapMs`, so slow models (seconds per image) are not held back.
 */
class StartPacer {
    concurrency;
    o;
    nextAt = 0;
    callMs = new Map();
    constructor(concurrency, o = {}) {
        this.concurrency = concurrency;
        this.o = o;
    }
    /** The spacing between starts for `model` (0 until one of its calls has succeeded). */
    gapMs(model) {
        const ms = this.callMs.get(model);
        if (ms === undefined || this.concurrency < 2)
            return 0;
        return Math.min(this.o.maxGapMs ?? 20, (0.5 * ms) / this.concurrency);
    }
    /** Ms this call should wait before it starts; reserves its start time. */
    reserve(model) {
        const gap = this.gapMs(model);
        if (gap === 0)
            return 0;
        const now = this.o.now ? this.o.now() : performance.now();
        const at = Math.max(now, this.nextAt);
        this.nextAt = at + gap;
        return at - now;
    }
    /** A call of `model` succeeded in `ms`. */
    learn(model, ms) {
        const e = this.callMs.get(model);
        this.callMs.set(model, e === undefined ? ms : 0.8 * e + 0.2 * ms);
    }
}
/** `provider` with its calls' starts spaced by a StartPacer for `concurrency` calls in flight. */
function paced(provider, concurrency) {
    if (concurrency === undefined || concurrency < 2)
        return provider;
    const pacer = new StartPacer(concurrency);
    return {
        id: provider.id,
        async generate(req) {
            const wait = pacer.reserve(req.providerModel);
            if (wait >= 1)
                await delay(wait, req.signal);
            const started = performance.now();
            const result = await provider.generate(req);
            pacer.learn(req.providerModel, performance.now() - started);
            return result;
        },
    };
}
function delay(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal.addEventListener('abort', onAbort, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/providers/http/request.ts


/** Reads a body to the end, refusing more than `maxBytes` (checked on the declared length first). */
async function readBody(api, body, headers, maxBytes) {
    const declared = Number(headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
        body.destroy();
        throw new types/* ProviderError */.m('bad-output', `${api} sent ${declared} bytes, over the ${maxBytes}-byte cap`);
    }
    // With a declared length each chunk is copied into place as it arrives and can be collected young.
    let into = Number.isFinite(declared) && declared > 0 ? Buffer.allocUnsafe(declared) : undefined;
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        if (size + chunk.length > maxBytes) {
            body.destroy();
            throw new types/* ProviderError */.m('bad-output', `${api} sent more than the ${maxBytes}-byte cap; refusing it`);
        }
        if (into && size + chunk.length > into.length) {
            // Longer than declared: gather the rest as chunks after what was copied.
            chunks.push(into.subarray(0, size));
            into = undefined;
        }
        if (into)
            chunk.copy(into, size);
        else
            chunks.push(chunk);
        size += chunk.length;
    }
    return into ? into.subarray(0, size) : Buffer.concat(chunks);
}
/**
 * One HTTP exchange with a whole body read under a cap. Network failures become `transient` or
 * `timeout` ProviderErrors; when the caller's signal aborted, its abort error is passed through so
 * the run can tell a cancellation from a failure.
 */
async function httpCall(api, url, call) {
    try {
        const res = await (0,undici/* request */.Em)(url, {
            method: call.method,
            headers: call.headers,
            body: call.body,
            signal: call.signal,
            headersTimeout: call.timeoutMs,
            bodyTimeout: call.timeoutMs,
        });
        const body = await readBody(api, res.body, res.headers, call.maxBytes);
        return { status: res.statusCode, headers: res.headers, body };
    }
    catch (error) {
        if (error instanceof types/* ProviderError */.m)
            throw error;
        throw request_networkError(api, error, call.signal);
    }
}
function request_networkError(api, error, signal) {
    if (signal.aborted)
        return error;
    const code = error.code ?? '';
    const message = error?.message ?? String(error);
    if (/TIMEOUT/.test(code))
        return new types/* ProviderError */.m('timeout', `${api} did not answer in time (${code})`, { cause: error });
    return new types/* ProviderError */.m('transient', `network error talking to ${api}: ${code || message}`, {
        cause: error,
    });
}
/** True when the abort came from a timeout (the attempt's), not from a cancelled run. */
function abortedByTimeout(signal) {
    return signal.reason?.name === 'TimeoutError';
}
function headerValue(headers, name) {
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
}

;// CONCATENATED MODULE: ./src/providers/http/adapter.ts




/** The loopback hosts a test fake listens on: plain http is allowed only there. */
function isLoopbackBase(baseUrl) {
    try {
        return /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(new URL(baseUrl).hostname);
    }
    catch {
        return false;
    }
}
/**
 * Wraps an adapter so nothing it throws can carry the key: every ProviderError message is redacted
 * (APIs quote the key they refused), and so is any other error's message.
 */
function redacting(provider, secrets) {
    const redact = makeRedactor(secrets);
    return {
        id: provider.id,
        async generate(req) {
            try {
                return await provider.generate(req);
            }
            catch (error) {
                if (error instanceof types/* ProviderError */.m) {
                    throw new types/* ProviderError */.m(error.kind, redact(error.message), {
                        ...(error.status !== undefined ? { status: error.status } : {}),
                        ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
                        ...(error.reason !== undefined ? { reason: redact(error.reason) } : {}),
                    });
                }
                // Aborts and timeouts pass through untouched: the run tells them apart by their identity.
                if (error instanceof Error && redact(error.message) !== error.message) {
                    const clean = new Error(redact(error.message));
                    clean.name = error.name;
                    throw clean;
                }
                throw error;
            }
        },
    };
}
/** What every hosted adapter's create() returns: the key redacted from errors, the starts paced. */
function hosted(provider, ctx) {
    return paced(redacting(provider, [ctx.key]), ctx.concurrency);
}
/**
 * Jobs submitted by this adapter instance and not finished, by idempotency key: a retried attempt
 * (after a polling timeout or a network error while polling) resumes the job instead of paying for
 * another one. The run's journal does the same across runs through `resumeJob`.
 */
class JobBook {
    jobs = new Map();
    /** The job to resume for this request, if any (checkpointed by the run, else remembered here). */
    resumable(req) {
        return req.resumeJob ?? this.jobs.get(req.idempotencyKey);
    }
    /** Records a new job and reports it to the run before any polling starts. */
    async started(req, job) {
        this.jobs.set(req.idempotencyKey, job);
        await req.onJob?.(job);
    }
    finished(req) {
        this.jobs.delete(req.idempotencyKey);
    }
}
/**
 * Runs `work` on a job; when the run is cancelled (not when an attempt merely timed out, which the
 * next attempt resumes) the job is cancelled at the API, best effort, and forgotten.
 */
async function withCancel(req, book, cancel, work) {
    try {
        return await work();
    }
    catch (error) {
        if (req.signal.aborted && !abortedByTimeout(req.signal)) {
            book.finished(req);
            if (cancel)
                await cancel().catch(() => undefined);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/providers/http/common.ts
/** The prompt for an API without a negative-prompt field: the negative becomes an instruction. */
function promptWithNegative(spec, negativeField) {
    if (negativeField || !spec.negative)
        return spec.prompt;
    return `${spec.prompt}\n\nAvoid: ${spec.negative}`;
}
/**
 * How far an image-to-image call may move away from the product photo (Replicate's
 * `prompt_strength`, Recraft's `strength`: 0 keeps the photo, 1 ignores it). One value for every
 * API, so "the same prompt with the same photo" means the same on each.
 */
const REFERENCE_STRENGTH = 0.8;
function dataUri(ref) {
    return `data:${ref.mimeType};base64,${ref.bytes.toString('base64')}`;
}
function jsonHeaders(auth) {
    return { 'content-type': 'application/json', accept: 'application/json', ...auth };
}
function joinUrl(base, path) {
    return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/sharp/lib/index.js
var lib = __webpack_require__(3491);
var lib_default = /*#__PURE__*/__webpack_require__.n(lib);
;// CONCATENATED MODULE: ./src/providers/http/image.ts



const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_END = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
/**
 * Checks bytes an API returned are a whole image: the header parses, and the file is not cut off
 * (PNG and JPEG end markers, WebP's RIFF length). PNG, JPEG and WebP are probed here, from their
 * headers, without libvips (this runs for every image of a run, on the event loop); other formats
 * go to sharp's metadata. The image is decoded in full later, when it is normalised. Returns the
 * MIME type.
 */
async function checkImage(api, bytes) {
    const probed = probeHeader(bytes);
    const undecodable = (cause) => new types/* ProviderError */.m('bad-output', `${api} returned ${bytes.length} bytes that do not decode as an image`, {
        cause,
    });
    if (probed === 'broken')
        throw undecodable();
    if (probed === undefined) {
        try {
            const { format } = await lib_default()(bytes, { failOn: 'none' }).metadata();
            return `image/${format ?? 'octet-stream'}`;
        }
        catch (error) {
            throw undecodable(error);
        }
    }
    // A truncated body is what an interrupted transfer looks like: worth another try.
    if (!probed.whole)
        throw new types/* ProviderError */.m('transient', `${api} returned a truncated ${probed.format} (${bytes.length} bytes)`);
    return `image/${probed.format}`;
}
/** The format named by the header, 'broken' when the signature is there but the header is not valid. */
function probeHeader(bytes) {
    if (bytes.subarray(0, 8).equals(PNG_SIGNATURE))
        return probePng(bytes);
    if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
        return probeJpeg(bytes);
    if (bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP')
        return probeWebp(bytes);
    return undefined;
}
function probePng(bytes) {
    // IHDR: length 13, type, width, height, depth, colour type, ..., then its CRC over type + data.
    if (bytes.length < 33 || bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR')
        return 'broken';
    const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    const [depth, colour] = [bytes[24], bytes[25]];
    const valid = width > 0 &&
        height > 0 &&
        [1, 2, 4, 8, 16].includes(depth) &&
        [0, 2, 3, 4, 6].includes(colour) &&
        (0,external_node_zlib_.crc32)(bytes.subarray(12, 29)) === bytes.readUInt32BE(29);
    if (!valid)
        return 'broken';
    return { format: 'png', whole: bytes.lastIndexOf(PNG_END) >= bytes.length - 64 };
}
function probeJpeg(bytes) {
    // Walk the marker segments to a frame header (SOFn) with a size; the scan (SOS) must not come first.
    for (let at = 2; at + 9 < bytes.length;) {
        if (bytes[at] !== 0xff)
            return 'broken';
        const marker = bytes[at + 1];
        if (marker === 0xff) {
            at++;
            continue;
        }
        if (marker === 0xda || marker === 0xd9)
            return 'broken';
        const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
        if (sof) {
            const ok = bytes.readUInt16BE(at + 5) > 0 && bytes.readUInt16BE(at + 7) > 0;
            return ok ? { format: 'jpeg', whole: tailHas(bytes, 0xff, 0xd9) } : 'broken';
        }
        at += 2 + bytes.readUInt16BE(at + 2);
    }
    return 'broken';
}
function probeWebp(bytes) {
    const chunk = bytes.toString('latin1', 12, 16);
    if (!['VP8 ', 'VP8L', 'VP8X'].includes(chunk))
        return 'broken';
    // RIFF's size counts everything after its first 8 bytes: fewer bytes than that is a cut-off file.
    return { format: 'webp', whole: bytes.length >= bytes.readUInt32LE(4) + 8 };
}
function tailHas(bytes, a, b) {
    for (let i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--)
        if (bytes[i] === a && bytes[i + 1] === b)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/providers/http/download.ts



const LOOPBACK = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;
function isLoopback(url) {
    return LOOPBACK.test(url.hostname);
}
/** Decodes a `data:image/…;base64,` URI, or undefined when `text` is not one. */
function fromDataUri(text) {
    const m = /^data:image\/[a-z0-9.+-]+;base64,/i.exec(text);
    return m ? Buffer.from(text.slice(m[0].length), 'base64') : undefined;
}
/** Refuses URLs a result may not come from: not https (loopback http only in tests), or unreadable. */
function checkResultUrl(api, text, allowLoopbackHttp) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new types/* ProviderError */.m('bad-output', `${api} returned a result URL that does not parse: ${text.slice(0, 80)}`);
    }
    const ok = url.protocol === 'https:' || (url.protocol === 'http:' && allowLoopbackHttp && isLoopback(url));
    if (!ok)
        throw new types/* ProviderError */.m('bad-output', `${api} returned a result URL that is not https (${url.protocol}//${url.host}); refusing to fetch it`);
    return url;
}
/**
 * Fetches a result image (https, under a size cap, must be a whole image). Called inside the
 * provider attempt, so a 5xx, an expired URL or a cut-off transfer is retried like the call itself.
 */
async function downloadResult(text, o) {
    const inline = fromDataUri(text);
    if (inline)
        return { bytes: inline, mimeType: await checkImage(o.api, inline) };
    const url = checkResultUrl(o.api, text, o.allowLoopbackHttp);
    const what = `${o.api} result download`;
    const res = await httpCall(what, url, {
        method: 'GET',
        signal: o.signal,
        maxBytes: o.maxBytes,
        timeoutMs: o.timeoutMs,
    });
    if (res.status !== 200)
        throw downloadError(what, res.status);
    return { bytes: res.body, mimeType: await checkImage(o.api, res.body) };
}
function downloadError(what, status) {
    if (status === 429)
        return new types/* ProviderError */.m('rate-limit', `${what} answered HTTP 429`, { status });
    if (status >= 500 || status === 408)
        return new types/* ProviderError */.m('transient', `${what} answered HTTP ${status}`, { status });
    // The result is gone (URLs expire: fal after minutes, Recraft after a day): only a new call can replace it.
    if (status === 403 || status === 404 || status === 410)
        return new types/* ProviderError */.m('transient', `${what} answered HTTP ${status}: the result URL has expired or was removed; asking again`, { status });
    return new types/* ProviderError */.m('bad-output', `${what} answered HTTP ${status}`, { status });
}

;// CONCATENATED MODULE: ./src/providers/http/errors.ts


const HINTS = {
    auth: (keyEnv) => `the API refused the key: check the ${keyEnv} secret`,
    credits: () => 'the account is out of credits or over its quota: top it up or raise the limit',
    unavailable: () => 'the API no longer serves this model: route it through another provider in shotlist.yaml (routing) or pick another model',
};
/** A ProviderError for an API's failed answer: the kind, the API's own reason and message, and the fix. */
function apiFailure(api, keyEnv, status, headers, detail) {
    const kind = detail.kind ?? kindForStatus(status);
    const retryAfterMs = detail.retryAfterMs ?? parseRetryAfter(headers);
    const said = (detail.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
    const hint = HINTS[kind]?.(keyEnv);
    const message = `${api} answered HTTP ${status}${detail.reason ? ` ${detail.reason}` : ''}${said ? `: ${said}` : ''}` +
        (hint ? ` (${hint})` : '');
    return new types/* ProviderError */.m(kind, message, {
        status,
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        ...(detail.reason ? { reason: detail.reason } : {}),
    });
}
/** Parses text that may be JSON (error bodies are not always JSON: Recraft's 401 is plain text). */
function maybeJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
/** Reads `{error:"msg"}`, `{error:{message,code}}`, `{message}`, `{detail}`: the common error envelopes. */
function commonErrorText(body, text) {
    const o = (body ?? {});
    const err = o.error;
    if (typeof err === 'string')
        return { message: err };
    if (err && typeof err === 'object') {
        const e = err;
        const code = typeof e.code === 'string' ? e.code : typeof e.type === 'string' ? e.type : undefined;
        return {
            message: typeof e.message === 'string' ? e.message : JSON.stringify(e),
            ...(code ? { code } : {}),
        };
    }
    if (typeof o.message === 'string')
        return { message: o.message, ...(typeof o.code === 'string' ? { code: o.code } : {}) };
    if (typeof o.detail === 'string')
        return { message: o.detail };
    return { message: text.slice(0, 300) };
}
/**
 * A job that ended `failed` with the API's free text. APIs that refuse unsafe content by failing
 * the job (not with an HTTP error) say so only in that text, so `safety` matches it; anything else
 * is a bad output of that job.
 */
function failedJobError(job, safety) {
    const error = job.error ?? 'no error text';
    const unsafe = safety.pattern.test(error);
    return new types/* ProviderError */.m(unsafe ? 'safety' : 'bad-output', `${job.api} ${job.noun} ${job.id} failed: ${error.slice(0, 300)}`, { reason: unsafe ? safety.reason : 'failed' });
}

;// CONCATENATED MODULE: ./src/providers/http/poll.ts

/** Polls a job until `check` returns a value, with growing waits, a deadline and the caller's signal. */
async function pollJob(o) {
    const now = o.now ?? Date.now;
    const t = o.timing;
    let wait = o.initialMs;
    let lastRunning;
    for (let looks = 0;; looks++) {
        const planned = t ? t.clock.waitBefore(t.model, now() - t.submittedAt) : undefined;
        // Nothing learned yet: the first look is at once (a resumed job may long be done), then growing waits.
        if (looks > 0 || planned !== undefined) {
            const left = o.deadline - now();
            if (left <= 0)
                throw new types/* ProviderError */.m('timeout', `${o.api} job still running at the polling deadline; it is resumed on the next try`);
            await sleepOrAbort(Math.min(planned ?? wait, left), o.signal);
            if (planned === undefined)
                wait = Math.min(o.maxMs, wait * (o.factor ?? 1.5));
        }
        const done = await o.check();
        if (done !== undefined) {
            if (t)
                t.clock.learn(t.model, lastRunning, now() - t.submittedAt);
            return done;
        }
        if (t)
            lastRunning = now() - t.submittedAt;
    }
}
/**
 * How long one API's jobs take, per model, learned from the jobs this adapter polled. A fixed poll
 * interval costs up to a whole interval per job (a job done at 300 ms and polled every 500 ms is
 * noticed at 500); looking first just before the expected end, then often until it is past, then
 * less and less often, notices most jobs within `stepFraction` of their time, with a few looks
 * per job whatever the model's speed (seconds for flux, a minute for gpt-image).
 */
class JobClock {
    o;
    expected = new Map();
    constructor(o = {}) {
        this.o = o;
    }
    /** The expected duration of `model`'s jobs in ms, once one has been seen to finish. */
    expectedMs(model) {
        return this.expected.get(model);
    }
    /**
     * Ms to wait before the next look at a job submitted `elapsedMs` ago, or undefined while
     * nothing is known about the model (the caller's growing schedule applies).
     */
    waitBefore(model, elapsedMs) {
        const e = this.expected.get(model);
        if (e === undefined)
            return undefined;
        const step = Math.max(this.o.minStepMs ?? 20, e * (this.o.stepFraction ?? 0.05));
        if (elapsedMs < 0.8 * e - step)
            return 0.8 * e - elapsedMs;
        if (elapsedMs < 2 * e)
            return step;
        // Far past the usual time (a queue, a slow model): back off, a quarter of the time so far.
        return Math.min(this.o.maxMs ?? 5000, Math.max(step, elapsedMs / 4));
    }
    /**
     * A job was seen done `doneMs` after its submit, last seen running at `runningMs` (undefined
     * when the first look found it done): it ended in between. A first look that finds the job done
     * says only that it was quicker, so the estimate halves towards that look.
     */
    learn(model, runningMs, doneMs) {
        const sample = runningMs === undefined ? doneMs / 2 : (runningMs + doneMs) / 2;
        const e = this.expected.get(model);
        this.expected.set(model, e === undefined ? sample : 0.7 * e + 0.3 * sample);
    }
}
function sleepOrAbort(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const timer = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/**
 * The `check` of a job polled by GET: a 404 means the API no longer knows the job (expired or
 * lost), so it is forgotten and the attempt fails `transient`, and the retry submits it again.
 */
function jobCheck(o) {
    return async () => {
        const res = await o.get();
        if (res.status === 404) {
            o.forget();
            throw new types/* ProviderError */.m('transient', `${o.api} no longer knows ${o.noun} ${o.id} (HTTP 404); submitting it again`, { status: 404 });
        }
        if (res.status !== 200)
            throw o.fail(res.status, res.headers, res.body.toString('utf8'));
        return o.done(res.body);
    };
}

;// CONCATENATED MODULE: ./src/providers/http/check.ts

/**
 * Reads an API's JSON answer where it enters, with messages naming the API, the field and what was
 * found: a changed or broken answer becomes a `bad-output` error, never an undefined deep inside.
 */
class JsonReader {
    api;
    value;
    path;
    constructor(api, value, path = '') {
        this.api = api;
        this.value = value;
        this.path = path;
    }
    child(value, path) {
        return new JsonReader(this.api, value, path);
    }
    fail(expected) {
        const found = this.value === null ? 'null' : Array.isArray(this.value) ? 'an array' : typeof this.value;
        throw new types/* ProviderError */.m('bad-output', `${this.api} answered an unexpected shape: expected ${expected} at ${this.path || 'the top level'}, found ${found}; the API may have changed, check for a shotlist update`);
    }
    isObject() {
        return (this.value !== null &&
            typeof this.value === 'object' &&
            !Array.isArray(this.value) &&
            !(this.value instanceof LiftedString));
    }
    has(name) {
        return (this.isObject() &&
            this.value[name] !== undefined &&
            this.value[name] !== null);
    }
    /** A field; missing fields read as undefined (check with the typed getters). */
    get(name) {
        if (!this.isObject())
            this.fail('an object');
        return this.child(this.value[name], `${this.path}.${name}`);
    }
    string() {
        if (this.value instanceof LiftedString)
            return this.value.text();
        if (typeof this.value !== 'string')
            this.fail('a string');
        return this.value;
    }
    /** A base64 string field decoded, without making a JS string of a lifted (long) one. */
    base64() {
        if (this.value instanceof LiftedString)
            return this.value.base64();
        return Buffer.from(this.string(), 'base64');
    }
    /** The image of a `data:image/…;base64,` string field, or undefined when it is not one. */
    dataUri() {
        if (this.value instanceof LiftedString)
            return this.value.dataUri();
        return dataUriBytes(Buffer.from(this.string(), 'latin1'));
    }
    optString() {
        return this.value === undefined || this.value === null ? undefined : this.string();
    }
    optNumber() {
        if (this.value === undefined || this.value === null)
            return undefined;
        if (typeof this.value !== 'number' || !Number.isFinite(this.value))
            this.fail('a number');
        return this.value;
    }
    optBoolean() {
        if (this.value === undefined || this.value === null)
            return undefined;
        if (typeof this.value !== 'boolean')
            this.fail('true or false');
        return this.value;
    }
    /** The items of an array; a missing field reads as an empty array. */
    items() {
        if (this.value === undefined || this.value === null)
            return [];
        if (!Array.isArray(this.value))
            this.fail('an array');
        return this.value.map((v, i) => this.child(v, `${this.path}[${i}]`));
    }
    /** One of `allowed`, for status fields: an unknown value is an API change, not a silent pass. */
    oneOf(allowed) {
        const s = this.string();
        if (!allowed.includes(s))
            this.fail(`one of ${allowed.join(', ')} (got "${s}")`);
        return s;
    }
}
const DATA_URI = /^data:image\/[a-z0-9.+-]+;base64,/i;
/** The bytes of a `data:image/…;base64,` URI held as bytes, or undefined when it is not one. */
function dataUriBytes(uri) {
    const m = DATA_URI.exec(uri.toString('latin1', 0, Math.min(uri.length, 100)));
    return m ? decodeBase64(uri.subarray(m[0].length)) : undefined;
}
const DECODE_CHUNK = 64 * 1024;
/**
 * Base64 held as bytes, decoded in 64 KiB pieces (whole 4-character groups decode on their own)
 * into one buffer: no multi-megabyte JS string for the collector to move.
 */
function decodeBase64(text) {
    const out = Buffer.allocUnsafe(Math.ceil(text.length / 4) * 3);
    let written = 0;
    for (let at = 0; at < text.length; at += DECODE_CHUNK)
        written += out.write(text.toString('latin1', at, Math.min(text.length, at + DECODE_CHUNK)), written, 'base64');
    const pad = text[text.length - 1] === 0x3d ? (text[text.length - 2] === 0x3d ? 2 : 1) : 0;
    // Anything but clean base64 (spaces, line breaks) shifts the groups: decode it whole, leniently.
    if (text.length % 4 !== 0 || written !== (text.length / 4) * 3 - pad)
        return Buffer.from(text.toString('latin1'), 'base64');
    return out.subarray(0, written);
}
/**
 * A long JSON string (a base64 image) kept as the answer's bytes: decoding base64 from them skips
 * the UTF-8 decode and the parse of megabytes, and the multi-megabyte JS string (see readJson).
 */
class LiftedString {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
    text() {
        return this.bytes.toString('utf8');
    }
    base64() {
        return decodeBase64(this.bytes);
    }
    dataUri() {
        return dataUriBytes(this.bytes);
    }
}
// The placeholder as JSON text (`\u0000` escaped) and as the parsed string.
const MARKER_JSON = `\\u0000lifted-${Math.random().toString(36).slice(2, 10)}:`;
const MARKER = JSON.parse(`"${MARKER_JSON}"`);
/** Strings at least this long, without escapes, are lifted out before JSON.parse. */
const LIFT_MIN_BYTES = 16 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
/** The index of the quote closing the JSON string opened at `open`, or -1. */
function stringEnd(body, open) {
    let end = body.indexOf(QUOTE, open + 1);
    for (; end !== -1; end = body.indexOf(QUOTE, end + 1)) {
        let slashes = 0;
        while (body[end - 1 - slashes] === BACKSLASH)
            slashes++;
        if (slashes % 2 === 0)
            return end;
    }
    return -1;
}
/**
 * Parses a JSON answer held as bytes with its long escape-free strings lifted out: the parser sees
 * a placeholder (a marker no API sends, as it holds a per-process random part) and the reader the
 * bytes. Jumping from quote to quote with indexOf keeps the scan native; quotes outside strings
 * only ever open one.
 */
function parseLifting(body) {
    const lifted = [];
    const pieces = [];
    let from = 0;
    for (let open = body.indexOf(QUOTE); open !== -1;) {
        const end = stringEnd(body, open);
        if (end === -1)
            break;
        const long = end - open - 1 >= LIFT_MIN_BYTES;
        const slash = long ? body.indexOf(BACKSLASH, open + 1) : -1;
        if (long && (slash === -1 || slash > end)) {
            pieces.push(body.subarray(from, open), Buffer.from(`"${MARKER_JSON}${lifted.length}"`));
            lifted.push(new LiftedString(body.subarray(open + 1, end)));
            from = end + 1;
        }
        open = body.indexOf(QUOTE, end + 1);
    }
    if (lifted.length === 0)
        return JSON.parse(body.toString('utf8'));
    pieces.push(body.subarray(from));
    return JSON.parse(Buffer.concat(pieces).toString('utf8'), (_k, v) => typeof v === 'string' && v.startsWith(MARKER) ? lifted[Number(v.slice(MARKER.length))] : v);
}
/**
 * Parses a JSON body (as bytes: long strings are lifted, see parseLifting); anything else is
 * `bad-output` naming the API.
 */
function readJson(api, body) {
    try {
        return new JsonReader(api, typeof body === 'string' ? JSON.parse(body) : parseLifting(body));
    }
    catch (error) {
        const text = typeof body === 'string' ? body : body.toString('utf8', 0, 120);
        throw new types/* ProviderError */.m('bad-output', `${api} answered something that is not JSON: ${text.slice(0, 120)}`, {
            cause: error,
        });
    }
}

;// CONCATENATED MODULE: ./src/providers/fal/index.ts









const API = 'fal';
const KEY_ENV = 'FAL_KEY';
/** fal.ai's queue: submit, poll the returned status_url, fetch response_url, download the image. */
const fal = {
    id: 'fal',
    keyEnv: KEY_ENV,
    defaultBaseUrl: 'https://queue.fal.run',
    capabilities: { async: true, cancel: true, idempotencyKey: false, reference: true },
    create: (ctx) => {
        const book = new JobBook();
        const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
        return hosted({ id: 'fal', generate: (req) => generate(ctx, book, clock, req) }, ctx);
    },
};
const FLUX_SIZES = {
    '1:1': 'square_hd',
    '4:3': 'landscape_4_3',
    '3:4': 'portrait_4_3',
    '16:9': 'landscape_16_9',
    '9:16': 'portrait_16_9',
};
/** The endpoint and inputs: nano-banana takes aspect_ratio/resolution (and image_urls on /edit), flux image_size. */
function falInput(req) {
    const route = (0,models/* routeByProviderModel */.JH)('fal', req.providerModel);
    const input = {
        prompt: promptWithNegative(req.spec, false),
        num_images: 1,
        output_format: 'png',
    };
    if (route?.seed)
        input.seed = req.spec.seed;
    let endpoint = req.providerModel;
    if (route?.tiers) {
        input.aspect_ratio = req.aspect;
        const resolution = (0,models/* tierFor */.ic)(route, req.spec.size);
        if (resolution)
            input.resolution = resolution;
    }
    else {
        const size = FLUX_SIZES[req.aspect];
        if (!size)
            throw new types/* ProviderError */.m('validation', `${API} ${req.providerModel} has no image_size for aspect ${req.aspect}; pick another model for this placement`);
        input.image_size = size;
    }
    if (req.reference && route?.reference && route.editModel) {
        endpoint = route.editModel;
        input.image_urls = [dataUri(req.reference)];
    }
    return { endpoint, input };
}
async function generate(ctx, book, clock, req) {
    const now = ctx.now ?? Date.now;
    const auth = { authorization: `Key ${ctx.key}` };
    const base = new URL(ctx.baseUrl);
    const call = (method, url, body, signal = req.signal) => {
        // The key goes only to the API's own host, whatever URL an answer names.
        if (new URL(url).origin !== base.origin)
            throw new types/* ProviderError */.m('bad-output', `${API} named a job URL on another host (${new URL(url).host}); refusing to send the key there`);
        return httpCall(API, url, {
            method,
            headers: jsonHeaders(auth),
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            signal,
            maxBytes: ctx.maxBytes,
            timeoutMs: ctx.timeoutMs,
        });
    };
    let job = book.resumable(req);
    let submittedAt;
    if (!job) {
        const { endpoint, input } = falInput(req);
        const sentAt = now();
        const res = await call('POST', joinUrl(ctx.baseUrl, endpoint), input);
        const text = res.body.toString('utf8');
        if (res.status !== 200 && res.status !== 201 && res.status !== 202)
            throw falError(res.status, res.headers, text);
        const a = readJson(API, text);
        job = {
            id: a.get('request_id').string(),
            pollUrl: a.get('status_url').string(),
            resultUrl: a.get('response_url').string(),
            ...(a.get('cancel_url').optString() ? { cancelUrl: a.get('cancel_url').string() } : {}),
        };
        submittedAt = sentAt;
        await book.started(req, job);
    }
    const ref = jobUrls(job, ctx.baseUrl, req.providerModel);
    const cancel = ref.cancelUrl
        ? async () => void (await call('PUT', ref.cancelUrl, undefined, AbortSignal.timeout(10_000)))
        : undefined;
    return withCancel(req, book, cancel, async () => {
        await pollJob({
            api: API,
            signal: req.signal,
            deadline: now() + ctx.timeoutMs,
            initialMs: ctx.pollInitialMs ?? 500,
            maxMs: ctx.pollMaxMs ?? 5000,
            now,
            ...(submittedAt !== undefined ? { timing: { clock, model: req.providerModel, submittedAt } } : {}),
            check: async () => {
                const res = await call('GET', ref.pollUrl);
                const text = res.body.toString('utf8');
                if (res.status !== 200 && res.status !== 202)
                    throw jobGone(res.status, res.headers, text, book, req);
                const status = readJson(API, text).get('status').oneOf(['IN_QUEUE', 'IN_PROGRESS', 'COMPLETED']);
                return status === 'COMPLETED' ? true : undefined;
            },
        });
        const res = await call('GET', ref.resultUrl);
        const text = res.body.toString('utf8');
        // The job is over either way: a retry after this point submits a new one.
        book.finished(req);
        if (res.status !== 200)
            throw falError(res.status, res.headers, text);
        const first = readJson(API, text).get('images').items()[0];
        if (!first)
            throw new types/* ProviderError */.m('bad-output', `${API} job ${ref.id} completed without an image`);
        const image = await downloadResult(first.get('url').string(), {
            api: API,
            signal: req.signal,
            maxBytes: ctx.maxBytes,
            timeoutMs: ctx.timeoutMs,
            allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
        });
        return { images: [image], jobId: ref.id };
    });
}
/**
 * A resumed job may carry only some URLs (the journal keeps id, status and cancel URL): the rest
 * follow fal's queue layout, `{base}/{owner}/{app}/requests/{id}` (sub-paths of the model id dropped).
 */
function jobUrls(job, baseUrl, providerModel) {
    const app = providerModel.split('/').slice(0, 2).join('/');
    const requestUrl = joinUrl(baseUrl, `${app}/requests/${encodeURIComponent(job.id)}`);
    const pollUrl = job.pollUrl ?? `${requestUrl}/status`;
    return {
        ...job,
        pollUrl,
        resultUrl: job.resultUrl ?? (pollUrl.endsWith('/status') ? pollUrl.slice(0, -'/status'.length) : requestUrl),
    };
}
function jobGone(status, headers, text, book, req) {
    // A job the queue no longer knows (expired, or from another account) cannot be resumed: submit anew.
    if (status === 404 || status === 410) {
        book.finished(req);
        return new types/* ProviderError */.m('transient', `${API} no longer knows the job (HTTP ${status}); submitting it again`, { status });
    }
    return falError(status, headers, text);
}
/** 422 `{detail:[{loc,msg,type}]}`; `content_policy_violation` is a safety block; X-Fal-Retryable decides. */
function falError(status, headers, text) {
    const body = maybeJson(text);
    const items = Array.isArray(body?.detail) ? body.detail : [];
    const type = items.map((d) => d.type).find((t) => typeof t === 'string');
    const message = items.length
        ? items.map((d) => String(d.msg ?? '')).join('; ')
        : commonErrorText(body, text).message;
    const detail = { ...(type ? { reason: type } : {}), message };
    if (type === 'content_policy_violation')
        return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'safety' });
    if (status === 401 || status === 403)
        return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'auth' });
    if (status === 504 && headerValue(headers, 'x-fal-request-timeout-type') === 'user')
        return apiFailure(API, KEY_ENV, status, headers, {
            ...detail,
            reason: 'request timeout set by the caller',
            kind: 'validation',
        });
    const retryable = headerValue(headers, 'x-fal-retryable');
    const failure = apiFailure(API, KEY_ENV, status, headers, detail);
    if (retryable === 'false' && failure.retryable)
        return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
    if (retryable === 'true' && !failure.retryable)
        return apiFailure(API, KEY_ENV, status, headers, { ...detail, kind: 'transient' });
    return failure;
}

;// CONCATENATED MODULE: ./src/providers/gemini/index.ts








const gemini_API = 'Gemini';
const gemini_KEY_ENV = 'GEMINI_API_KEY';
/** Google's Gemini image models ("nano banana") through `models/{model}:generateContent`. */
const gemini = {
    id: 'gemini',
    keyEnv: gemini_KEY_ENV,
    defaultBaseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
    create: (ctx) => hosted({ id: 'gemini', generate: (req) => gemini_generate(ctx, req) }, ctx),
};
function body(req) {
    const route = (0,models/* routeByProviderModel */.JH)('gemini', req.providerModel);
    const parts = [{ text: promptWithNegative(req.spec, false) }];
    // Reference photos go in as inline parts: there is no separate edit endpoint.
    if (req.reference)
        parts.push({
            inlineData: { mimeType: req.reference.mimeType, data: req.reference.bytes.toString('base64') },
        });
    const imageSize = route ? (0,models/* tierFor */.ic)(route, req.spec.size) : undefined;
    return {
        contents: [{ role: 'user', parts }],
        generationConfig: {
            responseModalities: ['IMAGE'],
            imageConfig: { aspectRatio: req.aspect, ...(imageSize ? { imageSize } : {}) },
        },
    };
}
async function gemini_generate(ctx, req) {
    const url = joinUrl(ctx.baseUrl, `models/${encodeURIComponent(req.providerModel)}:generateContent`);
    const res = await httpCall(gemini_API, url, {
        method: 'POST',
        headers: jsonHeaders({ 'x-goog-api-key': ctx.key }),
        body: JSON.stringify(body(req)),
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200)
        throw geminiError(res.status, res.headers, res.body.toString('utf8'), req.providerModel);
    const bytes = imageFrom(readJson(gemini_API, res.body));
    return { images: [{ bytes, mimeType: await checkImage(gemini_API, bytes) }] };
}
/** The last non-thought image part of the first candidate; a 200 without one is a safety block or a refusal. */
function imageFrom(answer) {
    const candidates = answer.get('candidates').items();
    const blockReason = answer.has('promptFeedback')
        ? answer.get('promptFeedback').get('blockReason').optString()
        : undefined;
    if (candidates.length === 0) {
        throw new types/* ProviderError */.m('safety', `${gemini_API} blocked the prompt (promptFeedback.blockReason ${blockReason ?? 'unstated'}); change the prompt or the source photo`, {
            reason: blockReason ?? 'NO_CANDIDATES',
        });
    }
    const first = candidates[0];
    const parts = first.has('content') ? first.get('content').get('parts').items() : [];
    let image;
    for (const part of parts) {
        if (part.get('thought').optBoolean() === true || !part.has('inlineData'))
            continue;
        const inline = part.get('inlineData');
        const mime = inline.get('mimeType').optString() ?? '';
        if (mime.startsWith('image/'))
            image = inline.get('data');
    }
    if (image !== undefined)
        return image.base64();
    const finish = first.get('finishReason').optString() ?? 'unstated';
    const said = parts
        .map((p) => p.get('text').optString())
        .filter(Boolean)
        .join(' ')
        .slice(0, 200);
    // Only a plain stop without an image could be luck; every other finish reason is a refusal.
    const kind = /SAFETY|PROHIBITED|RECITATION|BLOCKLIST|SPII/.test(finish) ? 'safety' : 'refused';
    throw new types/* ProviderError */.m(kind, `${gemini_API} returned no image (finishReason ${finish})${said ? `: ${said}` : ''}; change the prompt or the source photo`, {
        reason: finish,
    });
}
/** Maps the google.rpc.Status envelope: an invalid key is a 400, a 429's wait is in the body. */
function geminiError(status, headers, text, providerModel) {
    const err = (maybeJson(text)?.error ?? {});
    const details = Array.isArray(err.details) ? err.details : [];
    const typed = (suffix) => details.filter((d) => typeof d['@type'] === 'string' && d['@type'].endsWith(suffix));
    const reason = typed('google.rpc.ErrorInfo')
        .map((d) => d.reason)
        .find((r) => typeof r === 'string');
    const message = typeof err.message === 'string' ? err.message : text.slice(0, 200);
    const code = reason ?? err.status;
    if (reason === 'API_KEY_INVALID' || err.status === 'UNAUTHENTICATED' || err.status === 'PERMISSION_DENIED')
        return apiFailure(gemini_API, gemini_KEY_ENV, status, headers, { kind: 'auth', reason: code, message });
    if (status === 404 || err.status === 'NOT_FOUND')
        return apiFailure(gemini_API, gemini_KEY_ENV, status, headers, {
            kind: 'unavailable',
            reason: code,
            message: `${message}; ${retiredHint(providerModel)}`,
        });
    if (status === 429) {
        const perDay = typed('google.rpc.QuotaFailure').some((d) => JSON.stringify(d.violations ?? '').match(/PerDay|per_day|perday/i));
        if (perDay)
            return apiFailure(gemini_API, gemini_KEY_ENV, status, headers, {
                kind: 'credits',
                reason: 'daily quota exhausted',
                message,
            });
        const delay = typed('google.rpc.RetryInfo')
            .map((d) => d.retryDelay)
            .find((d) => typeof d === 'string');
        const ms = delay && /^\d+(\.\d+)?s$/.test(delay) ? Math.round(parseFloat(delay) * 1000) : undefined;
        return apiFailure(gemini_API, gemini_KEY_ENV, status, headers, {
            reason: code,
            message,
            ...(ms !== undefined ? { retryAfterMs: ms } : {}),
        });
    }
    return apiFailure(gemini_API, gemini_KEY_ENV, status, headers, { reason: code, message });
}
function retiredHint(providerModel) {
    const live = models/* MODELS */.L6.filter((m) => !m.retired).flatMap((m) => m.routes.filter((r) => r.provider === 'gemini').map((r) => ({ id: m.id, r })));
    const successor = live.find((x) => providerModel.startsWith(x.r.providerModel));
    return successor
        ? `model retired: use ${successor.r.providerModel} (shotlist model ${successor.id}); update shotlist`
        : `model retired: Gemini serves ${live.map((x) => x.r.providerModel).join(', ')}`;
}

;// CONCATENATED MODULE: ./src/providers/openai/index.ts









const openai_API = 'OpenAI';
const openai_KEY_ENV = 'OPENAI_API_KEY';
/** OpenAI Images (gpt-image-*): synchronous, sizes instead of aspects, base64 answers. */
const openai = {
    id: 'openai',
    keyEnv: openai_KEY_ENV,
    defaultBaseUrl: 'https://api.openai.com/v1',
    capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
    create: (ctx) => hosted({ id: 'openai', generate: (req) => openai_generate(ctx, req) }, ctx),
};
/** The size to ask for: the route's size for the (already planned) aspect, else the planned crop's. */
function sizeFor(route, aspect) {
    const size = route?.sizes?.[aspect] ?? (route ? (0,models/* aspectPlan */.Qq)(route, aspect)?.size : undefined);
    if (!size)
        throw new types/* ProviderError */.m('validation', `${openai_API} has no size for aspect ${aspect} (it makes ${Object.keys(route?.sizes ?? {}).join(', ') || 'fixed sizes'}); pick another model for this placement`);
    return size;
}
function fields(req, route) {
    return {
        // Always named: without it the API silently uses dall-e-2.
        model: req.providerModel,
        prompt: promptWithNegative(req.spec, false),
        n: '1',
        size: sizeFor(route, req.aspect),
        quality: 'high',
        output_format: 'png',
    };
}
async function openai_generate(ctx, req) {
    const route = (0,models/* routeByProviderModel */.JH)('openai', req.providerModel);
    const f = fields(req, route);
    const auth = { authorization: `Bearer ${ctx.key}` };
    let url;
    let body;
    let headers;
    if (req.reference) {
        // The product photo goes to the edits endpoint as a multipart file (the OpenAPI spec's form).
        const form = new undici.FormData();
        for (const [k, v] of Object.entries(f))
            form.append(k, v);
        form.append('input_fidelity', 'high');
        form.append('image[]', new Blob([new Uint8Array(req.reference.bytes)], { type: req.reference.mimeType }), `reference.${req.reference.mimeType.split('/')[1] ?? 'png'}`);
        url = joinUrl(ctx.baseUrl, 'images/edits');
        body = form;
        headers = { accept: 'application/json', ...auth };
    }
    else {
        url = joinUrl(ctx.baseUrl, 'images/generations');
        body = JSON.stringify({ ...f, n: 1 });
        headers = jsonHeaders(auth);
    }
    const res = await httpCall(openai_API, url, {
        method: 'POST',
        headers,
        body,
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200)
        throw openaiError(res.status, res.headers, res.body.toString('utf8'));
    const answer = readJson(openai_API, res.body);
    const first = answer.get('data').items()[0];
    if (!first?.has('b64_json'))
        throw new types/* ProviderError */.m('bad-output', `${openai_API} answered 200 without data[0].b64_json`);
    const bytes = first.get('b64_json').base64();
    const cost = costFromUsage(answer, route);
    return {
        images: [{ bytes, mimeType: await checkImage(openai_API, bytes) }],
        ...(cost !== undefined ? { costUsd: cost } : {}),
    };
}
/** USD from the answer's token `usage` and the route's token prices; undefined when either is missing. */
function costFromUsage(answer, route) {
    if (!route?.tokenUsd || !answer.has('usage'))
        return undefined;
    const usage = answer.get('usage');
    const input = usage.get('input_tokens').optNumber() ?? 0;
    const output = usage.get('output_tokens').optNumber() ?? 0;
    const details = usage.has('input_tokens_details') ? usage.get('input_tokens_details') : undefined;
    const imageIn = details?.get('image_tokens').optNumber() ?? 0;
    const textIn = details?.get('text_tokens').optNumber() ?? input - imageIn;
    const p = route.tokenUsd;
    const usd = (textIn * p.textIn + imageIn * p.imageIn + output * p.imageOut) / 1_000_000;
    return Math.round(usd * 1_000_000) / 1_000_000;
}
/** `{error:{message,type,param,code}}`: moderation_blocked is a safety refusal, invalid_api_key quotes the key. */
function openaiError(status, headers, text) {
    const err = (maybeJson(text)?.error ?? {});
    const code = typeof err.code === 'string' ? err.code : typeof err.type === 'string' ? err.type : undefined;
    const message = typeof err.message === 'string' ? err.message : text.slice(0, 200);
    const requestId = headerValue(headers, 'x-request-id');
    const detail = {
        ...(code ? { reason: code } : {}),
        message: requestId ? `${message} [request ${requestId}]` : message,
    };
    if (code === 'moderation_blocked' || code === 'content_policy_violation')
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'safety' });
    if (code === 'invalid_api_key' || status === 401)
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'auth' });
    if (code === 'insufficient_quota' || code === 'billing_hard_limit_reached')
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'credits' });
    if (code === 'model_not_found' || (status === 404 && /model/i.test(message)))
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
    const failure = apiFailure(openai_API, openai_KEY_ENV, status, headers, detail);
    // The API's own verdict on retrying wins over the status (the SDK does the same).
    const should = headerValue(headers, 'x-should-retry');
    if (should === 'false' && failure.retryable)
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
    if (should === 'true' && !failure.retryable)
        return apiFailure(openai_API, openai_KEY_ENV, status, headers, { ...detail, kind: 'transient' });
    return failure;
}

;// CONCATENATED MODULE: ./src/providers/pixelmuse/index.ts










const pixelmuse_API = 'Pixelmuse';
const pixelmuse_KEY_ENV = 'PIXELMUSE_API_KEY';
const STATUSES = ['pending', 'processing', 'succeeded', 'failed'];
const STYLES = new Set(['realistic', 'anime', 'artistic']);
/** Pixelmuse (the seed's service): one POST with `Prefer: wait`, 202 + polling for slow models. */
const pixelmuse = {
    id: 'pixelmuse',
    keyEnv: pixelmuse_KEY_ENV,
    // www: the bare host redirects and drops the Authorization header.
    defaultBaseUrl: 'https://www.pixelmuse.studio/api/v1',
    capabilities: { async: true, cancel: false, idempotencyKey: true, reference: true },
    create: (ctx) => {
        const book = new JobBook();
        const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
        return hosted({ id: 'pixelmuse', generate: (req) => pixelmuse_generate(ctx, book, clock, req) }, ctx);
    },
};
function pixelmuseBody(req) {
    const route = (0,models/* routeByProviderModel */.JH)('pixelmuse', req.providerModel);
    const { spec } = req;
    return {
        prompt: spec.prompt,
        model: req.providerModel,
        aspect_ratio: req.aspect,
        ...(spec.style && STYLES.has(spec.style) ? { style: spec.style } : {}),
        ...(spec.negative && route?.negativePrompt !== false ? { negative_prompt: spec.negative } : {}),
        ...(req.reference && route?.reference ? { image_input: [dataUri(req.reference)] } : {}),
    };
}
function generation(a) {
    const error = a.get('error').value;
    const credits = a.get('credits_charged').optNumber();
    return {
        id: a.get('id').string(),
        status: a.get('status').oneOf(STATUSES),
        output: a.get('output').items(),
        ...(credits !== undefined ? { credits } : {}),
        ...(error ? { error: typeof error === 'string' ? error : commonErrorText({ error }, '').message } : {}),
    };
}
async function pixelmuse_generate(ctx, book, clock, req) {
    const now = ctx.now ?? Date.now;
    const headers = jsonHeaders({ authorization: `Bearer ${ctx.key}` });
    const call = (method, path, extra = {}, body) => httpCall(pixelmuse_API, joinUrl(ctx.baseUrl, path), {
        method,
        headers: { ...headers, ...extra },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
    });
    let current;
    let job = book.resumable(req);
    let submittedAt;
    if (!job) {
        const wait = Math.max(1, Math.min(60, Math.floor(ctx.timeoutMs / 1000) - 1));
        // The key is derived from the shot: a submit repeated after a lost answer is not paid twice.
        const sentAt = now();
        const res = await call('POST', 'images', { prefer: `wait=${wait}`, 'idempotency-key': req.idempotencyKey.slice(0, 255) }, pixelmuseBody(req));
        if (res.status !== 200 && res.status !== 201 && res.status !== 202)
            throw pixelmuseError(res.status, res.headers, res.body.toString('utf8'));
        current = generation(readJson(pixelmuse_API, res.body));
        job = {
            id: current.id,
            pollUrl: joinUrl(ctx.baseUrl, `images/${encodeURIComponent(current.id)}`),
        };
        if (current.status === 'pending' || current.status === 'processing') {
            // Still running after `Prefer: wait`: it has run since the submit was sent.
            submittedAt = sentAt;
            await book.started(req, job);
        }
    }
    const id = job.id;
    // Pixelmuse documents no cancel: a cancelled run leaves the job to finish (the journal keeps its id).
    return withCancel(req, book, undefined, async () => {
        const done = current && (current.status === 'succeeded' || current.status === 'failed')
            ? current
            : await pollJob({
                api: pixelmuse_API,
                signal: req.signal,
                deadline: now() + ctx.timeoutMs,
                initialMs: ctx.pollInitialMs ?? 2000,
                maxMs: ctx.pollMaxMs ?? 5000,
                now,
                ...(submittedAt !== undefined
                    ? { timing: { clock, model: req.providerModel, submittedAt } }
                    : {}),
                check: jobCheck({
                    api: pixelmuse_API,
                    noun: 'generation',
                    id,
                    get: () => call('GET', `images/${encodeURIComponent(id)}`),
                    forget: () => book.finished(req),
                    fail: pixelmuseError,
                    done: (body) => {
                        const g = generation(readJson(pixelmuse_API, body));
                        return g.status === 'succeeded' || g.status === 'failed' ? g : undefined;
                    },
                }),
            });
        book.finished(req);
        return finish(ctx, req, done);
    });
}
async function finish(ctx, req, g) {
    if (g.status === 'failed')
        throw failedJobError({ api: pixelmuse_API, noun: 'generation', id: g.id, error: g.error }, { pattern: /nsfw|safety|moderat|content polic|inappropriate/i, reason: 'safety' });
    const out = g.output[0];
    if (!out)
        throw new types/* ProviderError */.m('bad-output', `${pixelmuse_API} generation ${g.id} succeeded with no output`);
    const inline = out.dataUri();
    const image = inline
        ? { bytes: inline, mimeType: await checkImage(pixelmuse_API, inline) }
        : await downloadResult(out.string(), {
            api: pixelmuse_API,
            signal: req.signal,
            maxBytes: ctx.maxBytes,
            timeoutMs: ctx.timeoutMs,
            allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
        });
    const cost = g.credits !== undefined ? Math.round(g.credits * models/* PIXELMUSE_USD_PER_CREDIT */.MW * 10_000) / 10_000 : undefined;
    return { images: [image], jobId: g.id, ...(cost !== undefined ? { costUsd: cost } : {}) };
}
/** `{error:"msg"}`, `{error:{message,code}}` or `{message}`; 402 is out of credits. */
function pixelmuseError(status, headers, text) {
    const { message, code } = commonErrorText(maybeJson(text), text);
    const detail = { message, ...(code ? { reason: code } : {}) };
    if (status === 402)
        return apiFailure(pixelmuse_API, pixelmuse_KEY_ENV, status, headers, { ...detail, kind: 'credits' });
    if (status === 404 && /model/i.test(message))
        return apiFailure(pixelmuse_API, pixelmuse_KEY_ENV, status, headers, { ...detail, kind: 'unavailable' });
    if (status === 400 && /nsfw|safety|moderat|content polic/i.test(message))
        return apiFailure(pixelmuse_API, pixelmuse_KEY_ENV, status, headers, { ...detail, kind: 'safety' });
    return apiFailure(pixelmuse_API, pixelmuse_KEY_ENV, status, headers, detail);
}

;// CONCATENATED MODULE: ./src/providers/recraft/index.ts









const recraft_API = 'Recraft';
const recraft_KEY_ENV = 'RECRAFT_API_TOKEN';
/**
 * Recraft's OpenAI-like generations endpoint, and image-to-image with the product photo; result
 * URLs expire, so they are fetched at once.
 */
const recraft = {
    id: 'recraft',
    keyEnv: recraft_KEY_ENV,
    defaultBaseUrl: 'https://external.api.recraft.ai/v1',
    capabilities: { async: false, cancel: false, idempotencyKey: false, reference: true },
    create: (ctx) => hosted({ id: 'recraft', generate: (req) => recraft_generate(ctx, req) }, ctx),
};
// V3 styles; V4 takes no style field, so other values are not sent.
const recraft_STYLES = {
    realistic: 'realistic_image',
    illustration: 'digital_illustration',
    vector: 'vector_illustration',
    icon: 'icon',
};
function recraftBody(req) {
    const route = (0,models/* routeByProviderModel */.JH)('recraft', req.providerModel);
    const reference = req.reference && route?.reference ? req.reference : undefined;
    const size = route?.sizes?.[req.aspect];
    if (!size)
        throw new types/* ProviderError */.m('validation', `${recraft_API} ${req.providerModel} has no size for aspect ${req.aspect} (it makes ${Object.keys(route?.sizes ?? {}).join(', ')}); pick another model for this placement`);
    const style = req.providerModel === 'recraftv3' && req.spec.style ? recraft_STYLES[req.spec.style] : undefined;
    return {
        prompt: req.spec.prompt,
        model: req.providerModel,
        size,
        n: 1,
        random_seed: req.spec.seed,
        ...(req.spec.negative ? { negative_prompt: req.spec.negative } : {}),
        ...(style ? { style } : {}),
        // imageToImage: the photo as a data URI (no upload step), with the strength every API shares.
        ...(reference ? { image_url: dataUri(reference), strength: REFERENCE_STRENGTH } : {}),
    };
}
async function recraft_generate(ctx, req) {
    const body = recraftBody(req);
    const path = body.image_url === undefined ? 'images/generations' : 'images/imageToImage';
    const res = await httpCall(recraft_API, joinUrl(ctx.baseUrl, path), {
        method: 'POST',
        headers: jsonHeaders({ authorization: `Bearer ${ctx.key}` }),
        body: JSON.stringify(body),
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
    });
    if (res.status !== 200)
        throw recraftError(res.status, res.headers, res.body.toString('utf8'));
    const first = readJson(recraft_API, res.body).get('data').items()[0];
    if (!first)
        throw new types/* ProviderError */.m('bad-output', `${recraft_API} answered 200 with no image in data`);
    if (first.has('b64_json')) {
        const bytes = first.get('b64_json').base64();
        return { images: [{ bytes, mimeType: await checkImage(recraft_API, bytes) }] };
    }
    const url = first.get('url').string();
    const image = await downloadResult(url, {
        api: recraft_API,
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
        allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
    });
    return { images: [image] };
}
/** Error bodies may be plain text (`request unauthorized`): read as text, then try JSON. */
function recraftError(status, headers, text) {
    const { message, code } = commonErrorText(maybeJson(text), text);
    const safety = /nsfw|inappropriate|safety|moderat/i.test(`${code ?? ''} ${message}`);
    return apiFailure(recraft_API, recraft_KEY_ENV, status, headers, {
        ...(code ? { reason: code } : {}),
        message,
        ...(safety && status >= 400 && status < 500 && status !== 429 ? { kind: 'safety' } : {}),
    });
}

;// CONCATENATED MODULE: ./src/providers/replicate/index.ts









const replicate_API = 'Replicate';
const replicate_KEY_ENV = 'REPLICATE_API_TOKEN';
const replicate_STATUSES = ['starting', 'processing', 'succeeded', 'failed', 'canceled', 'aborted'];
/** Replicate predictions: `Prefer: wait` answers fast jobs at once; slower ones are polled at urls.get. */
const replicate = {
    id: 'replicate',
    keyEnv: replicate_KEY_ENV,
    defaultBaseUrl: 'https://api.replicate.com/v1',
    capabilities: { async: true, cancel: true, idempotencyKey: false, reference: true },
    create: (ctx) => {
        const book = new JobBook();
        const clock = new JobClock({ maxMs: ctx.pollMaxMs ?? 5000 });
        return hosted({ id: 'replicate', generate: (req) => replicate_generate(ctx, book, clock, req) }, ctx);
    },
};
// Google's nano banana models on Replicate take their own inputs (image_input, resolution), not flux's.
const NANO_BANANA = new Set(['google/nano-banana', 'google/nano-banana-pro']);
function replicateInput(req) {
    const route = (0,models/* routeByProviderModel */.JH)('replicate', req.providerModel);
    const reference = req.reference && route?.reference ? req.reference : undefined;
    if (NANO_BANANA.has(req.providerModel)) {
        const resolution = route ? (0,models/* tierFor */.ic)(route, req.spec.size) : undefined;
        return {
            prompt: promptWithNegative(req.spec, false),
            aspect_ratio: req.aspect,
            output_format: 'png',
            ...(resolution ? { resolution } : {}),
            ...(reference ? { image_input: [dataUri(reference)] } : {}),
        };
    }
    return {
        prompt: promptWithNegative(req.spec, false),
        aspect_ratio: req.aspect,
        num_outputs: 1,
        output_format: 'png',
        ...(route?.seed ? { seed: req.spec.seed } : {}),
        // flux-dev's image-to-image: the product photo, with how far the prompt may move from it.
        ...(reference ? { image: dataUri(reference), prompt_strength: REFERENCE_STRENGTH } : {}),
    };
}
function prediction(a) {
    const output = a.get('output');
    const first = Array.isArray(output.value) ? output.items()[0]?.optString() : output.optString();
    const urls = a.has('urls') ? a.get('urls') : undefined;
    const error = a.get('error').value;
    return {
        id: a.get('id').string(),
        status: a.get('status').oneOf(replicate_STATUSES),
        ...(first ? { output: first } : {}),
        ...(error ? { error: typeof error === 'string' ? error : JSON.stringify(error) } : {}),
        ...(urls?.get('get').optString() ? { get: urls.get('get').string() } : {}),
        ...(urls?.get('cancel').optString() ? { cancel: urls.get('cancel').string() } : {}),
    };
}
async function replicate_generate(ctx, book, clock, req) {
    const now = ctx.now ?? Date.now;
    const base = new URL(ctx.baseUrl);
    const headers = jsonHeaders({ authorization: `Bearer ${ctx.key}` });
    const call = (method, url, extra = {}, body, signal = req.signal) => {
        if (new URL(url).origin !== base.origin)
            throw new types/* ProviderError */.m('bad-output', `${replicate_API} named a prediction URL on another host (${new URL(url).host}); refusing to send the key there`);
        return httpCall(replicate_API, url, {
            method,
            headers: { ...headers, ...extra },
            ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
            signal,
            maxBytes: ctx.maxBytes,
            timeoutMs: ctx.timeoutMs,
        });
    };
    let current;
    let job = book.resumable(req);
    let submittedAt;
    if (!job) {
        const wait = Math.max(1, Math.min(60, Math.floor(ctx.timeoutMs / 1000) - 1));
        const sentAt = now();
        const res = await call('POST', joinUrl(ctx.baseUrl, `models/${req.providerModel}/predictions`), { prefer: `wait=${wait}` }, { input: replicateInput(req) });
        const text = res.body.toString('utf8');
        if (res.status !== 200 && res.status !== 201 && res.status !== 202)
            throw replicateError(res.status, res.headers, text);
        current = prediction(readJson(replicate_API, text));
        job = {
            id: current.id,
            ...(current.get ? { pollUrl: current.get } : {}),
            ...(current.cancel ? { cancelUrl: current.cancel } : {}),
        };
        if (current.status === 'starting' || current.status === 'processing') {
            // Still running after `Prefer: wait`: it has run since the submit was sent.
            submittedAt = sentAt;
            await book.started(req, job);
        }
    }
    const ref = job;
    const cancel = ref.cancelUrl
        ? async () => void (await call('POST', ref.cancelUrl, {}, undefined, AbortSignal.timeout(10_000)))
        : undefined;
    return withCancel(req, book, cancel, async () => {
        const now = ctx.now ?? Date.now;
        const pollUrl = ref.pollUrl ?? joinUrl(ctx.baseUrl, `predictions/${encodeURIComponent(ref.id)}`);
        const done = current && !['starting', 'processing'].includes(current.status)
            ? current
            : await pollJob({
                api: replicate_API,
                signal: req.signal,
                deadline: now() + ctx.timeoutMs,
                initialMs: ctx.pollInitialMs ?? 500,
                maxMs: ctx.pollMaxMs ?? 5000,
                now,
                ...(submittedAt !== undefined
                    ? { timing: { clock, model: req.providerModel, submittedAt } }
                    : {}),
                check: jobCheck({
                    api: replicate_API,
                    noun: 'prediction',
                    id: ref.id,
                    get: () => call('GET', pollUrl),
                    forget: () => book.finished(req),
                    fail: replicateError,
                    done: (body) => {
                        const p = prediction(readJson(replicate_API, body));
                        return p.status === 'starting' || p.status === 'processing' ? undefined : p;
                    },
                }),
            });
        book.finished(req);
        return replicate_finish(ctx, req, done);
    });
}
async function replicate_finish(ctx, req, p) {
    // A refusal is not an HTTP error here: the prediction fails with a model-specific text.
    if (p.status === 'failed')
        throw failedJobError({ api: replicate_API, noun: 'prediction', id: p.id, error: p.error }, { pattern: /nsfw|safety|sensitive|flagged|content polic/i, reason: 'nsfw' });
    if (p.status !== 'succeeded')
        throw new types/* ProviderError */.m('transient', `${replicate_API} prediction ${p.id} ended ${p.status} without our asking; trying again`);
    if (!p.output)
        throw new types/* ProviderError */.m('bad-output', `${replicate_API} prediction ${p.id} succeeded without an output URL`);
    const image = await downloadResult(p.output, {
        api: replicate_API,
        signal: req.signal,
        maxBytes: ctx.maxBytes,
        timeoutMs: ctx.timeoutMs,
        allowLoopbackHttp: isLoopbackBase(ctx.baseUrl),
    });
    return { images: [image], jobId: p.id };
}
/** `{title, detail, status}` problem bodies; 429's wait is in Retry-After. */
function replicateError(status, headers, text) {
    const body = maybeJson(text);
    const { message } = commonErrorText(body, text);
    const title = typeof body?.title === 'string' ? body.title : undefined;
    if (status === 404 && /model|version/i.test(message))
        return apiFailure(replicate_API, replicate_KEY_ENV, status, headers, {
            kind: 'unavailable',
            message,
            ...(title ? { reason: title } : {}),
        });
    return apiFailure(replicate_API, replicate_KEY_ENV, status, headers, { message, ...(title ? { reason: title } : {}) });
}

;// CONCATENATED MODULE: ./src/providers/studio/colour.ts
/** sRGB to CIE Lab (D65) for the matte's colour distances; a lookup table keeps it cheap per pixel. */
const LINEAR = new Float32Array(256);
for (let i = 0; i < 256; i++) {
    const c = i / 255;
    LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
}
function f(t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116;
}
/** Converts an interleaved 8-bit sRGB buffer (3 or more channels, first three used) to Lab planes. */
function toLab(rgb, width, height, channels) {
    const n = width * height;
    const L = new Float32Array(n);
    const a = new Float32Array(n);
    const b = new Float32Array(n);
    for (let i = 0, p = 0; i < n; i++, p += channels) {
        const r = LINEAR[rgb[p]];
        const g = LINEAR[rgb[p + 1]];
        const bl = LINEAR[rgb[p + 2]];
        const x = f((0.4124 * r + 0.3576 * g + 0.1805 * bl) / 0.95047);
        const y = f(0.2126 * r + 0.7152 * g + 0.0722 * bl);
        const z = f((0.0193 * r + 0.1192 * g + 0.9505 * bl) / 1.08883);
        L[i] = 116 * y - 16;
        a[i] = 500 * (x - y);
        b[i] = 200 * (y - z);
    }
    return { width, height, L, a, b };
}
/** Parses `#RRGGBB`; undefined when malformed. */
function parseHex(value) {
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
    if (!m)
        return undefined;
    return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

;// CONCATENATED MODULE: ./src/providers/studio/dilate.ts
/**
 * `mask` grown by r pixels (a square, two separable passes), kept only where `within` is set
 * when it is given. The forward and backward sweeps give each pixel the distance to the nearest
 * set pixel in its row, then in its column.
 */
function dilate(mask, w, h, r, within) {
    const tmp = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
        let last = -Infinity;
        for (let x = 0; x < w; x++) {
            if (mask[y * w + x])
                last = x;
            if (x - last <= r)
                tmp[y * w + x] = 1;
        }
        last = Infinity;
        for (let x = w - 1; x >= 0; x--) {
            if (mask[y * w + x])
                last = x;
            if (last - x <= r)
                tmp[y * w + x] = 1;
        }
    }
    const out = new Uint8Array(w * h);
    for (let x = 0; x < w; x++) {
        let last = -Infinity;
        for (let y = 0; y < h; y++) {
            if (tmp[y * w + x])
                last = y;
            if (y - last <= r && (!within || within[y * w + x]))
                out[y * w + x] = 1;
        }
        last = Infinity;
        for (let y = h - 1; y >= 0; y--) {
            if (tmp[y * w + x])
                last = y;
            if (last - y <= r && (!within || within[y * w + x]))
                out[y * w + x] = 1;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/providers/studio/regions.ts
// Region growing shared by the mattes and the graph cut's clean-up: a flood from the frame's border
// and 8-connected component labelling, on masks of work pixels.
/** Marks in `reached` what grows from the frame's border over `allowed` (4-connected). */
function floodFromBorder(reached, allowed, w, h) {
    const n = w * h;
    const queue = new Int32Array(n);
    let tail = 0;
    const seed = (i) => {
        if (allowed[i] && !reached[i]) {
            reached[i] = 1;
            queue[tail++] = i;
        }
    };
    for (let x = 0; x < w; x++) {
        seed(x);
        seed((h - 1) * w + x);
    }
    for (let y = 0; y < h; y++) {
        seed(y * w);
        seed(y * w + w - 1);
    }
    for (let head = 0; head < tail; head++) {
        const i = queue[head];
        const x = i % w;
        if (x > 0)
            seed(i - 1);
        if (x < w - 1)
            seed(i + 1);
        if (i >= w)
            seed(i - w);
        if (i + w < n)
            seed(i + w);
    }
}
/** 8-connected components of pixels equal to `value`; returns labels (0 = other) and areas by label. */
function components(mask, w, h, value) {
    const n = w * h;
    const label = new Int32Array(n);
    const areas = [0];
    const queue = new Int32Array(n);
    for (let s = 0; s < n; s++) {
        if (mask[s] !== value || label[s])
            continue;
        const id = areas.length;
        let head = 0;
        let tail = 0;
        queue[tail++] = s;
        label[s] = id;
        while (head < tail) {
            const i = queue[head++];
            const x = i % w;
            const y = (i - x) / w;
            for (let dy = -1; dy <= 1; dy++)
                for (let dx = -1; dx <= 1; dx++) {
                    const xx = x + dx;
                    const yy = y + dy;
                    if (xx < 0 || yy < 0 || xx >= w || yy >= h)
                        continue;
                    const j = yy * w + xx;
                    if (mask[j] === value && !label[j]) {
                        label[j] = id;
                        queue[tail++] = j;
                    }
                }
        }
        areas.push(tail);
    }
    return { label, areas };
}

;// CONCATENATED MODULE: ./src/providers/studio/matte.ts


/** Lab distance under which nine in ten border pixels lie on an exactly flat (rendered) backdrop. */
const FLAT_NOISE = 0.1;
/** Scale of a clear outline step on an exactly flat backdrop, against a photographed one. */
const FLAT_SCALE = 0.5;
/** How much darker than the backdrop a pixel may be (Lab L) and still count as backdrop: soft shadows. */
const SHADOW_ALLOWANCE = 40;
/**
 * Largest local colour change (Lab per work pixel) the backdrop may grow across. Backdrops and soft
 * shadows change slowly; a product's outline, even a pale one against a pale backdrop, changes fast.
 */
const EDGE_STOP = 2;
/** How many work pixels of backdrop-coloured rim to peel off behind an edge stop. */
const PEEL = 1;
/** How far (work pixels) a darker-than-backdrop rim (shadow, table reflection) is peeled. */
const SHADOW_PEEL = 6;
/** Darkest (Lab L below the backdrop) a rim may be and still be peeled as shadow. */
const SHADOW_PEEL_DEPTH = 18;
function median(values) {
    if (values.length === 0)
        return 0;
    const s = values.slice().sort((x, y) => x - y);
    return s[s.length >> 1];
}
/** Median over the strip's depth at each position along one side. */
function sideProfile(lab, side, depth) {
    const { width: w, height: h } = lab;
    const horizontal = side === 'top' || side === 'bottom';
    const len = horizontal ? w : h;
    const out = [new Float32Array(len), new Float32Array(len), new Float32Array(len)];
    const planes = [lab.L, lab.a, lab.b];
    const tmp = new Array(depth);
    for (let i = 0; i < len; i++) {
        for (let c = 0; c < 3; c++) {
            const plane = planes[c];
            for (let d = 0; d < depth; d++) {
                const x = horizontal ? i : side === 'left' ? d : w - 1 - d;
                const y = horizontal ? (side === 'top' ? d : h - 1 - d) : i;
                tmp[d] = plane[y * w + x];
            }
            out[c][i] = median(tmp);
        }
    }
    return out;
}
/** Median of 17 samples spread over a window around each position: robust and cheap. */
function wideMedian(values, window) {
    const out = new Float32Array(values.length);
    const step = Math.max(1, Math.round(window / 16));
    const buf = [];
    for (let i = 0; i < values.length; i++) {
        buf.length = 0;
        for (let k = -8; k <= 8; k++) {
            const j = i + k * step;
            if (j >= 0 && j < values.length)
                buf.push(values[j]);
        }
        out[i] = median(buf);
    }
    return out;
}
/**
 * Where the product (or anything else) reaches the border for a stretch, the raw profile would
 * make that object part of the backdrop model; replace such stretches by a wide running median.
 * Thin features (a table edge crossing the side) stay: they are backdrop.
 */
function removeIntrusions(p, limit) {
    const len = p[0].length;
    const wide = p.map((c) => wideMedian(c, Math.max(9, Math.round(len * 0.12))));
    const minRun = Math.max(4, Math.round(len * 0.04));
    let intruded = 0;
    let start = -1;
    for (let i = 0; i <= len; i++) {
        const dev = i < len ? Math.hypot(p[0][i] - wide[0][i], p[1][i] - wide[1][i], p[2][i] - wide[2][i]) : 0;
        if (dev > limit) {
            if (start < 0)
                start = i;
        }
        else if (start >= 0) {
            if (i - start >= minRun) {
                for (let j = start; j < i; j++)
                    for (let c = 0; c < 3; c++)
                        p[c][j] = wide[c][j];
                intruded += i - start;
            }
            start = -1;
        }
    }
    return intruded;
}
/** Backdrop model: Coons patch through the four border profiles. Returns Lab planes. */
function backdropModel(lab, depth) {
    const { width: w, height: h } = lab;
    const top = sideProfile(lab, 'top', depth);
    const bottom = sideProfile(lab, 'bottom', depth);
    const left = sideProfile(lab, 'left', depth);
    const right = sideProfile(lab, 'right', depth);
    let intruded = 0;
    for (const p of [top, bottom, left, right])
        intruded += removeIntrusions(p, 12);
    const model = [new Float32Array(w * h), new Float32Array(w * h), new Float32Array(w * h)];
    for (let c = 0; c < 3; c++) {
        const T = top[c];
        const B = bottom[c];
        const Lp = left[c];
        const R = right[c];
        const c00 = (T[0] + Lp[0]) / 2;
        const c10 = (T[w - 1] + R[0]) / 2;
        const c01 = (B[0] + Lp[h - 1]) / 2;
        const c11 = (B[w - 1] + R[h - 1]) / 2;
        const out = model[c];
        for (let y = 0; y < h; y++) {
            const v = h > 1 ? y / (h - 1) : 0;
            for (let x = 0; x < w; x++) {
                const u = w > 1 ? x / (w - 1) : 0;
                out[y * w + x] =
                    (1 - v) * T[x] +
                        v * B[x] +
                        (1 - u) * Lp[y] +
                        u * R[y] -
                        ((1 - u) * (1 - v) * c00 + u * (1 - v) * c10 + (1 - u) * v * c01 + u * v * c11);
            }
        }
    }
    return { model, intruded };
}
/** 1 when value <= good, 0 when value >= bad, linear between (works for good > bad too). */
function ramp(value, good, bad) {
    const t = (value - good) / (bad - good);
    return Math.min(1, Math.max(0, 1 - t));
}
/**
 * Half-width (work pixels) of the narrowest channel the backdrop grows through at first: a gap in
 * a light product's faint outline is narrower, the space between a stool's legs is wider.
 */
const GAP = 2;
/** Pixels of `set` whose whole (2r+1)-square is in `set` (outside the frame counts as in). */
function erode(set, w, h, r) {
    const tmp = new Uint8Array(w * h);
    const out = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) {
        // Run lengths of set pixels to the left and right give the row minimum over the window.
        let run = 0;
        const left = new Int32Array(w);
        for (let x = 0; x < w; x++)
            left[x] = run = set[y * w + x] ? run + 1 : 0;
        run = 0;
        for (let x = w - 1; x >= 0; x--) {
            run = set[y * w + x] ? run + 1 : 0;
            // A run that reaches the frame continues outside it.
            const l = left[x] > x ? Infinity : left[x];
            const rr = run >= w - x ? Infinity : run;
            if (l > r && rr > r)
                tmp[y * w + x] = 1;
        }
    }
    for (let x = 0; x < w; x++) {
        let run = 0;
        const up = new Int32Array(h);
        for (let y = 0; y < h; y++)
            up[y] = run = tmp[y * w + x] ? run + 1 : 0;
        run = 0;
        for (let y = h - 1; y >= 0; y--) {
            run = tmp[y * w + x] ? run + 1 : 0;
            const u = up[y] > y ? Infinity : up[y];
            const d = run >= h - y ? Infinity : run;
            if (u > r && d > r)
                out[y * w + x] = 1;
        }
    }
    return out;
}
/** Lab L of a backdrop light enough for a light product on it to have only a faint outline. */
const LIGHT_BACKDROP_L = 90;
/** Most a light part behind a narrow gap may be darker (median Lab L) than the backdrop; more is shadow. */
const SHADE = 15;
/** Least size of a light part behind a narrow gap, as a share of what the backdrop never reached. */
const MIN_PART = 0.005;
/** 4-connected regions of set pixels, as lists of indices. */
function regions(set, w, h) {
    const seen = new Uint8Array(w * h);
    const out = [];
    for (let s = 0; s < w * h; s++) {
        if (!set[s] || seen[s])
            continue;
        seen[s] = 1;
        const part = [s];
        for (let k = 0; k < part.length; k++) {
            const i = part[k];
            const x = i % w;
            for (const j of [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w]) {
                if (j < 0 || j >= w * h || !set[j] || seen[j])
                    continue;
                seen[j] = 1;
                part.push(j);
            }
        }
        out.push(part);
    }
    return out;
}
function computeMatte(lab, rgb, channels) {
    const { width: w, height: h } = lab;
    const n = w * h;
    const depth = Math.max(3, Math.round(Math.max(w, h) * 0.01));
    const { model } = backdropModel(lab, depth);
    // Distance to the backdrop; darkening within the allowance is shadow and costs nothing.
    const dist = new Float32Array(n);
    for (let i = 0; i < n; i++) {
        const dL = lab.L[i] - model[0][i];
        const light = dL >= 0 ? dL : Math.max(0, -dL - SHADOW_ALLOWANCE);
        const da = lab.a[i] - model[1][i];
        const db = lab.b[i] - model[2][i];
        dist[i] = Math.sqrt(light * light + da * da + db * db);
    }
    // Local change: the largest squared Lab step to a 4-neighbour.
    const grad2 = new Float32Array(n);
    const { L, a, b } = lab;
    for (let y = 0; y < h; y++) {
        for (let x = 0; x < w; x++) {
            const i = y * w + x;
            if (x + 1 < w) {
                const dl = L[i] - L[i + 1];
                const da = a[i] - a[i + 1];
                const db = b[i] - b[i + 1];
                const d = dl * dl + da * da + db * db;
                if (d > grad2[i])
                    grad2[i] = d;
                if (d > grad2[i + 1])
                    grad2[i + 1] = d;
            }
            if (y + 1 < h) {
                const j = i + w;
                const dl = L[i] - L[j];
                const da = a[i] - a[j];
                const db = b[i] - b[j];
                const d = dl * dl + da * da + db * db;
                if (d > grad2[i])
                    grad2[i] = d;
                if (d > grad2[j])
                    grad2[j] = d;
            }
        }
    }
    const edgeStop2 = EDGE_STOP * EDGE_STOP;
    const passable = (i) => dist[i] < threshold && grad2[i] < edgeStop2;
    // Border texture: plain distance (shadow allowance off) of border pixels to the model.
    const border = [];
    let borderPassable = 0;
    for (let y = 0; y < h; y++) {
        const inner = y >= depth && y < h - depth;
        for (let x = 0; x < w; x++) {
            if (inner && x === depth)
                x = w - depth;
            const i = y * w + x;
            if (dist[i] < 16 && grad2[i] < edgeStop2)
                borderPassable++;
            const dl = L[i] - model[0][i];
            const da = a[i] - model[1][i];
            const db = b[i] - model[2][i];
            border.push(Math.sqrt(dl * dl + da * da + db * db));
        }
    }
    const borderNoise = median(border);
    // A rendered or retouched backdrop is exactly flat (nine in ten border pixels on the model):
    // there any step off it is the product, so the outline's contrast is measured against steps
    // FLAT_SCALE times those made for photographed backdrops (the white bag's outline on white is
    // pure white pixels next to a 2.2 Lab per pixel step: contrast 1.08 for a photo, 2.2 here).
    const sorted = border.slice().sort((x, y) => x - y);
    const flat = (sorted[Math.floor(sorted.length * 0.9)] ?? 0) < FLAT_NOISE;
    const borderBackdropShare = borderPassable / Math.max(1, border.length);
    const threshold = Math.min(16, Math.max(7, 5 + 3 * borderNoise));
    // Grow the backdrop from the border, first only through channels at least 2 * GAP + 1 work
    // pixels wide: a white sleeve on white whose faint outline has a gap is reached by a plain flood
    // through that gap, but not by a wide one. What only the plain flood reaches is product by shape.
    const open = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (passable(i))
            open[i] = 1;
    const core = erode(open, w, h, GAP);
    const wide = new Uint8Array(n);
    floodFromBorder(wide, core, w, h);
    const bg = dilate(wide, w, h, GAP, open);
    const plain = new Uint8Array(n);
    floodFromBorder(plain, open, w, h);
    const byShape = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (plain[i] && !bg[i])
            byShape[i] = 1;
    // Only a light part on a light backdrop is kept by shape: there the outline is faint and a gap
    // in it is likely. Elsewhere what lies behind a narrow gap is backdrop: a shadow beside the
    // product (darker), the space between a bike's spokes or a cactus's spines (small, or on a
    // dark or coloured backdrop). Measured on photos-2: the polo's white sleeve (two regions of
    // 1% of the shirt each, 6-7 L darker than its white backdrop) and the coffee bag's crimped top
    // (1.4%, 12 L darker) are light parts; the TLR camera's floor shadow (0.5%, 19 L darker) is not.
    let solid = 0;
    for (let i = 0; i < n; i++)
        if (!open[i])
            solid++;
    for (const part of regions(byShape, w, h)) {
        const backdropL = median(part.map((i) => model[0][i]));
        const darkening = backdropL - median(part.map((i) => L[i]));
        const light = backdropL >= LIGHT_BACKDROP_L && darkening <= SHADE && part.length >= solid * MIN_PART;
        if (!light)
            for (const i of part)
                bg[i] = 1;
    }
    for (let i = 0; i < n; i++)
        if (bg[i])
            byShape[i] = 0;
    // The edge stop leaves a rim of backdrop-coloured pixels where the blurred outline ramps up;
    // peel it with the colour test alone, so no halo of old backdrop remains. Rims darker than the
    // backdrop (shadows, reflections on the table) are peeled deeper than bright ones, which may be
    // a glossy product mirroring the backdrop.
    for (let step = 1; step <= SHADOW_PEEL; step++) {
        // Pixels peeled in this step are marked 2 so they do not spread within the same step.
        for (let i = 0; i < n; i++) {
            if (bg[i] || dist[i] >= threshold)
                continue;
            if (step > PEEL) {
                // Deeper peeling only for a mild darkening: a much darker rim is more likely product.
                const dl = L[i] - model[0][i];
                if (dl >= 0 || dl < -SHADOW_PEEL_DEPTH)
                    continue;
            }
            const x = i % w;
            const touches = (x > 0 && bg[i - 1] === 1) ||
                (x < w - 1 && bg[i + 1] === 1) ||
                (i >= w && bg[i - w] === 1) ||
                (i + w < n && bg[i + w] === 1);
            if (touches)
                bg[i] = 2;
        }
        for (let i = 0; i < n; i++)
            if (bg[i] === 2)
                bg[i] = 1;
    }
    // Label what the backdrop did not reach (8-connected); keep the main component(s).
    const queue = new Int32Array(n);
    let head = 0;
    let tail = 0;
    const label = new Int32Array(n);
    const areas = [0];
    for (let s = 0; s < n; s++) {
        if (bg[s] || label[s])
            continue;
        const id = areas.length;
        let area = 0;
        head = 0;
        tail = 0;
        queue[tail++] = s;
        label[s] = id;
        while (head < tail) {
            const i = queue[head++];
            area++;
            const x = i % w;
            const up = i >= w;
            const down = i + w < n;
            const l = x > 0;
            const r = x < w - 1;
            if (l && !bg[i - 1] && !label[i - 1]) {
                label[i - 1] = id;
                queue[tail++] = i - 1;
            }
            if (r && !bg[i + 1] && !label[i + 1]) {
                label[i + 1] = id;
                queue[tail++] = i + 1;
            }
            if (up) {
                const j = i - w;
                if (!bg[j] && !label[j]) {
                    label[j] = id;
                    queue[tail++] = j;
                }
                if (l && !bg[j - 1] && !label[j - 1]) {
                    label[j - 1] = id;
                    queue[tail++] = j - 1;
                }
                if (r && !bg[j + 1] && !label[j + 1]) {
                    label[j + 1] = id;
                    queue[tail++] = j + 1;
                }
            }
            if (down) {
                const j = i + w;
                if (!bg[j] && !label[j]) {
                    label[j] = id;
                    queue[tail++] = j;
                }
                if (l && !bg[j - 1] && !label[j - 1]) {
                    label[j - 1] = id;
                    queue[tail++] = j - 1;
                }
                if (r && !bg[j + 1] && !label[j + 1]) {
                    label[j + 1] = id;
                    queue[tail++] = j + 1;
                }
            }
        }
        areas.push(area);
    }
    const largest = Math.max(0, ...areas);
    const keep = areas.map((a) => a > 0 && a >= largest * 0.15);
    const mask = new Uint8Array(n);
    let productArea = 0;
    let strayArea = 0;
    for (let i = 0; i < n; i++) {
        const id = label[i];
        if (!id)
            continue;
        if (keep[id]) {
            mask[i] = 1;
            productArea++;
        }
        else
            strayArea++;
    }
    // Outline contrast: how clearly the kept product stands out where it meets the backdrop.
    const k = flat ? FLAT_SCALE : 1;
    const outline = [];
    for (let y = 1; y < h - 1; y++) {
        for (let x = 1; x < w - 1; x++) {
            const i = y * w + x;
            if (!mask[i])
                continue;
            if (bg[i - 1] || bg[i + 1] || bg[i - w] || bg[i + w])
                outline.push(Math.max(dist[i] / (threshold * k), Math.sqrt(grad2[i]) / (EDGE_STOP * k)));
        }
    }
    const edgeContrast = outline.length ? median(outline) : 0;
    // Backdrop colour for white balance: per-channel median of reached backdrop pixels (histograms).
    const hist = [new Uint32Array(256), new Uint32Array(256), new Uint32Array(256)];
    let reached = 0;
    for (let i = 0; i < n; i++) {
        if (!bg[i])
            continue;
        reached++;
        hist[0][rgb[i * channels]]++;
        hist[1][rgb[i * channels + 1]]++;
        hist[2][rgb[i * channels + 2]]++;
    }
    const histMedian = (hst) => {
        let acc = 0;
        for (let v = 0; v < 256; v++)
            if ((acc += hst[v]) * 2 >= reached)
                return v;
        return 255;
    };
    const backdrop = [histMedian(hist[0]), histMedian(hist[1]), histMedian(hist[2])];
    const productShare = productArea / n;
    const strayShare = strayArea / Math.max(1, productArea + strayArea);
    const measures = {
        borderNoise,
        borderBackdropShare,
        productShare,
        edgeContrast,
        strayShare,
        threshold,
    };
    const scores = [
        {
            score: ramp(borderNoise, 0.8, 2),
            why: `the backdrop along the border is textured (median Lab distance ${borderNoise.toFixed(1)}, plain backdrops stay under 0.8)`,
        },
        {
            score: ramp(borderBackdropShare, 0.9, 0.6),
            why: `only ${(borderBackdropShare * 100).toFixed(0)}% of the border looks like one smooth backdrop (needs 90%)`,
        },
        {
            score: productShare < 0.01 ? ramp(productShare, 0.01, 0.002) : ramp(productShare, 0.75, 0.9),
            why: `the separated product covers ${(productShare * 100).toFixed(1)}% of the photo (expected 1% to 75%)`,
        },
        {
            score: ramp(edgeContrast, 1.25, 1),
            why: `the product's outline barely stands out from the backdrop (contrast ${edgeContrast.toFixed(2)}, needs 1.25)`,
        },
        {
            score: ramp(strayShare, 0.05, 0.4),
            why: `${(strayShare * 100).toFixed(0)}% of the non-backdrop area is scattered clutter (allowed 5%)`,
        },
    ];
    scores.sort((x, y) => x.score - y.score);
    const confidence = scores[0].score;
    const concerns = scores.filter((s) => s.score < 1).map((s) => s.why);
    const removable = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (dist[i] < threshold * 1.5 && !byShape[i])
            removable[i] = 1;
    return { width: w, height: h, mask, removable, backdrop, confidence, measures, concerns };
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/providers/studio/refine.ts
/**
 * Graph-cut refinement of the backdrop matte (GrabCut, OpenCV's WebAssembly build). The matte from
 * matte.ts seeds it: its product is "probably product", a band around it "probably backdrop", the
 * rest certainly backdrop. GrabCut then learns colour models of both and cuts along the product's
 * own edges, which removes what the flood fill had to keep: a cast shadow behind a hard edge,
 * backdrop seen through openings, the rim of a coloured backdrop.
 */



/** Boxed: the Emscripten module is a thenable, and awaiting it directly never settles. */
let loading;
/** Loads OpenCV.js once per process (about 0.3 s); later calls share it. Boxed for the reason above. */
function loadOpenCv() {
    loading ??= (async () => {
        const require = (0,external_node_module_.createRequire)(import.meta.url);
        const cv = require('@techstark/opencv-js');
        if (typeof cv.Mat !== 'function') {
            await new Promise((resolve) => (cv.onRuntimeInitialized = resolve));
        }
        return { cv };
    })();
    return loading;
}
/** GrabCut's labels. */
const BGD = 0;
const FGD = 1;
const PR_BGD = 2;
const PR_FGD = 3;
/** Width of the "probably backdrop" band around the seed, as a share of the work image's long edge. */
const BAND = 0.04;
const ITERATIONS = 3;
const RNG_SEED = 17;
/**
 * Refines `seed` (1 = product) on the RGB work image; only `removable` pixels may leave the product. Only the box around the seed and its band is
 * cut: the rest is certainly backdrop, and GrabCut's cost grows with the pixels it sees.
 */
async function refineMatte(rgb, channels, seed, w, h, removable) {
    const { cv } = await loadOpenCv();
    const r = Math.max(3, Math.round(Math.max(w, h) * BAND));
    const near = dilate(seed, w, h, r);
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
            if (!near[y * w + x])
                continue;
            x0 = Math.min(x0, x);
            x1 = Math.max(x1, x);
            y0 = Math.min(y0, y);
            y1 = Math.max(y1, y);
        }
    const mask = new Uint8Array(w * h);
    if (x1 < 0)
        return { mask, removed: 1, added: 0 };
    // One pixel of certain backdrop around the crop where the frame allows, so both models have samples.
    x0 = Math.max(0, x0 - 1);
    y0 = Math.max(0, y0 - 1);
    x1 = Math.min(w - 1, x1 + 1);
    y1 = Math.min(h - 1, y1 + 1);
    const cw = x1 - x0 + 1;
    const ch = y1 - y0 + 1;
    const img = new Uint8Array(cw * ch * 3);
    const labels = new Uint8Array(cw * ch);
    for (let y = 0; y < ch; y++)
        for (let x = 0; x < cw; x++) {
            const i = (y + y0) * w + x + x0;
            const k = y * cw + x;
            img[k * 3] = rgb[i * channels];
            img[k * 3 + 1] = rgb[i * channels + 1];
            img[k * 3 + 2] = rgb[i * channels + 2];
            labels[k] = seed[i] ? PR_FGD : near[i] ? PR_BGD : BGD;
        }
    const imgMat = cv.matFromArray(ch, cw, cv.CV_8UC3, img);
    const maskMat = cv.matFromArray(ch, cw, cv.CV_8UC1, labels);
    const bgd = new cv.Mat();
    const fgd = new cv.Mat();
    try {
        // GrabCut seeds its colour models with k-means from OpenCV's global generator: reset it so
        // the same photo always gives the same cut, whatever ran before in this process.
        cv.setRNGSeed(RNG_SEED);
        cv.grabCut(imgMat, maskMat, new cv.Rect(0, 0, 1, 1), bgd, fgd, ITERATIONS, cv.GC_INIT_WITH_MASK);
        const out = maskMat.data;
        for (let y = 0; y < ch; y++)
            for (let x = 0; x < cw; x++) {
                const v = out[y * cw + x];
                if (v === FGD || v === PR_FGD)
                    mask[(y + y0) * w + x + x0] = 1;
            }
    }
    finally {
        imgMat.delete();
        maskMat.delete();
        bgd.delete();
        fgd.delete();
    }
    let added = 0;
    for (let i = 0; i < w * h; i++)
        if (!seed[i] && mask[i])
            added++;
    if (removable)
        keepUnremovable(mask, seed, removable, w, h);
    clean(mask, w, h);
    // Disagreement is measured after the limits: a white bag's body on white, which the colour
    // models give to the backdrop, is kept by them and is no disagreement; a dark bike on dark grey
    // loses 81% of its matte either way.
    let seedArea = 0;
    let removed = 0;
    for (let i = 0; i < w * h; i++) {
        if (!seed[i])
            continue;
        seedArea++;
        if (!mask[i])
            removed++;
    }
    return { mask, removed: removed / Math.max(1, seedArea), added: added / Math.max(1, seedArea) };
}
/** Share of the seed's height, from its bottom, where a cast shadow on the floor can lie. */
const FLOOR_BAND = 0.25;
/** Share of a taken part that must lie in the floor band for it to be a cast shadow. */
const FLOOR_SHARE = 0.25;
/**
 * Limits what the cut may take from the product. A part it takes is accepted when it reaches the
 * frame's edge (a strip of backdrop the flood fill could not peel there); when it is an enclosed
 * opening or reaches the bottom quarter of the product, where a cast shadow lies on the floor, only
 * its pixels that could be backdrop or shadow by colour go. A light part
 * higher up (the mouse's silver shell, mirroring its grey backdrop) thus stays product.
 */
function keepUnremovable(mask, seed, removable, w, h) {
    let top = h;
    let bottom = -1;
    for (let i = 0; i < w * h; i++) {
        if (!seed[i])
            continue;
        const y = (i - (i % w)) / w;
        if (y < top)
            top = y;
        bottom = y;
    }
    const floor = bottom - (bottom - top) * FLOOR_BAND;
    const taken = new Uint8Array(w * h);
    for (let i = 0; i < w * h; i++)
        if (seed[i] && !mask[i])
            taken[i] = 1;
    const parts = components(taken, w, h, 1);
    const atFrame = new Uint8Array(parts.areas.length);
    for (let x = 0; x < w; x++) {
        atFrame[parts.label[x]] = 1;
        atFrame[parts.label[(h - 1) * w + x]] = 1;
    }
    for (let y = 0; y < h; y++) {
        atFrame[parts.label[y * w]] = 1;
        atFrame[parts.label[y * w + w - 1]] = 1;
    }
    const inFloor = new Int32Array(parts.areas.length);
    // Enclosed openings: parts whose every neighbour outside the part is kept product.
    const open = new Uint8Array(parts.areas.length).fill(1);
    for (let i = 0; i < w * h; i++) {
        const id = parts.label[i];
        if (!id)
            continue;
        const y = (i - (i % w)) / w;
        if (y >= floor)
            inFloor[id]++;
        const x = i % w;
        const around = [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, i - w, i + w];
        for (const j of around)
            if (j >= 0 && j < w * h && !taken[j] && !seed[j])
                open[id] = 0;
    }
    // A cast shadow lies mostly in the floor band; a part reaching up from it is the product's own
    // (a white bag's body on white, which the colour models cannot tell from the backdrop).
    const onFloor = parts.areas.map((area, id) => inFloor[id] >= area * FLOOR_SHARE);
    for (let i = 0; i < w * h; i++) {
        const id = parts.label[i];
        if (!id)
            continue;
        const accepted = atFrame[id] || ((onFloor[id] || open[id]) && removable[i]);
        if (!accepted)
            mask[i] = 1;
    }
}
/**
 * Share of the product an enclosed hole must reach to be an opening (a handle, a frame) rather than
 * a light print the colour models confused with a white backdrop (the polo's white badge).
 */
const MIN_OPENING = 0.03;
/** Fills enclosed holes too small to be openings, then drops specks (under 15% of the largest part). */
function clean(mask, w, h) {
    let area = 0;
    for (let i = 0; i < w * h; i++)
        area += mask[i];
    // Holes first: a badge the cut emptied is filled whole, islands (its emblem) included.
    const holes = components(mask, w, h, 0);
    const touches = new Uint8Array(holes.areas.length);
    for (let x = 0; x < w; x++) {
        touches[holes.label[x]] = 1;
        touches[holes.label[(h - 1) * w + x]] = 1;
    }
    for (let y = 0; y < h; y++) {
        touches[holes.label[y * w]] = 1;
        touches[holes.label[y * w + w - 1]] = 1;
    }
    for (let i = 0; i < w * h; i++) {
        const id = holes.label[i];
        if (id && !touches[id] && holes.areas[id] < area * MIN_OPENING)
            mask[i] = 1;
    }
    const parts = components(mask, w, h, 1);
    const largest = Math.max(0, ...parts.areas);
    for (let i = 0; i < w * h; i++) {
        const id = parts.label[i];
        if (id && parts.areas[id] < largest * 0.15)
            mask[i] = 0;
    }
}

;// CONCATENATED MODULE: ./src/providers/studio/shade-matte.ts


/**
 * `first` (matte.ts) when it is confident; otherwise the shade matte when that one is; otherwise
 * `first`, whose concerns then explain the refusal.
 */
function withShadeFallback(first, rgb, channels, minConfidence) {
    if (first.confidence >= minConfidence)
        return first;
    const shade = computeShadeMatte(rgb, channels, first.width, first.height);
    return shade.confidence >= minConfidence ? shade : first;
}
/** Brightest shade of the backdrop (times its median colour) still on the ray: its lit grain. */
const MAX_SHADE = 1.6;
/** Least distance threshold (RGB units): JPEG noise around a dark backdrop. */
const MIN_THRESHOLD = 8;
/** The threshold, as a multiple of the 90th percentile of the border's distances. */
const THRESHOLD_SCALE = 2.5;
/**
 * Least angle (degrees) between the backdrop's colour and the grey axis. Nearer grey, the ray is
 * the grey axis itself, on which white, grey and black products lie too: the ray cannot tell them
 * from the backdrop.
 */
const MIN_HUE_ANGLE = 12;
function shade_matte_median(values) {
    if (values.length === 0)
        return 0;
    const s = values.slice().sort((x, y) => x - y);
    return s[s.length >> 1];
}
/** 1 when value <= good, 0 when value >= bad, linear between (works for good > bad too). */
function shade_matte_ramp(value, good, bad) {
    const t = (value - good) / (bad - good);
    return Math.min(1, Math.max(0, 1 - t));
}
/** Indices of the border strips `depth` pixels deep. */
function borderIndices(w, h, depth) {
    const out = [];
    for (let y = 0; y < h; y++) {
        const inner = y >= depth && y < h - depth;
        for (let x = 0; x < w; x++) {
            if (inner && x === depth)
                x = w - depth;
            out.push(y * w + x);
        }
    }
    return out;
}
/**
 * How far (RGB, per unit of the backdrop's own length) a shade may leave the ray: the surface lit by
 * the sun is warmer than where only the sky lights it (the court beside the ball, 14 RGB off the ray
 * of its shaded border at 1.3 times its brightness).
 */
const TINT = 0.2;
/** Distance (RGB) of each pixel from the ray through `b` (shades 0..MAX_SHADE), less the tint allowed at its shade. */
function rayDistance(rgb, channels, n, b) {
    const bb = Math.max(1, b[0] * b[0] + b[1] * b[1] + b[2] * b[2]);
    const tint = TINT * Math.sqrt(bb);
    const out = new Float32Array(n);
    for (let i = 0, p = 0; i < n; i++, p += channels) {
        const r = rgb[p];
        const g = rgb[p + 1];
        const bl = rgb[p + 2];
        const s = Math.min(MAX_SHADE, Math.max(0, (r * b[0] + g * b[1] + bl * b[2]) / bb));
        out[i] = Math.max(0, Math.hypot(r - s * b[0], g - s * b[1], bl - s * b[2]) - tint * s);
    }
    return out;
}
/** Rim steps peeled at most: the fuzz of a felt ball mixes about two work pixels of backdrop in. */
const RIM_STEPS = 4;
/** Least share of product colour a rim pixel must hold to stay (alpha, unmixed along the normal). */
const MIN_ALPHA = 0.5;
/**
 * Peels outline pixels that are more backdrop than product: each is unmixed as P = aF + (1 - a)B, F
 * the product's colour four pixels inside along the outline's normal, B the backdrop's two pixels
 * outside, and goes when a < MIN_ALPHA. The flood stops at the first pixel off the ray, which on a
 * fuzzy or blurred outline still holds mostly backdrop: a dark ring round the product otherwise.
 */
function peelMixedRim(mask, rgb, channels, w, h) {
    const colour = (i, c) => rgb[i * channels + c];
    for (let step = 0; step < RIM_STEPS; step++) {
        const peel = [];
        for (let y = 4; y < h - 4; y++)
            for (let x = 4; x < w - 4; x++) {
                const i = y * w + x;
                if (!mask[i])
                    continue;
                const dx = (mask[i - 1] ? 0 : 1) - (mask[i + 1] ? 0 : 1);
                const dy = (mask[i - w] ? 0 : 1) - (mask[i + w] ? 0 : 1);
                if (dx === 0 && dy === 0)
                    continue;
                const inside = i + 4 * (dy * w + dx);
                const outside = i - 2 * (dy * w + dx);
                if (!mask[inside] || mask[outside])
                    continue;
                let num = 0;
                let den = 0;
                for (let c = 0; c < 3; c++) {
                    const fb = colour(inside, c) - colour(outside, c);
                    num += (colour(i, c) - colour(outside, c)) * fb;
                    den += fb * fb;
                }
                if (den > 0 && num / den < MIN_ALPHA)
                    peel.push(i);
            }
        if (peel.length === 0)
            break;
        for (const i of peel)
            mask[i] = 0;
    }
    // A single fibre of fuzz standing off the outline (a work pixel wide) would be a spike at output
    // size: open the mask by one pixel. Peeling can also cut a fibre off: drop such specks.
    const outside = new Uint8Array(w * h);
    for (let i = 0; i < w * h; i++)
        outside[i] = mask[i] ? 0 : 1;
    const eroded = dilate(outside, w, h, 1);
    for (let i = 0; i < w * h; i++)
        eroded[i] = eroded[i] ? 0 : 1;
    mask.set(largestParts(dilate(eroded, w, h, 1, mask), w, h).mask);
}
/** Parts of `set` (8-connected) of at least 15% of the largest one's area, and the pixels dropped. */
function largestParts(set, w, h) {
    const parts = components(set, w, h, 1);
    const largest = Math.max(0, ...parts.areas);
    const mask = new Uint8Array(w * h);
    let kept = 0;
    let dropped = 0;
    for (let i = 0; i < w * h; i++) {
        const id = parts.label[i];
        if (!id)
            continue;
        if (parts.areas[id] >= largest * 0.15) {
            mask[i] = 1;
            kept++;
        }
        else
            dropped++;
    }
    return { mask, kept, dropped };
}
/**
 * Median distance from the ray two pixels inside the product's outline, in thresholds. The outline
 * itself mixes product and backdrop (the ball's fuzz); just inside it is product.
 */
function outlineContrast(mask, bg, dist, threshold, w, h) {
    const outline = [];
    for (let y = 3; y < h - 3; y++)
        for (let x = 3; x < w - 3; x++) {
            const i = y * w + x;
            if (!mask[i] || !(bg[i - 1] || bg[i + 1] || bg[i - w] || bg[i + w]))
                continue;
            const dx = (bg[i - 1] ? 1 : 0) - (bg[i + 1] ? 1 : 0);
            const dy = (bg[i - w] ? 1 : 0) - (bg[i + w] ? 1 : 0);
            outline.push(dist[i + 2 * dy * w + 2 * dx] / threshold);
        }
    return outline.length ? shade_matte_median(outline) : 0;
}
function hueAngle(b) {
    const len = Math.hypot(b[0], b[1], b[2]);
    if (len === 0)
        return 0;
    const cos = (b[0] + b[1] + b[2]) / (Math.sqrt(3) * len);
    return (Math.acos(Math.min(1, cos)) * 180) / Math.PI;
}
/**
 * The matte by distance from the backdrop's shading ray. Same shape as computeMatte's result; its
 * measures are in RGB distance units, its concerns name this model.
 */
function computeShadeMatte(rgb, channels, w, h) {
    const n = w * h;
    const depth = Math.max(3, Math.round(Math.max(w, h) * 0.01));
    const border = borderIndices(w, h, depth);
    const backdrop = [0, 1, 2].map((c) => shade_matte_median(border.map((i) => rgb[i * channels + c])));
    const dist = rayDistance(rgb, channels, n, backdrop);
    const borderDist = border.map((i) => dist[i]).sort((x, y) => x - y);
    const p90 = borderDist[Math.floor(borderDist.length * 0.9)] ?? 0;
    const threshold = Math.max(MIN_THRESHOLD, THRESHOLD_SCALE * p90);
    const near = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (dist[i] < threshold)
            near[i] = 1;
    const bg = new Uint8Array(n);
    floodFromBorder(bg, near, w, h);
    // What the backdrop did not reach is product (holes filled); specks under 15% of the largest go.
    const rest = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (!bg[i])
            rest[i] = 1;
    const { mask, kept: productArea, dropped: strayArea } = largestParts(rest, w, h);
    const edgeContrast = outlineContrast(mask, bg, dist, threshold, w, h);
    peelMixedRim(mask, rgb, channels, w, h);
    const measures = {
        borderNoise: p90,
        borderBackdropShare: borderDist.filter((d) => d < threshold).length / Math.max(1, border.length),
        productShare: productArea / n,
        edgeContrast,
        strayShare: strayArea / Math.max(1, productArea + strayArea),
        threshold,
    };
    const angle = hueAngle(backdrop);
    const scores = shadeScores(measures, angle);
    scores.sort((x, y) => x.score - y.score);
    const removable = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (dist[i] < threshold * 1.5)
            removable[i] = 1;
    return {
        width: w,
        height: h,
        mask,
        removable,
        backdrop,
        confidence: scores[0].score,
        measures,
        concerns: scores.filter((s) => s.score < 1).map((s) => s.why),
    };
}
function shadeScores(m, angle) {
    return [
        {
            score: shade_matte_ramp(-angle, -MIN_HUE_ANGLE, -MIN_HUE_ANGLE * 0.75),
            why: `the backdrop is nearly neutral (${angle.toFixed(0)} degrees from grey, the shade model needs ${MIN_HUE_ANGLE}), so its shades cannot be told from a white, grey or black product`,
        },
        {
            score: shade_matte_ramp(m.borderNoise, 6, 12),
            why: `the border is not one colour in different shades (nine in ten border pixels within ${m.borderNoise.toFixed(1)} RGB of its shading ray, a plain surface stays under 6)`,
        },
        {
            score: shade_matte_ramp(m.borderBackdropShare, 0.95, 0.8),
            why: `only ${(m.borderBackdropShare * 100).toFixed(0)}% of the border is a shade of the backdrop's colour (needs 95%)`,
        },
        {
            score: m.productShare < 0.01 ? shade_matte_ramp(m.productShare, 0.01, 0.002) : shade_matte_ramp(m.productShare, 0.75, 0.9),
            why: `the separated product covers ${(m.productShare * 100).toFixed(1)}% of the photo (expected 1% to 75%)`,
        },
        {
            score: shade_matte_ramp(m.edgeContrast, 3, 2),
            why: `the product's colour is close to a shade of the backdrop's at its outline (contrast ${m.edgeContrast.toFixed(2)}, the shade model needs 3)`,
        },
        {
            score: shade_matte_ramp(m.strayShare, 0.05, 0.4),
            why: `${(m.strayShare * 100).toFixed(0)}% of the non-backdrop area is scattered clutter (allowed 5%)`,
        },
    ];
}
/**
 * Drops what the graph cut added outside the shade matte's product where the colour is a shade of
 * the backdrop: its product model, learnt from the ball's dark seam and shaded side, also claims
 * the black of the cast shadow under the ball.
 */
function dropShadeAdditions(cut, matte) {
    for (let i = 0; i < cut.length; i++)
        if (cut[i] && !matte.mask[i] && matte.removable[i])
            cut[i] = 0;
}

;// CONCATENATED MODULE: ./src/providers/studio/frame-cut.ts
/**
 * Where the separated product runs off the photo. A product cut by the frame (the right-hand chairs
 * of a row, half out of the picture) cannot be made whole by the studio, and a refusal should say so
 * rather than only that the backdrop is hard to model.
 */
/** Least share of a side the product must cover there to count as cut by the frame at that side. */
const CUT_SHARE = 0.1;
/** Share of each side's length where the product (mask = 1) touches the frame. */
function frameContact(mask, w, h) {
    let top = 0;
    let bottom = 0;
    let left = 0;
    let right = 0;
    for (let x = 0; x < w; x++) {
        top += mask[x] ? 1 : 0;
        bottom += mask[(h - 1) * w + x] ? 1 : 0;
    }
    for (let y = 0; y < h; y++) {
        left += mask[y * w] ? 1 : 0;
        right += mask[y * w + w - 1] ? 1 : 0;
    }
    return { top: top / w, right: right / h, bottom: bottom / w, left: left / h };
}
/**
 * A concern naming the sides where the product runs off the frame over at least CUT_SHARE of the
 * side, or undefined. A thin part leaving the frame (a cable's end: 8% of the side in photos-2) is
 * under it; the cropped chairs' row covers 17% of the right side.
 */
function frameCutConcern(mask, w, h) {
    const contact = frameContact(mask, w, h);
    const cut = Object.entries(contact).filter(([, share]) => share >= CUT_SHARE);
    if (cut.length === 0)
        return undefined;
    const where = cut.map(([side, share]) => `${side} edge (${(share * 100).toFixed(0)}% of it)`).join(' and ');
    return `the separated product runs off the photo at the ${where}: a product cut by the frame cannot be made whole, so photograph it with a margin all round`;
}
/** Why `matte` is refused: where its product runs off the frame first (its fix differs), then its concerns. */
function refusalReasons(matte) {
    const cut = frameCutConcern(matte.mask, matte.width, matte.height);
    return cut ? [cut, ...matte.concerns] : matte.concerns;
}

;// CONCATENATED MODULE: ./src/providers/studio/options.ts

/** Parses `#RRGGBB` or `linear(#top,#bottom)`; throws a message saying what is accepted. */
function parseBackground(value) {
    const solid = parseHex(value);
    if (solid)
        return { top: solid, bottom: solid };
    const m = /^linear\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value.trim());
    if (m)
        return { top: parseHex(m[1]), bottom: parseHex(m[2]) };
    throw new Error(`studio background "${value}" is not a colour: expected #RRGGBB or linear(#RRGGBB,#RRGGBB), e.g. #FFFFFF or linear(#FFFFFF,#E8ECF0)`);
}
/** The exact background colour of row y of a canvas `height` rows tall. */
function backgroundAt(bg, y, height) {
    if (height <= 1)
        return bg.top;
    const t = y / (height - 1);
    return [
        Math.round(bg.top[0] + (bg.bottom[0] - bg.top[0]) * t),
        Math.round(bg.top[1] + (bg.bottom[1] - bg.top[1]) * t),
        Math.round(bg.top[2] + (bg.bottom[2] - bg.top[2]) * t),
    ];
}
/** Canvas size: long edge = size, the other side from the aspect, rounded. */
function canvasSize(aspect, size) {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(aspect.trim());
    const aw = m ? Number(m[1]) : NaN;
    const ah = m ? Number(m[2]) : NaN;
    if (!(aw > 0 && ah > 0))
        throw new Error(`aspect "${aspect}" is not w:h with positive numbers, e.g. 1:1 or 4:5`);
    if (!(Number.isInteger(size) && size > 0))
        throw new Error(`size ${size} is not a positive whole number of pixels`);
    return aw >= ah
        ? { width: size, height: Math.max(1, Math.round((size * ah) / aw)) }
        : { width: Math.max(1, Math.round((size * aw) / ah)), height: size };
}

;// CONCATENATED MODULE: ./src/providers/studio/compose.ts
/**
 * The studio compositor: cut the product out of a supplier photo, balance it against its old
 * backdrop, and place it on a clean canvas with a soft contact shadow. Everything outside the
 * product and the shadow is written as the exact background colour.
 */








const STUDIO_DEFAULTS = {
    fill: 0.85,
    shadow: true,
    shadowStrength: 0.35,
    align: 'center',
    minConfidence: 0.7,
};
/** Larger photos are shrunk on decode: more pixels do not improve a canvas of at most a few thousand px. */
const MAX_SOURCE_EDGE = 4096;
/** Long edge of the copy the matte is computed on. */
const WORK_EDGE = 512;
/** Matte values below this (of 255) become 0, above 255 minus it become 255, so the background stays exact. */
const ALPHA_CUT = 8;
const REFUSAL_ADVICE = 'supply a photo of the product on a plain, evenly lit backdrop (or with a transparent background), or use a hosted model for this shot';
function validate(options) {
    const fill = options.fill ?? STUDIO_DEFAULTS.fill;
    const strength = options.shadowStrength ?? STUDIO_DEFAULTS.shadowStrength;
    const align = options.align ?? STUDIO_DEFAULTS.align;
    try {
        if (!(fill > 0 && fill <= 1))
            throw new Error(`studio fill ${fill} is outside 0..1: use e.g. 0.85`);
        if (!(strength >= 0 && strength <= 1))
            throw new Error(`studio shadowStrength ${strength} is outside 0..1: use e.g. 0.35`);
        if (!['center', 'bottom', 'top'].includes(align))
            throw new Error(`studio align "${align}" is not one of center, bottom, top`);
        return {
            fill,
            shadowStrength: strength,
            align,
            shadow: options.shadow ?? STUDIO_DEFAULTS.shadow,
            minConfidence: options.minConfidence ?? STUDIO_DEFAULTS.minConfidence,
            bg: parseBackground(options.background),
            ...canvasSize(options.aspect, options.size),
        };
    }
    catch (error) {
        throw new types/* ProviderError */.m('validation', error.message, { cause: error });
    }
}
function undecodable(error) {
    return new types/* ProviderError */.m('refused', `studio could not decode the source photo (${error.message}): supply a JPEG, PNG, WebP or AVIF photo`, { cause: error });
}
async function decode(photo) {
    try {
        const { data, info } = await lib_default()(photo, { failOn: 'error', limitInputPixels: 100_000_000 })
            .rotate()
            .resize({ width: MAX_SOURCE_EDGE, height: MAX_SOURCE_EDGE, fit: 'inside', withoutEnlargement: true })
            .toColourspace('srgb')
            .raw()
            .toBuffer({ resolveWithObject: true });
        return { data, width: info.width, height: info.height, channels: info.channels };
    }
    catch (error) {
        throw undecodable(error);
    }
}
/** The small copy the matte is computed on, decoded straight from the file (JPEG shrink-on-load is fast). */
async function decodeSmall(photo) {
    try {
        const { data, info } = await lib_default()(photo, { failOn: 'error', limitInputPixels: 100_000_000 })
            .rotate()
            .resize({ width: WORK_EDGE, height: WORK_EDGE, fit: 'inside', withoutEnlargement: true })
            .toColourspace('srgb')
            .removeAlpha()
            // Smooths sensor and JPEG noise so only real edges stop the backdrop's growth.
            .blur(1)
            .raw()
            .toBuffer({ resolveWithObject: true });
        return { data, width: info.width, height: info.height, channels: info.channels };
    }
    catch (error) {
        throw undecodable(error);
    }
}
/** The small copy from an already decoded photo (one whose alpha turned out not to matter). */
async function shrink(src) {
    const { data, info } = await lib_default()(src.data, {
        raw: { width: src.width, height: src.height, channels: src.channels },
    })
        .removeAlpha()
        .resize({ width: WORK_EDGE, height: WORK_EDGE, fit: 'inside', withoutEnlargement: true })
        .blur(1)
        .raw()
        .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, channels: info.channels };
}
/** A transparent background is only meaningful when most of the border is transparent and some of the photo is not. */
function alphaIsMeaningful(src) {
    if (src.channels !== 4)
        return false;
    const { data, width: w, height: h } = src;
    let border = 0;
    let clear = 0;
    const look = (x, y) => {
        border++;
        if (data[(y * w + x) * 4 + 3] < 128)
            clear++;
    };
    for (let x = 0; x < w; x++) {
        look(x, 0);
        look(x, h - 1);
    }
    for (let y = 0; y < h; y++) {
        look(0, y);
        look(w - 1, y);
    }
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4)
        if (data[i] >= 128)
            opaque++;
    const share = opaque / (w * h);
    return clear / border >= 0.5 && share > 0.002 && share < 0.98;
}
function boundingBox(alpha, w, h, stride = 1, offset = 0) {
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    for (let y = 0; y < h; y++) {
        for (let x = 0, i = y * w * stride + offset; x < w; x++, i += stride) {
            if (alpha[i] < ALPHA_CUT)
                continue;
            if (x < x0)
                x0 = x;
            if (x > x1)
                x1 = x;
            if (y < y0)
                y0 = y;
            y1 = y;
        }
    }
    return x1 < 0 ? undefined : { x0, y0, x1, y1 };
}
/** Size of the product's box on the canvas: its limiting side fills `fill`. */
function fitBox(bw, bh, f) {
    const scale = Math.min((f.fill * f.W) / bw, (f.fill * f.H) / bh);
    return {
        scale,
        tw: Math.max(1, Math.min(f.W, Math.round(bw * scale))),
        th: Math.max(1, Math.min(f.H, Math.round(bh * scale))),
    };
}
function noProduct() {
    return new types/* ProviderError */.m('refused', `studio found no product in the source photo. Fix: ${REFUSAL_ADVICE}`);
}
/** Darkest colour channel (of 255) and highest alpha a pixel of a cut-out's own ground shadow has. */
const ALPHA_SHADOW_MAX_LEVEL = 60;
const ALPHA_SHADOW_MAX_ALPHA = 96;
/** Distance (px) from the solid product within which faint dark pixels are its anti-aliased edge. */
const ALPHA_EDGE_REACH = 3;
/**
 * A cut-out often carries its own ground shadow as faint black (alpha under about 0.4). That is
 * the old photo's shadow, not product: it would count in the product's box (the sunglasses filled
 * 67% instead of 85%) and double the studio's contact shadow. Faint dark pixels away from the
 * solid product are cleared; those next to it are the product's own soft edge and stay.
 */
function dropAlphaShadow(src) {
    const { data, width: w, height: h } = src;
    const near = new Uint8Array(w * h);
    for (let i = 0; i < w * h; i++)
        if (data[i * 4 + 3] >= 128)
            near[i] = 1;
    // Dilate the solid product by ALPHA_EDGE_REACH (a square: cheap, two separable passes).
    const tmp = new Uint8Array(w * h);
    for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
            if (!near[y * w + x])
                continue;
            for (let dx = -ALPHA_EDGE_REACH; dx <= ALPHA_EDGE_REACH; dx++)
                if (x + dx >= 0 && x + dx < w)
                    tmp[y * w + x + dx] = 1;
        }
    near.fill(0);
    for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
            if (!tmp[y * w + x])
                continue;
            for (let dy = -ALPHA_EDGE_REACH; dy <= ALPHA_EDGE_REACH; dy++)
                if (y + dy >= 0 && y + dy < h)
                    near[(y + dy) * w + x] = 1;
        }
    for (let i = 0, p = 0; i < w * h; i++, p += 4) {
        const a = data[p + 3];
        if (a === 0 || a > ALPHA_SHADOW_MAX_ALPHA || near[i])
            continue;
        if (Math.max(data[p], data[p + 1], data[p + 2]) <= ALPHA_SHADOW_MAX_LEVEL)
            data[p + 3] = 0;
    }
}
/** The photo's own alpha is the matte; sharp premultiplies while resampling, so no edge colour bleeds. */
async function productFromAlpha(src, f) {
    dropAlphaShadow(src);
    const box = boundingBox(src.data, src.width, src.height, 4, 3);
    if (!box)
        throw noProduct();
    const bw = box.x1 - box.x0 + 1;
    const bh = box.y1 - box.y0 + 1;
    const { tw, th, scale } = fitBox(bw, bh, f);
    // A little transparent margin so the resampling kernel sees the edge fall off, not a cut.
    const pad = 4;
    const x0 = Math.max(0, box.x0 - pad);
    const y0 = Math.max(0, box.y0 - pad);
    const region = {
        left: x0,
        top: y0,
        width: Math.min(src.width - 1, box.x1 + pad) - x0 + 1,
        height: Math.min(src.height - 1, box.y1 + pad) - y0 + 1,
    };
    const pw = Math.max(1, Math.round(region.width * scale));
    const ph = Math.max(1, Math.round(region.height * scale));
    const rgba = await lib_default()(src.data, { raw: { width: src.width, height: src.height, channels: 4 } })
        .extract(region)
        .resize(pw, ph, { kernel: 'lanczos3', fit: 'fill' })
        .raw()
        .toBuffer();
    return {
        rgb: rgba,
        channels: 4,
        alpha: rgba,
        alphaStride: 4,
        alphaOffset: 3,
        width: pw,
        height: ph,
        box: {
            x: Math.round((box.x0 - x0) * scale),
            y: Math.round((box.y0 - y0) * scale),
            width: tw,
            height: th,
        },
        gains: [1, 1, 1],
        confidence: 1,
    };
}
/** Matte from the backdrop: computed small, upsampled straight to the canvas size, feathered and pulled slightly inside the edge. */
async function productFromBackdrop(
/** The full-size decode, awaited only once the matte is cut (it runs meanwhile). */
full, small, f, minConfidence) {
    const { width: w, height: h, channels } = small;
    const coons = computeMatte(toLab(small.data, w, h, channels), small.data, channels);
    // A coloured, textured surface with a hard cast shadow: see shade-matte.ts.
    const matte = withShadeFallback(coons, small.data, channels, minConfidence);
    if (matte.confidence < minConfidence) {
        throw new types/* ProviderError */.m('refused', `studio cannot separate the product from its backdrop with confidence (${matte.confidence.toFixed(2)}, needs ${minConfidence}): ${refusalReasons(matte).join('; ')}. Fix: ${REFUSAL_ADVICE}`);
    }
    const refined = await refineMatte(small.data, channels, matte.mask, w, h, matte.removable);
    if (matte !== coons)
        dropShadeAdditions(refined.mask, matte);
    if (refined.removed > MAX_CUT_AWAY) {
        throw new types/* ProviderError */.m('refused', `studio cannot separate the product from its backdrop with confidence: the graph cut disagrees with the backdrop matte (it gives ${(refined.removed * 100).toFixed(0)}% of the matte's product to the backdrop, at most ${MAX_CUT_AWAY * 100}% is a shadow or openings), so product and backdrop colours overlap (dark on dark, white on white). Fix: ${REFUSAL_ADVICE}`);
    }
    const src = await full;
    const mask = Buffer.alloc(w * h);
    for (let i = 0; i < mask.length; i++)
        mask[i] = refined.mask[i] ? 255 : 0;
    const box = boundingBox(mask, w, h);
    if (!box)
        throw noProduct();
    const sx = src.width / w;
    const sy = src.height / h;
    // The product's box in the source, and a slightly larger region around it so the feathered edge
    // has room to fall to zero (cutting exactly at the box would leave a hard edge there).
    const bx = Math.round(box.x0 * sx);
    const by = Math.round(box.y0 * sy);
    const bw = Math.max(1, Math.min(src.width, Math.round((box.x1 + 1) * sx)) - bx);
    const bh = Math.max(1, Math.min(src.height, Math.round((box.y1 + 1) * sy)) - by);
    const pad = 3;
    const px0 = Math.max(0, box.x0 - pad);
    const py0 = Math.max(0, box.y0 - pad);
    const px1 = Math.min(w - 1, box.x1 + pad);
    const py1 = Math.min(h - 1, box.y1 + pad);
    const region = {
        left: Math.round(px0 * sx),
        top: Math.round(py0 * sy),
        width: 0,
        height: 0,
    };
    region.width = Math.max(1, Math.min(src.width, Math.round((px1 + 1) * sx)) - region.left);
    region.height = Math.max(1, Math.min(src.height, Math.round((py1 + 1) * sy)) - region.top);
    const { scale } = fitBox(bw, bh, f);
    const pw = Math.max(1, Math.round(region.width * scale));
    const ph = Math.max(1, Math.round(region.height * scale));
    // The blur (about half a work pixel) rounds the small mask's staircase into a smooth contour;
    // the steep remap of the blurred ramp then makes the edge crisp again (about one output pixel
    // of anti-aliasing) and sits slightly inside the product, so little backdrop is mixed in.
    const lo = 0.45 * 255;
    const hi = 0.65 * 255;
    const zoom = pw / (px1 - px0 + 1);
    const [rgb, alpha] = await Promise.all([
        lib_default()(src.data, { raw: { width: src.width, height: src.height, channels: src.channels } })
            .extract(region)
            .removeAlpha()
            .resize(pw, ph, { kernel: 'lanczos3', fit: 'fill' })
            .raw()
            .toBuffer(),
        lib_default()(mask, { raw: { width: w, height: h, channels: 1 } })
            .extract({ left: px0, top: py0, width: px1 - px0 + 1, height: py1 - py0 + 1 })
            .resize(pw, ph, { kernel: 'linear', fit: 'fill' })
            .blur(Math.max(0.5, 0.8 * zoom))
            .linear(255 / (hi - lo), (-255 * lo) / (hi - lo))
            .extractChannel(0)
            .raw()
            .toBuffer(),
    ]);
    // Twice: a deep corner of old backdrop is core the first time and rim once its outside is gone.
    // Only a coloured backdrop spills a hue the edge decontamination cannot hide; on white or grey
    // the unmixing flattened the product's own shading along its edge (the polo's hem).
    const rim = Math.min(16, Math.ceil(1.5 * zoom) + 1);
    if (isColouredBackdrop(matte.backdrop))
        for (let pass = 0; pass < 2; pass++)
            unmixBackdropRim(rgb, alpha, pw, ph, rim);
    decontaminateEdge(rgb, alpha, pw, ph);
    // The visible extent of the feathered matte, which the framing uses.
    const seen = boundingBox(alpha, pw, ph);
    if (!seen)
        throw noProduct();
    const box2 = { x: seen.x0, y: seen.y0, width: seen.x1 - seen.x0 + 1, height: seen.y1 - seen.y0 + 1 };
    return {
        rgb,
        channels: 3,
        alpha,
        alphaStride: 1,
        alphaOffset: 0,
        width: pw,
        height: ph,
        box: box2,
        gains: whiteBalance(matte.backdrop),
        confidence: matte.confidence,
        measures: { ...matte.measures, cutAway: refined.removed, cutAdded: refined.added },
    };
}
/**
 * Largest share of the backdrop matte's product the graph cut may give back to the backdrop. A
 * cast shadow or backdrop seen through openings is a minority of it; more means the two methods
 * disagree about what the product is, and neither can be trusted. Measured after the cut's limits
 * on photos-2: the Ethernet cable (its frame-crossing cable end and shadow) loses 31% and looks
 * right, the white USB cable on light grey 49% and is a plug with a ghost, the dark bike 81%.
 */
const MAX_CUT_AWAY = 0.4;
/** Lab chroma above which a backdrop is a deliberate colour (teal wall, tan sweep), not a cast. */
const COLOURED_BACKDROP_CHROMA = 15;
/** Lab L below which a backdrop is a deliberately dark sweep, not an underexposed light one. */
const DARK_BACKDROP_L = 55;
function isColouredBackdrop(backdrop) {
    const lab = toLab(Uint8Array.from(backdrop), 1, 1, 3);
    return Math.hypot(lab.a[0], lab.b[0]) > COLOURED_BACKDROP_CHROMA;
}
/**
 * Gains that make the old backdrop neutral and bright; the product gets the same gains. Only a
 * light, nearly neutral backdrop is evidence of the light's colour and exposure: a coloured or dark
 * sweep is what the photographer chose, and balancing it would tint or blow out the product (a
 * white lamp on teal turned pink), so such photos keep their colours.
 */
function whiteBalance(backdrop) {
    const lab = toLab(Uint8Array.from(backdrop), 1, 1, 3);
    if (isColouredBackdrop(backdrop) || lab.L[0] < DARK_BACKDROP_L)
        return [1, 1, 1];
    const target = 245;
    const raw = backdrop.map((c) => target / Math.max(1, c));
    const mean = (raw[0] + raw[1] + raw[2]) / 3;
    const exposure = Math.min(1.6, Math.max(0.95, mean));
    return raw.map((g) => exposure * Math.min(1.2, Math.max(0.83, g / mean)));
}
/**
 * The product, from the photo's alpha when that is meaningful, else from its backdrop. Without
 * alpha the full-size decode runs on libvips' threads while the matte is computed from the small
 * one (decoded from the file: JPEG shrink-on-load is fast), so neither waits for the other.
 */
async function cutOut(photo, hasAlpha, frame, minConfidence) {
    if (!hasAlpha) {
        const full = decode(photo);
        // Awaited later (or never, when the matte refuses): a failure is reported by whoever awaits it.
        full.catch(() => undefined);
        const product = await productFromBackdrop(full, await decodeSmall(photo), frame, minConfidence);
        return { product, fromAlpha: false };
    }
    const src = await decode(photo);
    const fromAlpha = alphaIsMeaningful(src);
    const product = fromAlpha
        ? await productFromAlpha(src, frame)
        : await productFromBackdrop(src, await shrink(src), frame, minConfidence);
    return { product, fromAlpha };
}
/** Renders the studio canvas as raw RGB. Throws ProviderError('refused') when the product cannot be cut out. */
async function renderStudioCanvas(photo, options) {
    const o = validate(options);
    const { width: W, height: H } = o;
    const frame = { W, H, fill: o.fill };
    const hasAlpha = await lib_default()(photo)
        .metadata()
        .then((m) => m.hasAlpha)
        .catch((error) => {
        throw undecodable(error);
    });
    const { product, fromAlpha } = await cutOut(photo, hasAlpha, frame, o.minConfidence);
    const { width: tw, height: th } = product.box;
    const margin = ((1 - o.fill) / 2) * H;
    const left = Math.round((W - tw) / 2);
    const wanted = o.align === 'top'
        ? Math.round(margin)
        : o.align === 'bottom'
            ? Math.round(H - margin - th)
            : Math.round((H - th) / 2);
    const top = Math.min(H - th, Math.max(0, wanted));
    const canvas = Buffer.alloc(W * H * 3);
    for (let y = 0; y < H; y++) {
        canvas.fill(Buffer.from(backgroundAt(o.bg, y, H)), y * W * 3, (y + 1) * W * 3);
    }
    // The product image's own origin: its box lands at (left, top).
    const ix = left - product.box.x;
    const iy = top - product.box.y;
    if (o.shadow && o.shadowStrength > 0)
        drawShadow(canvas, W, H, product, ix, iy, o.shadowStrength);
    drawProduct(canvas, W, H, product, ix, iy);
    return {
        raw: canvas,
        width: W,
        height: H,
        fill: Math.max(tw / W, th / H),
        confidence: product.confidence,
        matte: fromAlpha ? 'alpha' : 'backdrop',
        measures: product.measures,
        productBox: { left, top, width: tw, height: th },
    };
}
/**
 * A contact shadow: an ellipse under the product's footprint whose darkness falls to exactly zero
 * at its rim (no blur tail), so every pixel beyond it keeps the exact background colour.
 */
function drawShadow(canvas, W, H, p, left, top, strength) {
    const { width: tw, height: th, alpha, alphaStride: st, alphaOffset: off } = p;
    const solid = (x, y) => alpha[(y * tw + x) * st + off] >= 128;
    let bottom = -1;
    for (let y = th - 1; y >= 0 && bottom < 0; y--) {
        for (let x = 0; x < tw; x++)
            if (solid(x, y))
                bottom = y;
    }
    if (bottom < 0)
        return;
    // Footprint: the product's width over its lowest rows.
    const band = Math.max(2, Math.round(p.box.height * 0.08));
    let fl = tw;
    let fr = -1;
    for (let y = Math.max(0, bottom - band); y <= bottom; y++) {
        for (let x = 0; x < tw; x++) {
            if (!solid(x, y))
                continue;
            if (x < fl)
                fl = x;
            if (x > fr)
                fr = x;
        }
    }
    const rx = Math.max(((fr - fl + 1) / 2) * 1.12, p.box.width * 0.2);
    const ry = Math.max(3, rx * 0.12);
    const cx = left + (fl + fr) / 2;
    const cy = top + bottom - ry * 0.2;
    const y0 = Math.max(0, Math.floor(cy - ry));
    const y1 = Math.min(H - 1, Math.ceil(cy + ry));
    const x0 = Math.max(0, Math.floor(cx - rx));
    const x1 = Math.min(W - 1, Math.ceil(cx + rx));
    for (let y = y0; y <= y1; y++) {
        const dy = (y - cy) / ry;
        for (let x = x0; x <= x1; x++) {
            const dx = (x - cx) / rx;
            const r2 = dx * dx + dy * dy;
            if (r2 >= 1)
                continue;
            const k = 1 - r2;
            const a = strength * k * k * (0.6 + 0.4 * k);
            const i = (y * W + x) * 3;
            canvas[i] = Math.round(canvas[i] * (1 - a));
            canvas[i + 1] = Math.round(canvas[i + 1] * (1 - a));
            canvas[i + 2] = Math.round(canvas[i + 2] * (1 - a));
        }
    }
}
/** Distance in 4-neighbour steps from the nearest pixel outside the matte, up to `limit` (beyond: limit + 1). */
function depthInside(alpha, w, h, limit) {
    const n = w * h;
    const depth = new Uint8Array(n).fill(limit + 1);
    for (let i = 0; i < n; i++)
        if (alpha[i] < ALPHA_CUT)
            depth[i] = 0;
    // Only outside pixels next to an inside one can lower a depth: the spread starts from them alone
    // (the breadth-first rings, and so every depth, are the same as from all outside pixels).
    let front = new Int32Array(n);
    let next = new Int32Array(n);
    let size = 0;
    for (let i = 0; i < n; i++) {
        if (depth[i] !== 0)
            continue;
        const x = i % w;
        if ((x > 0 && depth[i - 1]) ||
            (x < w - 1 && depth[i + 1]) ||
            (i >= w && depth[i - w]) ||
            (i + w < n && depth[i + w]))
            front[size++] = i;
    }
    for (let d = 1; d <= limit && size > 0; d++) {
        let k = 0;
        const reach = (j) => {
            if (depth[j] <= d)
                return;
            depth[j] = d;
            next[k++] = j;
        };
        for (let f = 0; f < size; f++) {
            const i = front[f];
            const x = i % w;
            if (x > 0)
                reach(i - 1);
            if (x < w - 1)
                reach(i + 1);
            if (i >= w)
                reach(i - w);
            if (i + w < n)
                reach(i + w);
        }
        [front, next] = [next, front];
        size = k;
    }
    return depth;
}
/** Calls `visit` with each in-frame 8-neighbour of pixel i, row by row. */
function eachNeighbour8(i, w, n, visit) {
    const x = i % w;
    for (let dy = -w; dy <= w; dy += w)
        for (let dx = -1; dx <= 1; dx++) {
            const j = i + dy + dx;
            if (j >= 0 && j < n && x + dx >= 0 && x + dx < w && j !== i)
                visit(j);
        }
}
/**
 * Spreads colours from the pixels where `known` is set to the `todo` pixels next to them, ring by
 * ring (each new pixel takes the mean of its known 8-neighbours), for `rings` rings. Only the
 * `todo` pixels of the result are meaningful: their spread colour, or NaN where unreached.
 */
function spreadColour(rgb, known, todo, w, h, rings) {
    const n = w * h;
    // Written only around the todo pixels (the whole image would be 36 MB at a 1740 px product).
    const out = new Float32Array(n * 3);
    const set = known.slice();
    const wanted = new Uint8Array(n);
    const copy = (j) => {
        for (let c = 0; c < 3; c++)
            out[j * 3 + c] = rgb[j * 3 + c];
    };
    let front = new Int32Array(todo.length);
    let size = 0;
    for (const i of todo) {
        if (set[i])
            copy(i);
        else if (!wanted[i]) {
            wanted[i] = 1;
            front[size++] = i;
            eachNeighbour8(i, w, n, (j) => known[j] === 1 && copy(j));
        }
    }
    let next = new Int32Array(size);
    const done = new Int32Array(size);
    const queued = new Uint16Array(n);
    for (let pass = 0; pass < rings && size > 0; pass++) {
        let nd = 0;
        for (let f = 0; f < size; f++) {
            const i = front[f];
            let s0 = 0;
            let s1 = 0;
            let s2 = 0;
            let k = 0;
            eachNeighbour8(i, w, n, (j) => {
                if (set[j] !== 1)
                    return;
                s0 += out[j * 3];
                s1 += out[j * 3 + 1];
                s2 += out[j * 3 + 2];
                k++;
            });
            if (k === 0)
                continue;
            out[i * 3] = s0 / k;
            out[i * 3 + 1] = s1 / k;
            out[i * 3 + 2] = s2 / k;
            done[nd++] = i;
        }
        for (let q = 0; q < nd; q++) {
            set[done[q]] = 1;
            wanted[done[q]] = 0;
        }
        // A pixel only gains a set neighbour when one was just done: the next ring is their neighbours
        // (the same rings as testing every pixel still wanted, each pass).
        size = 0;
        for (let q = 0; q < nd; q++)
            eachNeighbour8(done[q], w, n, (j) => {
                if (!wanted[j] || queued[j] === pass + 1)
                    return;
                queued[j] = pass + 1;
                next[size++] = j;
            });
        [front, next] = [next, front];
    }
    for (const i of todo)
        if (wanted[i])
            out.fill(NaN, i * 3, i * 3 + 3);
    return out;
}
/** Below this RGB distance between product and backdrop colour a mix cannot be told from either. */
const UNMIX_MIN_CONTRAST = 120;
/** Largest RGB distance of a rim pixel from the product-backdrop line for it to count as their mix. */
const UNMIX_MAX_RESIDUAL = 24;
/** Lightest and darkest shade of the mix accepted: the rim of a product is often in its own shade. */
const UNMIX_SHADE = [0.55, 1.1];
/** True when pixel i's chromaticity is much nearer the backdrop's than the product's. */
function hueOf(rgb, i, B, F) {
    const o = i * 3;
    const si = Math.max(1, rgb[o] + rgb[o + 1] + rgb[o + 2]);
    const sb = Math.max(1, B[o] + B[o + 1] + B[o + 2]);
    const sf = Math.max(1, F[o] + F[o + 1] + F[o + 2]);
    const b0 = B[o] / sb;
    const b1 = B[o + 1] / sb;
    const b2 = B[o + 2] / sb;
    const span = Math.hypot(b0 - F[o] / sf, b1 - F[o + 1] / sf, b2 - F[o + 2] / sf);
    return (span > 0.08 && Math.hypot(rgb[o] / si - b0, rgb[o + 1] / si - b1, rgb[o + 2] / si - b2) < 0.25 * span);
}
/**
 * Fits pixel i as a shaded mix s * (aF + (1 - a)B) by least squares on p = s * a and q = s * (1 - a).
 * Returns a and s when the fit explains the pixel (or a = 0 when only its hue says backdrop).
 */
function unmix(rgb, F, B, i) {
    let ff = 0;
    let bb = 0;
    let fb = 0;
    let fi = 0;
    let bi = 0;
    let dist = 0;
    for (let c = 0; c < 3; c++) {
        const f = F[i * 3 + c];
        const b = B[i * 3 + c];
        const v = rgb[i * 3 + c];
        ff += f * f;
        bb += b * b;
        fb += f * b;
        fi += f * v;
        bi += b * v;
        dist += (f - b) ** 2;
    }
    const det = ff * bb - fb * fb;
    if (dist < UNMIX_MIN_CONTRAST ** 2 || det <= 1e-6)
        return undefined;
    const p = (fi * bb - bi * fb) / det;
    const q = (bi * ff - fi * fb) / det;
    const shade = p + q;
    // Where the mix does not fit (deep in shade, or off the line) the backdrop's hue may still show:
    // a darker speck of the teal wall left at the rim is backdrop.
    const fallback = () => hueOf(rgb, i, B, F) ? { a: 0, shade: 1 } : undefined;
    if (q <= 0 || p < 0 || shade > UNMIX_SHADE[1] || shade < UNMIX_SHADE[0])
        return fallback();
    let res = 0;
    for (let c = 0; c < 3; c++)
        res += (rgb[i * 3 + c] - p * F[i * 3 + c] - q * B[i * 3 + c]) ** 2;
    return res <= UNMIX_MAX_RESIDUAL ** 2 ? { a: Math.max(0, p / shade), shade } : fallback();
}
/**
 * The work-size matte can keep a rim of old backdrop a few output pixels deep inside the edge (a
 * teal ring round a white lamp on a teal wall). Each pixel within `depth` of the edge is read as
 * I = aF + (1 - a)B, with F the product's colour spread outwards from deeper inside and B the local
 * backdrop's colour spread inwards from outside the matte; where that explains it (small residual,
 * F and B far enough apart) its alpha drops to a and its colour becomes F. Pixels that are not
 * such a mix (a dark outline, a printed edge) keep their alpha and colour.
 */
function unmixBackdropRim(rgb, alpha, w, h, depth) {
    const n = w * h;
    const d = depthInside(alpha, w, h, depth);
    const core = new Uint8Array(n);
    const far = new Uint8Array(n);
    let rims = 0;
    let feathers = 0;
    for (let i = 0; i < n; i++) {
        core[i] = d[i] > depth ? 1 : 0;
        // The feathered edge itself is mixed; the backdrop is read where the matte is exactly zero.
        far[i] = d[i] === 0 && alpha[i] === 0 ? 1 : 0;
        if (d[i] > 0 && d[i] <= depth)
            rims++;
        else if (d[i] === 0 && alpha[i] > 0)
            feathers++;
    }
    // Feather first, then rim: `edge` holds both, `rim` is its tail.
    const edge = new Int32Array(feathers + rims);
    for (let i = 0, f = 0, r = feathers; i < n; i++) {
        if (d[i] > 0 && d[i] <= depth)
            edge[r++] = i;
        else if (d[i] === 0 && alpha[i] > 0)
            edge[f++] = i;
    }
    const rim = edge.subarray(feathers);
    const F = spreadColour(rgb, core, rim, w, h, depth + 2);
    const B = spreadColour(rgb, far, edge, w, h, depth + 2);
    for (const i of rim) {
        if (Number.isNaN(F[i * 3]) || Number.isNaN(B[i * 3]))
            continue;
        const fit = unmix(rgb, F, B, i);
        if (fit === undefined || fit.a >= 1)
            continue;
        alpha[i] = Math.min(alpha[i], Math.round(255 * fit.a));
        // The product's colour in the pixel's own shade, so the rim keeps its shading.
        for (let c = 0; c < 3; c++)
            rgb[i * 3 + c] = Math.min(255, Math.round(fit.shade * F[i * 3 + c]));
    }
}
/**
 * Edge pixels mix the product with the old backdrop; on a new, different background that mix
 * shows as a pale fringe. Their colour is replaced, ring by ring from the inside, by the mean of
 * their already solid neighbours, so the feathered edge carries the product's own colour.
 */
function decontaminateEdge(rgb, alpha, w, h) {
    const n = w * h;
    const solid = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        if (alpha[i] >= 255 - ALPHA_CUT)
            solid[i] = 1;
    // The feathered band, then the outermost solid ring, which is itself partly mixed: edge too.
    const list = [];
    for (let i = 0; i < n; i++)
        if (!solid[i] && alpha[i] >= ALPHA_CUT)
            list.push(i);
    const bandSize = list.length;
    for (let i = 0; i < n; i++) {
        if (!solid[i])
            continue;
        const x = i % w;
        if ((x > 0 && !solid[i - 1]) ||
            (x < w - 1 && !solid[i + 1]) ||
            (i >= w && !solid[i - w]) ||
            (i + w < n && !solid[i + w]))
            list.push(i);
    }
    for (let r = bandSize; r < list.length; r++)
        solid[list[r]] = 0;
    let band = Int32Array.from(list);
    let rest = new Int32Array(band.length);
    const done = new Int32Array(band.length);
    let size = band.length;
    for (let pass = 0; pass < 12 && size > 0; pass++) {
        let nd = 0;
        let nr = 0;
        for (let q = 0; q < size; q++) {
            const i = band[q];
            const x = i % w;
            let r = 0;
            let g = 0;
            let b = 0;
            let k = 0;
            for (let dy = -1; dy <= 1; dy++) {
                const row = i + dy * w;
                if (row < 0 || row >= n)
                    continue;
                for (let dx = -1; dx <= 1; dx++) {
                    if (x + dx < 0 || x + dx >= w)
                        continue;
                    const j = row + dx;
                    if (solid[j] !== 1)
                        continue;
                    r += rgb[j * 3];
                    g += rgb[j * 3 + 1];
                    b += rgb[j * 3 + 2];
                    k++;
                }
            }
            if (k === 0) {
                rest[nr++] = i;
                continue;
            }
            rgb[i * 3] = r / k;
            rgb[i * 3 + 1] = g / k;
            rgb[i * 3 + 2] = b / k;
            done[nd++] = i;
        }
        for (let q = 0; q < nd; q++)
            solid[done[q]] = 1;
        [band, rest] = [rest, band];
        size = nr;
    }
}
function drawProduct(canvas, W, H, p, left, top) {
    const { rgb, channels: ch, alpha, alphaStride: st, alphaOffset: off, width: tw, height: th } = p;
    const luts = p.gains.map((g) => {
        const lut = new Uint8Array(256);
        for (let v = 0; v < 256; v++)
            lut[v] = Math.min(255, Math.round(v * g));
        return lut;
    });
    const [lr, lg, lb] = luts;
    const xs = Math.max(0, -left);
    const xe = Math.min(tw, W - left);
    for (let y = Math.max(0, -top); y < Math.min(th, H - top); y++) {
        let s = (y * tw + xs) * ch;
        let a = (y * tw + xs) * st + off;
        let d = ((y + top) * W + left + xs) * 3;
        for (let x = xs; x < xe; x++, s += ch, a += st, d += 3) {
            const a8 = alpha[a];
            if (a8 < ALPHA_CUT)
                continue;
            if (a8 > 255 - ALPHA_CUT) {
                canvas[d] = lr[rgb[s]];
                canvas[d + 1] = lg[rgb[s + 1]];
                canvas[d + 2] = lb[rgb[s + 2]];
                continue;
            }
            const k = 255 - a8;
            canvas[d] = (lr[rgb[s]] * a8 + canvas[d] * k + 127) / 255;
            canvas[d + 1] = (lg[rgb[s + 1]] * a8 + canvas[d + 1] * k + 127) / 255;
            canvas[d + 2] = (lb[rgb[s + 2]] * a8 + canvas[d + 2] * k + 127) / 255;
        }
    }
}
/** Composes the studio image as a lossless PNG (the run encodes the placement's format). */
async function composeStudioImage(photo, options) {
    const { raw, ...rest } = await renderStudioCanvas(photo, options);
    // A low compression level: this PNG is an intermediate the run re-encodes, so speed wins over size.
    const png = await lib_default()(raw, { raw: { width: rest.width, height: rest.height, channels: 3 } })
        .png({ compressionLevel: 2, adaptiveFiltering: false })
        .toBuffer();
    return { png, ...rest };
}

;// CONCATENATED MODULE: ./src/providers/studio/index.ts





/** The built-in offline compositor: no network, no key; the product's supplier photo is its input. */
function createStudioProvider() {
    return {
        id: 'studio',
        async generate(request) {
            const { spec, reference } = request;
            if (!reference?.bytes?.length) {
                throw new types/* ProviderError */.m('refused', `studio needs a source photo, but ${spec.key} has none: set \`source:\` on product ${spec.sku} in the catalog to its supplier photo, or pick a hosted model for this variant`);
            }
            request.signal.throwIfAborted();
            const studio = spec.studio ?? {};
            const result = await composeStudioImage(reference.bytes, {
                aspect: spec.aspect,
                size: spec.size,
                background: studio.background ?? spec.background,
                shadow: studio.shadow,
                shadowStrength: studio.shadowStrength,
                fill: studio.fill,
                align: studio.align,
            });
            return { images: [{ bytes: result.png, mimeType: 'image/png' }], costUsd: 0 };
        },
    };
}

;// CONCATENATED MODULE: ./src/providers/registry.ts











/** Every hosted API shotlist speaks, by provider id. */
const PROVIDERS = {
    gemini: gemini,
    openai: openai,
    recraft: recraft,
    fal: fal,
    replicate: replicate,
    pixelmuse: pixelmuse,
};
/** The environment variable holding each hosted provider's key by default. Only its name is ever printed. */
const registry_KEY_ENV = Object.fromEntries(Object.values(PROVIDERS).map((d) => [d.id, d.keyEnv]));
/** The variable a provider's key is read from: shotlist.yaml's keyEnv, else the provider's usual one. */
function keyEnvOf(providerId, settings) {
    return (settings?.keyEnv ??
        registry_KEY_ENV[providerId] ??
        `${providerId.toUpperCase()}_API_KEY`);
}
/**
 * Test hook: a loopback base URL of the fake server in test/fakes. Every hosted model is then served
 * by it. Refused for any non-loopback URL so a stray variable can never send prompts anywhere.
 */
const FAKE_PROVIDER_ENV = 'SHOTLIST_FAKE_PROVIDER_URL';
function isLoopbackUrl(text) {
    try {
        const u = new URL(text);
        return ((u.protocol === 'http:' || u.protocol === 'https:') &&
            /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(u.hostname));
    }
    catch {
        return false;
    }
}
/** Checks SHOTLIST_FAKE_PROVIDER_URL; returns an error message when it is set to something unsafe. */
function fakeProviderProblem(env) {
    const url = env[FAKE_PROVIDER_ENV];
    if (url === undefined || url === '')
        return undefined;
    return isLoopbackUrl(url)
        ? undefined
        : `${FAKE_PROVIDER_ENV} is set to a non-loopback URL; it is a test hook that only accepts http://127.0.0.1:<port>. Unset it`;
}
const DEFAULT_SETTINGS = { concurrency: 4, timeoutSeconds: 120 };
/** Maps model ids to Provider instances through shotlist.yaml's routing, one instance per provider id (one queue each). */
function createProviderRegistry(options) {
    const cache = new Map();
    const fakeUrl = options.env[FAKE_PROVIDER_ENV];
    const fakeOn = !!fakeUrl && isLoopbackUrl(fakeUrl);
    const instances = new Map();
    const instance = (id, make) => {
        let p = instances.get(id);
        if (!p)
            instances.set(id, (p = make()));
        return p;
    };
    return (modelId) => {
        const hit = cache.get(modelId);
        if (hit)
            return hit;
        const found = lookup(modelId);
        cache.set(modelId, found);
        return found;
    };
    function lookup(modelId) {
        const model = (0,models/* findModel */.P6)(modelId);
        if (!model)
            return {
                ok: false,
                reason: 'unknown-model',
                message: `model "${modelId}" is not in the model registry`,
            };
        if (model.retired) {
            return {
                ok: false,
                model,
                reason: 'retired',
                message: `model ${model.id} is retired since ${model.retired.since} (${model.retired.why}); use ${model.retired.use}`,
            };
        }
        const routing = options.routing?.[model.id];
        const { route, fallback } = (0,models/* routeOf */.Lu)(model, routing);
        if (!route) {
            return {
                ok: false,
                model,
                reason: 'no-route',
                message: `shotlist.yaml routes ${model.id} to ${routing?.provider}, which does not serve it; it is served by ${model.routes.map((r) => r.provider).join(', ')}`,
            };
        }
        const found = withRoute(model, route);
        if (!found.ok || !fallback)
            return found;
        let resolved;
        return { ...found, fallback: () => (resolved ??= withRoute(model, fallback)) };
    }
    function withRoute(model, route) {
        const providerId = route.provider;
        const settings = options.providers[providerId] ?? DEFAULT_SETTINGS;
        if (providerId === 'studio') {
            return {
                ok: true,
                model,
                route,
                providerId,
                fake: false,
                provider: instance('studio', createStudioProvider),
            };
        }
        const envName = keyEnvOf(providerId, settings);
        if (options.offline) {
            return {
                ok: false,
                model,
                reason: 'offline',
                message: `model ${model.id} needs ${envName}; run without --offline in CI`,
            };
        }
        if (fakeOn) {
            return {
                ok: true,
                model,
                route,
                providerId,
                fake: true,
                provider: instance(providerId, () => createFakeHttpProvider({ baseUrl: fakeUrl, timeoutMs: settings.timeoutSeconds * 1000 })),
            };
        }
        const key = options.env[envName];
        if (!key) {
            return {
                ok: false,
                model,
                reason: 'no-key',
                message: missingKeyMessage(model.id, providerId, envName),
            };
        }
        const injected = options.adapters?.[providerId];
        const definition = PROVIDERS[providerId];
        const make = () => injected
            ? injected({ model, key, settings })
            : definition.create({
                key,
                baseUrl: (settings.baseUrl ?? definition.defaultBaseUrl).replace(/\/+$/, ''),
                timeoutMs: settings.timeoutSeconds * 1000,
                maxBytes: options.maxBytes ?? normalise/* DEFAULT_MAX_INPUT_BYTES */.yQ,
                concurrency: settings.concurrency,
                ...(settings.pollSeconds !== undefined ? { pollInitialMs: settings.pollSeconds * 1000 } : {}),
            });
        return { ok: true, model, route, providerId, fake: false, provider: instance(providerId, make) };
    }
}
/** Which variable, where to set it locally and in CI, and how to run without it. */
function missingKeyMessage(modelId, provider, envName) {
    const name = domain_text/* PROVIDER_NAMES */.xd[provider] ?? provider;
    return (`model ${modelId} needs the ${envName} environment variable (${(0,domain_text/* article */.jZ)(name)} ${name} API key): ` +
        `export ${envName}=… in your shell, or in GitHub add a repository secret ${envName} and pass it to the shotlist step's env; ` +
        `or use --offline to run only studio shots`);
}


/***/ }),

/***/ 42695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ProviderError)
/* harmony export */ });
const RETRYABLE = new Set(['transient', 'rate-limit', 'timeout']);
class ProviderError extends Error {
    kind;
    status;
    /** Delay the API asked for before the next try. */
    retryAfterMs;
    /** The API's own reason code (`moderation_blocked`, `API_KEY_INVALID`, `content_policy_violation`…). */
    reason;
    constructor(kind, message, options = {}) {
        super(message, { cause: options.cause });
        this.name = 'ProviderError';
        this.kind = kind;
        this.status = options.status;
        this.retryAfterMs = options.retryAfterMs;
        this.reason = options.reason;
    }
    get retryable() {
        return RETRYABLE.has(this.kind);
    }
}


/***/ }),

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
