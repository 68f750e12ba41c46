import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { exportJson, libraryStorageKey } from '../../src/library';
import { serveAppDigest } from '../support/app-harness';
import { digest, entryLines } from '../support/digest-factory';
import { makeLibrary, makeReadMark } from '../support/library-factory';

const PAPERS = digest(
  '2024년 3월 8일',
  entryLines({ title: 'First Paper On Top' }),
  entryLines({ title: 'Second Paper Below' }),
  '2024년 3월 7일',
  entryLines({ title: 'Third Paper From Before' }),
);

serveAppDigest(PAPERS);

beforeEach(() => {
  localStorage.clear();
});

async function renderAt(path: string) {
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  render(<App />);
  await screen.findByRole('list', { name: '논문 목록' });
  return user;
}

function listed(title: string): boolean {
  const list = screen.getByRole('list', { name: '논문 목록' });
  return within(list).queryByRole('link', { name: title }) !== null;
}

const readButton = () => within(screen.getByRole('article')).getByRole('button', { name: '읽음' });

describe('the unread-only list', () => {
  it('keeps the open paper once it is read, until another paper is opened', async () => {
    const user = await renderAt('/?unread=1');
    const list = screen.getByRole('list', { name: '논문 목록' });
    await user.click(within(list).getByRole('link', { name: 'First Paper On Top' }));
    await screen.findByRole('article', { name: 'First Paper On Top' });

    await user.click(readButton());
    expect(readButton()).toBePressed();
    expect(listed('First Paper On Top')).toBe(true);

    await user.click(within(list).getByRole('link', { name: 'Second Paper Below' }));
    await screen.findByRole('article', { name: 'Second Paper Below' });
    expect(listed('First Paper On Top')).toBe(false);
    expect(listed('Second Paper Below')).toBe(true);
  });

  it('does not list a paper that was already read when it was opened', async () => {
    localStorage.setItem(
      libraryStorageKey(),
      exportJson(makeLibrary({ read: [makeReadMark({ id: '2024-03-08-first-paper-on-top' })] })),
    );
    await renderAt('/papers/2024-03-08-first-paper-on-top?unread=1');
    await screen.findByRole('article', { name: 'First Paper On Top' });
    expect(listed('First Paper On Top')).toBe(false);
    expect(listed('Second Paper Below')).toBe(true);
  });
});

describe('b and u with a paper open', () => {
  it('act on the open paper even after j/k moved the cursor, and o still opens the cursor’s', async () => {
    const user = await renderAt('/');
    await user.keyboard('jo');
    await screen.findByRole('article', { name: 'First Paper On Top' });

    await user.keyboard('j');
    await user.keyboard('b');
    for (const toggle of screen.getAllByRole('button', { name: '책갈피: First Paper On Top' })) {
      expect(toggle).toBePressed();
    }
    expect(screen.getByRole('button', { name: '책갈피: Second Paper Below' })).not.toBePressed();

    await user.keyboard('u');
    expect(readButton()).toBePressed();

    await user.keyboard('o');
    await screen.findByRole('article', { name: 'Second Paper Below' });
    expect(readButton()).not.toBePressed();
  });

  it('act on the cursor’s paper while none is open', async () => {
    const user = await renderAt('/');
    await user.keyboard('jjb');
    expect(screen.getByRole('button', { name: '책갈피: Second Paper Below' })).toBePressed();
    expect(screen.getByRole('button', { name: '책갈피: First Paper On Top' })).not.toBePressed();
  });
});
