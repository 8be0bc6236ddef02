import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultMarks, isPaused, pausedHosts, readMarks, setPaused, whatToMark } from './settings';

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

describe('what to mark', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is quiet by default: a clash or a dispute and backed claims underlined, unverified ones a badge only', async () => {
    const marks = await whatToMark.getValue();
    expect(marks).toEqual(defaultMarks());
    expect(marks).toEqual({ contradicted: 'underline', mixed: 'underline', supported: 'underline', partly: 'underline', unverified: 'badge' });
  });

  it('keeps a stored choice and mends what it does not know', () => {
    expect(readMarks({ contradicted: 'none', mixed: 'sparkles' })).toEqual({ ...defaultMarks(), contradicted: 'none' });
    expect(readMarks(null)).toEqual(defaultMarks());
    expect(readMarks('underline')).toEqual(defaultMarks());
  });
});
