// A local stand-in for the few GitHub REST endpoints pull-request delivery uses, written from
// GitHub's REST docs: list (GET /repos/{o}/{r}/pulls?head=owner:branch&state=open), create (POST,
// 201; 422 when the head has no commits over base), update (PATCH /repos/{o}/{r}/pulls/{n}).
// Mode "forbidden" answers as a workflow token without pull-requests: write does.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
}

export interface FakeGitHub {
  url: string;
  pulls: FakePull[];
  requests: { method: string; path: string; auth?: string }[];
  mode: 'ok' | 'forbidden';
  close(): Promise<void>;
}

export async function startFakeGitHub(o: {
  owner: string;
  repo: string;
  token: string;
}): Promise<FakeGitHub> {
  const state: FakeGitHub = { url: '', pulls: [], requests: [], mode: 'ok', close: async () => {} };
  const send = (res: http.ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const view = (p: FakePull) => ({
    number: p.number,
    html_url: `https://github.com/${o.owner}/${o.repo}/pull/${p.number}`,
    state: p.state,
    title: p.title,
    body: p.body,
    head: { ref: p.head, label: `${o.owner}:${p.head}` },
    base: { ref: p.base },
  });
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      state.requests.push({
        method: req.method ?? '',
        path: url.pathname + url.search,
        auth: req.headers.authorization,
      });
      if (
        req.headers.authorization !== `token ${o.token}` &&
        req.headers.authorization !== `Bearer ${o.token}`
      )
        return send(res, 401, {
          message: 'Bad credentials',
          documentation_url: 'https://docs.github.com/rest',
          status: '401',
        });
      const base = `/repos/${o.owner}/${o.repo}/pulls`;
      if (state.mode === 'forbidden' && req.method !== 'GET')
        return send(res, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
          status: '403',
        });
      if (req.method === 'GET' && url.pathname === base) {
        const head = url.searchParams.get('head');
        const st = url.searchParams.get('state') ?? 'open';
        const list = state.pulls.filter(
          (p) => (!head || `${o.owner}:${p.head}` === head) && (st === 'all' || p.state === st),
        );
        return send(res, 200, list.map(view));
      }
      const body = raw ? (JSON.parse(raw) as Record<string, string>) : {};
      if (req.method === 'POST' && url.pathname === base) {
        if (!body.head || !body.base || !body.title)
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [{ resource: 'PullRequest', code: 'missing_field' }],
          });
        if (state.pulls.some((p) => p.head === body.head && p.state === 'open'))
          return send(res, 422, {
            message: 'Validation Failed',
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${o.owner}:${body.head}.`,
              },
            ],
          });
        const p: FakePull = {
          number: state.pulls.length + 1,
          head: body.head,
          base: body.base,
          title: body.title,
          body: body.body ?? '',
          state: 'open',
        };
        state.pulls.push(p);
        return send(res, 201, view(p));
      }
      const m = new RegExp(`^${base}/(\\d+)$`).exec(url.pathname);
      if (req.method === 'PATCH' && m) {
        const p = state.pulls.find((x) => x.number === Number(m[1]));
        if (!p) return send(res, 404, { message: 'Not Found', status: '404' });
        if (body.title !== undefined) p.title = body.title;
        if (body.body !== undefined) p.body = body.body;
        return send(res, 200, view(p));
      }
      send(res, 404, { message: 'Not Found', status: '404' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise((r) => server.close(() => r()));
  return state;
}
