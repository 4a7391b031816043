import { expect, test } from 'vitest';
import { golds, pageIds } from '../corpus';

test('the corpus is found and every label names a saved page', () => {
  const ids = new Set(pageIds());
  expect(ids.size).toBeGreaterThan(50);
  for (const g of golds()) expect(ids.has(g.page), g.page).toBe(true);
});
