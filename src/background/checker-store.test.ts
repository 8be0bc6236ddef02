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

  it('rebuilds once for one change told twice (the database watcher and the options page\'s message)', async () => {
    let builds = 0;
    const store = createCheckerStore(async () => (builds++, new Checker()));
    await store.get();
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect(a).toBe(b);
    expect(builds).toBe(2);
    expect(await store.get()).toBe(a);
  });

  it('runs one more rebuild, not one per call, for changes made while a rebuild runs', async () => {
    let builds = 0;
    let release!: () => void;
    const slow = new Promise<void>((r) => (release = r));
    const store = createCheckerStore(async () => {
      builds++;
      if (builds === 1) await slow;
      return new Checker();
    }, async () => {});
    const first = store.refresh();
    while (builds === 0) await Promise.resolve();
    const later = [store.refresh(), store.refresh(), store.refresh()];
    release();
    const [one] = await Promise.all([first, ...later]);
    const results = await Promise.all(later);
    expect(builds).toBe(2);
    expect(new Set(results).size).toBe(1);
    expect(results[0]).not.toBe(one);
    expect(await store.get()).toBe(results[0]);
  });
});

