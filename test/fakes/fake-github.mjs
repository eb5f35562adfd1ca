// A fake of the few GitHub REST endpoints the action uses, on 127.0.0.1, written from GitHub's REST
// docs (issue comments): list is ascending by id and paginated with per_page/page and a Link header;
// create answers 201; update takes the comment id without the issue number; a token without
// `pull-requests: write` gets 403 {"message":"Resource not accessible by integration", "status":"403"}
// (status as a string); a body over 65,536 characters is 422. Plain ESM so benches can import it.
import http from 'node:http';
import { URL } from 'node:url';

const BODY_LIMIT = 65_536;

export async function startFakeGitHub(options = {}) {
  const state = {
    mode: options.mode ?? 'ok', // 'ok' | 'forbidden'
    nextId: 1000,
    comments: [], // { id, issue, owner, repo, body, user }
    requests: [], // { method, path, at }
    onWrite: options.onWrite,
  };
  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };
  const forbidden = (res) =>
    send(res, 403, {
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
  const view = (c, base) => ({
    id: c.id,
    node_id: `IC_${c.id}`,
    body: c.body,
    user: c.user,
    html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    url: `${base}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
    created_at: c.created,
    updated_at: c.updated,
  });

  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const url = new URL(req.url, 'http://x');
      const base = `http://127.0.0.1:${server.address().port}`;
      state.requests.push({ method: req.method, path: url.pathname + url.search, at: Date.now() });
      if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) {
        send(res, 401, { message: 'Requires authentication', status: '401' });
        return;
      }
      let body = {};
      try {
        body = raw ? JSON.parse(raw) : {};
      } catch {
        send(res, 400, { message: 'Problems parsing JSON', status: '400' });
        return;
      }
      let m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
      if (m && req.method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const all = state.comments.filter(
          (c) => c.owner === m[1] && c.repo === m[2] && c.issue === Number(m[3]),
        );
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers = {};
        if (page * perPage < all.length)
          headers.link = `<${base}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        send(
          res,
          200,
          slice.map((c) => view(c, base)),
          headers,
        );
        return;
      }
      if (m && req.method === 'POST') {
        if (state.mode === 'forbidden') return forbidden(res);
        if (typeof body.body !== 'string' || body.body.length > BODY_LIMIT) {
          send(res, 422, {
            message: 'Validation Failed',
            errors: [{ field: 'body', code: 'invalid' }],
            status: '422',
          });
          return;
        }
        const now = new Date().toISOString();
        const c = {
          id: state.nextId++,
          owner: m[1],
          repo: m[2],
          issue: Number(m[3]),
          body: body.body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created: now,
          updated: now,
        };
        state.comments.push(c);
        state.onWrite?.('created', c);
        send(res, 201, view(c, base));
        return;
      }
      m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (m && req.method === 'PATCH') {
        if (state.mode === 'forbidden') return forbidden(res);
        const c = state.comments.find((x) => x.id === Number(m[3]) && x.owner === m[1] && x.repo === m[2]);
        if (!c) {
          send(res, 404, { message: 'Not Found', status: '404' });
          return;
        }
        if (typeof body.body !== 'string' || body.body.length > BODY_LIMIT) {
          send(res, 422, { message: 'Validation Failed', status: '422' });
          return;
        }
        c.body = body.body;
        c.updated = new Date().toISOString();
        state.onWrite?.('updated', c);
        send(res, 200, view(c, base));
        return;
      }
      send(res, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    state,
    /** Adds a comment as someone else would (a person, another bot). */
    addComment(owner, repo, issue, body, login = 'octocat') {
      const now = new Date().toISOString();
      state.comments.push({
        id: state.nextId++,
        owner,
        repo,
        issue,
        body,
        user: { login, type: 'User' },
        created: now,
        updated: now,
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
