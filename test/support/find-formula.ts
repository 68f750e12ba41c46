import { waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** Waits for KaTeX to load and typeset `tex`, found by the TeX annotation KaTeX puts in its MathML. */
export async function findFormula(container: HTMLElement, tex: string) {
  return waitFor(
    () => {
      const formula = [...container.querySelectorAll('.katex')].find(
        (element) => element.querySelector('annotation')?.textContent === tex,
      );
      expect(formula, `a typeset formula for ${tex}`).toBeDefined();
      return formula;
    },
    // The first test to need KaTeX waits for it to be imported and transformed.
    { timeout: 5000 },
  );
}
