import { describe, expect, it } from 'vitest';
import { Checker } from '../core';
import { createCheckerStore } from './checker-store';

describe('checker store', () => {
  it('builds once for concurrent callers', async () => {
    let builds = 0;
    const store = createCheckerStore(async () => (builds++, new Checker()));
    const [a, b] = await Promise.all([store.get(), store.get()]);
    expect(a).toBe(b);
    expect(builds).toBe(1);
  });

  it('rebuilds on refresh', async () => {
    let builds = 0;
    const store = createCheckerStore(async () => (builds++, new Checker()));
    const first = await store.get();
    const second = await store.refresh();
    expect(second).not.toBe(first);
    expect(await store.get()).toBe(second);
  });

  it('tries again after a failed build', async () => {
    let fail = true;
    const store = createCheckerStore(async () => {
      if (fail) throw new Error('database closed');
      return new Checker();
    });
    await expect(store.get()).rejects.toThrow('database closed');
    fail = false;
    await expect(store.get()).resolves.toBeInstanceOf(Checker);
  });
});
