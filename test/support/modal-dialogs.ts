import { afterEach, beforeEach, vi } from 'vitest';

/**
 * jsdom has no showModal, so there a <dialog> never opens: its content is rendered while `open`
 * but stays out of the accessibility tree. Call at the top of a test file: in each of its tests
 * every <dialog> opens and closes as in browsers (closing fires `close`).
 */
export function fakeModalDialogs(): void {
  const proto = HTMLDialogElement.prototype;
  const names = ['showModal', 'close'] as const;
  const originals = new Map(
    names.map((name) => [name, Object.getOwnPropertyDescriptor(proto, name)]),
  );
  const methods: Record<(typeof names)[number], (this: HTMLDialogElement) => void> = {
    showModal() {
      this.setAttribute('open', '');
    },
    close() {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    },
  };

  beforeEach(() => {
    for (const name of names) {
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value: vi.fn(methods[name]),
      });
    }
  });

  afterEach(() => {
    for (const name of names) {
      const original = originals.get(name);
      if (original) Object.defineProperty(proto, name, original);
      else Reflect.deleteProperty(proto, name);
    }
  });
}
