import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isPaused, pausedHosts, setPaused } from './settings';

describe('pause per site', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with no site paused', async () => {
    expect(await isPaused('example.org')).toBe(false);
  });

  it('pauses and resumes one host without touching others', async () => {
    await setPaused('a.example', true);
    await setPaused('b.example', true);
    await setPaused('a.example', true);
    expect(await pausedHosts.getValue()).toEqual(['b.example', 'a.example']);
    await setPaused('b.example', false);
    expect(await isPaused('b.example')).toBe(false);
    expect(await isPaused('a.example')).toBe(true);
  });

  it('tells watchers when a host is paused', async () => {
    const seen: string[][] = [];
    const unwatch = pausedHosts.watch((v) => seen.push(v));
    await setPaused('a.example', true);
    unwatch();
    expect(seen).toEqual([['a.example']]);
  });
});
