export interface FakeComment {
  id: number;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  user: { login: string; type: string };
  created: string;
  updated: string;
}
export interface FakeGitHubState {
  mode: 'ok' | 'forbidden';
  comments: FakeComment[];
  requests: { method: string; path: string; at: number }[];
  onWrite?: (action: 'created' | 'updated', comment: FakeComment) => void;
}
export interface FakeGitHub {
  url: string;
  state: FakeGitHubState;
  addComment(owner: string, repo: string, issue: number, body: string, login?: string): void;
  close(): Promise<void>;
}
export function startFakeGitHub(options?: {
  mode?: 'ok' | 'forbidden';
  onWrite?: FakeGitHubState['onWrite'];
}): Promise<FakeGitHub>;
