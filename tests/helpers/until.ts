import { act } from 'preact/test-utils';

/**
 * Waits until `check` stops throwing (a rendered component has caught up with the store),
 * letting Preact flush between tries; throws the last failure after `ms`.
 */
export async function until(check: () => void, ms = 4000, every = 15): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
      await act(() => new Promise((r) => setTimeout(r, every)));
    }
  }
}
