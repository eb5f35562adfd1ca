export const id = 765;
export const ids = [765];
export const modules = {

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


/***/ })

};
