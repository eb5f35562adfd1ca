import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeFor, type EventInfo } from './event.js';
import { InputError } from './settings.js';

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/github/${name}.json`, 'utf8'));
const event = (name: string, payload: unknown): EventInfo => ({
  name,
  payload: payload as EventInfo['payload'],
});

describe('routeFor', () => {
  it('plans a pull request against its base; a fork is recognised by its head repository', () => {
    const pr = fixture('pull_request.opened');
    const route = routeFor('auto', event('pull_request', pr), {});
    expect(route).toEqual({
      kind: 'plan',
      pr: { number: 2, baseSha: pr.pull_request.base.sha, headSha: pr.pull_request.head.sha, fork: false },
    });
    pr.pull_request.head.repo.full_name = 'stranger/Hello-World';
    expect(routeFor('auto', event('pull_request', pr), {})).toMatchObject({ pr: { fork: true } });
    pr.pull_request.head.repo = null; // a deleted fork
    expect(routeFor('auto', event('pull_request', pr), {})).toMatchObject({ pr: { fork: true } });
  });

  it('never generates on a pull request, even when asked', () => {
    expect(() =>
      routeFor('generate', event('pull_request', fixture('pull_request.synchronize')), {}),
    ).toThrow(InputError);
  });

  it('generates on a push to the default branch and skips the rest, saying why', () => {
    const push = fixture('push');
    expect(routeFor('auto', event('push', push), {})).toEqual({ kind: 'generate', branch: 'master' });
    expect(routeFor('auto', event('push', { ...push, ref: 'refs/heads/feature' }), {})).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/to feature, not the default branch master/),
    });
    expect(routeFor('auto', event('push', fixture('push.tag-deleted')), {})).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/deletes the tag simple-tag/),
    });
    expect(
      routeFor('auto', event('push', { ...push, ref: 'refs/tags/v1', deleted: false }), {}),
    ).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/tag v1/),
    });
    const mixed = {
      ...push,
      commits: [{ message: 'shotlist generate: 3 ok ($0.01)' }, { message: 'catalog: add shoe' }],
    };
    expect(routeFor('auto', event('push', mixed), {}).kind).toBe('generate');
  });

  it('generates on workflow_dispatch on its ref, and asks for a command on other events', () => {
    expect(
      routeFor('auto', event('workflow_dispatch', fixture('workflow_dispatch')), {
        GITHUB_REF: 'refs/heads/main',
      }),
    ).toEqual({
      kind: 'generate',
      branch: 'main',
    });
    expect(() => routeFor('auto', event('release', {}), {})).toThrow(/set the input command/);
    expect(routeFor('merge', event('workflow_dispatch', {}), { GITHUB_REF: 'refs/heads/main' })).toEqual({
      kind: 'merge',
      branch: 'main',
    });
  });
});
