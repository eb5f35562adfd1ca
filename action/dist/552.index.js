export const id = 552;
export const ids = [552];
export const modules = {

/***/ 39552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planStep: () => (/* binding */ planStep)
});

// UNUSED EXPORTS: SHOTS_PER_SHARD, shardCount

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 16 modules
var core = __webpack_require__(17909);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 8 modules
var github = __webpack_require__(16420);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/plan.ts + 5 modules
var plan = __webpack_require__(84906);
// EXTERNAL MODULE: ./src/domain/findings.ts
var domain_findings = __webpack_require__(38944);
// EXTERNAL MODULE: ./src/plan/base.ts
var plan_base = __webpack_require__(41270);
// EXTERNAL MODULE: ./src/plan/cost.ts
var cost = __webpack_require__(58);
// EXTERNAL MODULE: ./src/plan/plan.ts
var plan_plan = __webpack_require__(48720);
// EXTERNAL MODULE: ./src/plan/shards.ts
var plan_shards = __webpack_require__(30374);
// EXTERNAL MODULE: ./src/report/plan-markdown.ts
var plan_markdown = __webpack_require__(85925);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(58500);
;// CONCATENATED MODULE: ./action/src/comment.ts
/** One sticky pull-request comment, found by its hidden marker and updated in place. */


