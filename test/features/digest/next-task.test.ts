import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from '../../../src/features/digest/api/next-task';

describe('nextTask', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the tasks already queued', async () => {
    const order: string[] = [];
    queueMicrotask(() => order.push('microtask'));
    await nextTask();
    order.push('next task');
    expect(order).toEqual(['microtask', 'next task']);
  });

  it('does not wait for timers, which a hidden tab holds back', async () => {
    vi.useFakeTimers();
    // With the clock stopped, a timer-based wait would never resolve and the test would time out.
    await expect(nextTask()).resolves.toBeUndefined();
  });
});
