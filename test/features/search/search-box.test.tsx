import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SearchBox } from '../../../src/features/search/components/search-box';

describe('SearchBox', () => {
  it('says the search is being prepared while the index is not ready', () => {
    render(<SearchBox value="모델" onChange={() => {}} count={null} preparing />);
    expect(screen.getByRole('status')).toHaveTextContent('검색 준비 중…');
  });

  it('shows the number of matching papers once it is ready', () => {
    render(<SearchBox value="모델" onChange={() => {}} count={1234} preparing={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('1,234건');
  });

  it('says nothing without a query', () => {
    render(<SearchBox value="" onChange={() => {}} count={null} preparing={false} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
