/**
 * Resolves in a task of its own, after the tasks already queued, so that the page can handle
 * input and draw in between. A zero timer would do the same in a visible tab, but a hidden tab
 * runs timers at most once a second: a digest opened in a background tab would have loaded at a
 * few hundred papers a second.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
