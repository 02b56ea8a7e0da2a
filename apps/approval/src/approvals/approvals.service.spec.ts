import { describe, expect, it } from '@jest/globals';
import { fitItems } from './approvals.service.js';

describe(fitItems.name, () => {
  const item = (n: number): { text: string } => ({ text: 'x'.repeat(n) });

  it('keeps the longest prefix that fits the budget', () => {
    const items = [item(100), item(100), item(100)];
    const one = Buffer.byteLength(JSON.stringify(item(100))) + 1;
    expect(fitItems(items, one * 3)).toHaveLength(3);
    expect(fitItems(items, one * 2 + 10)).toHaveLength(2);
  });

  it('keeps at least one item (a single item too large is the reply guard’s to refuse)', () => {
    expect(fitItems([item(1000)], 10)).toHaveLength(1);
    expect(fitItems([], 10)).toEqual([]);
  });
});