/** Secondary rate limits answer 403 or 429 with retry-after; those are waited out (a few times). */
function retryAfterMs(error) {
    const header = error.response?.headers?.['retry-after'];
    if ((error.status === 429 || error.status === 403) && header !== undefined) {
        const s = Number(header);
        return Number.isFinite(s) ? Math.min(s, 60) * 1000 : 1000;
    }
    return error.status === 429 ? 1000 : undefined;
}
async function withRetry(call) {
    for (let attempt = 1;; attempt++) {
        try {
            return await call();
        }
        catch (error) {
            const wait = retryAfterMs(error);
            if (wait === undefined || attempt >= 3)
                throw error;
            await (0,external_node_timers_promises_.setTimeout)(wait);
        }
    }
}
async function findOurs(octokit, owner, repo, issue) {
    for (let page = 1;; page++) {
        const { data } = await withRetry(() => octokit.rest.issues.listComments({ owner, repo, issue_number: issue, per_page: 100, page }));
        const hit = data.find((c) => c.body?.includes(plan_markdown/* PLAN_COMMENT_MARKER */.FL));
        if (hit)
            return hit.id;
        if (data.length < 100)
            return undefined;
    }
}
/** Creates the plan comment or updates the one already there. A 403 (no `pull-requests: write`) is returned, not thrown. */
async function upsertPlanComment(octokit, target, body) {
    const { owner, repo, issue } = target;
    const marked = body.includes(plan_markdown/* PLAN_COMMENT_MARKER */.FL) ? body : `${plan_markdown/* PLAN_COMMENT_MARKER */.FL}\n${body}`;
    try {
        const existing = await findOurs(octokit, owner, repo, issue);
        if (existing !== undefined) {
            const { data } = await withRetry(() => octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: marked }));
            return { ok: true, action: 'updated', id: data.id, url: data.html_url };
        }
        const { data } = await withRetry(() => octokit.rest.issues.createComment({ owner, repo, issue_number: issue, body: marked }));
        return { ok: true, action: 'created', id: data.id, url: data.html_url };
    }
    catch (error) {
        const e = error;
        if (e.status === 403) {
            return {
                ok: false,
                forbidden: true,
                message: `could not post the plan comment: GitHub answered 403 (${e.message ?? 'forbidden'}). ` +
                    'Give the job `permissions: pull-requests: write` (a pull request from a fork gets a read-only token: ' +
                    'the plan is in the job summary instead), or set the input comment: false',
            };
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./action/src/render.ts
var render = __webpack_require__(9638);
;// CONCATENATED MODULE: ./action/src/plan-step.ts
/** The pull-request path: validate, plan against the base, annotate, comment, summarise. No provider keys. */













/** Planned shots per matrix job: shards are sized by work, never more than the `shard` input allows. */
const SHOTS_PER_SHARD = 200;
function shardCount(planned, max) {
    return Math.min(max, Math.max(1, Math.ceil(planned / SHOTS_PER_SHARD)));
}
async function planWithBase(dir, base) {
    try {
        return { result: await (0,plan/* buildPlan */.Gg)(base ? { dir, base } : { dir }) };
    }
    catch (error) {
        if (!(error instanceof plan_base/* GitRefError */.O) || !base)
            throw error;
        // A shallow checkout lacks the base commit: the plan still holds, only the reasons are poorer.
        const note = `the base commit ${base.slice(0, 12)} is not in the checkout, so reasons come from the manifest; check out with fetch-depth: 0 to name the YAML change behind each shot`;
        return { result: await (0,plan/* buildPlan */.Gg)({ dir }), note };
    }
}
function invalidComment(findings) {
    const errors = findings.filter((f) => f.severity === 'error');
    let out = `${plan_markdown/* PLAN_COMMENT_MARKER */.FL}\n### shotlist plan\n\n**The configuration has ${errors.length} error${errors.length === 1 ? '' : 's'}**: nothing can be planned until they are fixed (each is annotated on its line in the Files changed tab).\n\n`;
    for (const f of errors.slice(0, 50))
        out += `- \`${(0,plan_markdown/* cell */.Hn)(f.file)}:${f.line}:${f.column}\` ${(0,plan_markdown/* cell */.Hn)(f.message)}\n`;
    if (errors.length > 50)
        out += `- …and ${errors.length - 50} more (see the job summary)\n`;
    return out;
}
function budgetFinding(usd, budget) {
    if (budget === undefined || usd <= budget + 1e-9)
        return [];
    return [
        {
            file: 'shotlist.yaml',
            line: 0,
            column: 0,
            severity: 'error',
            rule: 'over-budget',
            message: `the plan costs an estimated ${(0,cost/* formatUsd */.UK)(usd)} but the action's budget input is ${(0,cost/* formatUsd */.UK)(budget)}; raise the budget input in the workflow or split the change`,
        },
    ];
}
async function postComment(ctx, pr, body) {
    if (!ctx.settings.comment)
        return 'comment: off (input comment: false)';
    if (!ctx.settings.githubToken || !ctx.repository) {
        core/* warning */.$e('no github-token or GITHUB_REPOSITORY: the plan is in the job summary only');
        return 'comment: not posted (no token)';
    }
    const octokit = (0,github/* getOctokit */.Q)(ctx.settings.githubToken);
    const posted = await upsertPlanComment(octokit, { ...ctx.repository, issue: pr.number }, body);
    if (!posted.ok) {
        core/* warning */.$e(posted.message);
        return `comment: not posted (${posted.message})`;
    }
    core/* info */.pq(`plan comment ${posted.action} on #${pr.number}${posted.url ? `: ${posted.url}` : ''}`);
    return `comment: ${posted.action}${posted.url ? ` ([view](${posted.url}))` : ''}`;
}
async function planStep(ctx, pr, validateOnly = false) {
    const { result, note } = await planWithBase(ctx.dir, validateOnly ? undefined : pr?.baseSha);
    for (const w of result.warnings)
        core/* warning */.$e(w);
    if (note)
        core/* warning */.$e(note);
    const planned = result.plan.filter((s) => (0,plan_plan/* isPlanned */.H9)(s.status));
    const findings = [...result.findings, ...budgetFinding(result.cost.usd, ctx.settings.budgetUsd)];
    const shown = (0,render/* annotate */.fz)(findings, ctx.workspace, ctx.dir).shown;
    const invalid = !result.config || (0,domain_findings/* hasErrors */.Cs)(findings);
    const max = ctx.settings.shard && 'max' in ctx.settings.shard ? ctx.settings.shard.max : undefined;
    const shards = max && !invalid && planned.length > 0 ? shardCount(planned.length, max) : undefined;
    if (shards && shards > 1) {
        const assigned = (0,plan_shards/* assignShards */.fp)(planned.map((s) => s.key), shards);
        for (const s of planned)
            s.shard = assigned.get(s.key);
    }
    const body = !result.config
        ? invalidComment(findings)
        : (0,plan_markdown/* renderPlanMarkdown */.d$)({
            plan: result.plan,
            cost: result.cost,
            findings,
            ...(result.base
                ? { baseRef: pr ? `${result.base.ref.slice(0, 12)} (base)` : result.base.ref }
                : {}),
            ...(result.base?.problem ? { baseProblem: result.base.problem } : {}),
            ...(shards && shards > 1 ? { shards } : {}),
        }, { maxChars: plan_markdown/* GITHUB_COMMENT_LIMIT */._4 });
    const manifest = external_node_path_default().relative(ctx.workspace, result.manifestPath).split((external_node_path_default()).sep).join('/');
    const summary = [
        body.replace(plan_markdown/* PLAN_COMMENT_MARKER */.FL, '').trimStart(),
        (0,render/* findingsTable */.f9)(findings, ctx.workspace, ctx.dir, shown),
    ];
    // The comment first: it is what people wait for; the report file is for later steps.
    if (pr && !validateOnly)
        summary.push(await postComment(ctx, pr, body));
    const report = external_node_path_default().join(ctx.temp, 'shotlist-plan.json');
    await (0,promises_.mkdir)(ctx.temp, { recursive: true });
    await (0,promises_.writeFile)(report, JSON.stringify({
        findings,
        cost: result.cost,
        planned: planned.length,
        shots: planned.map((s) => ({ key: s.key, status: s.status, reason: s.reason, shard: s.shard })),
    }) + '\n');
    const errors = findings.filter((f) => f.severity === 'error').length;
    return {
        outputs: {
            planned: planned.length,
            generated: 0,
            failed: 0,
            costUsd: result.cost.usd,
            manifest,
            matrix: JSON.stringify((0,plan_shards/* shardMatrix */._b)(shards ?? (max ? 0 : 1))),
            report,
        },
        summary,
        ...(invalid
            ? {
                failure: `${errors} error${errors === 1 ? '' : 's'} in the configuration (annotated on the YAML lines; all listed in the job summary)`,
            }
            : {}),
    };
}


/***/ })

};
