import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { OfflineBadge } from '../../../src/features/offline/components/offline-badge';
import { startOfflineSupport } from '../../../src/features/offline/offline-support';
import { registerServiceWorker } from '../../../src/features/offline/register-service-worker';

vi.mock('../../../src/features/offline/register-service-worker', () => ({
  registerServiceWorker: vi.fn(),
}));

function setOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

it('marks the page offline for the header badge, and registers no worker outside a build for readers', () => {
  // As in a browser with service workers; the tests are no build for readers.
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  render(<OfflineBadge />);
  expect(screen.getByTitle('오프라인: 저장된 논문을 보여 줍니다')).toHaveTextContent(
    '오프라인: 저장된 논문을 보여 줍니다',
  );

  startOfflineSupport();
  expect(document.documentElement).not.toHaveAttribute('data-offline');
  setOnline(false);
  expect(document.documentElement).toHaveAttribute('data-offline');
  setOnline(true);
  expect(document.documentElement).not.toHaveAttribute('data-offline');

  window.dispatchEvent(new Event('load'));
  expect(registerServiceWorker).not.toHaveBeenCalled();
  Reflect.deleteProperty(navigator, 'serviceWorker');
});
