import { describe, expect, test } from 'vitest';
import { panelBand, panelWouldCover } from '../../utils/page/panel-room';

/** A stand-in element with a laid-out box [left, right] (width 0: not laid out). */
const box = (left: number, right: number) => ({ getBoundingClientRect: () => ({ left, right, width: right - left }) }) as unknown as Element;

describe('panelWouldCover', () => {
  test('the band: 320px wide, 12px from the right edge; narrow windows leave 12px on each side', () => {
    expect(panelBand(1200)).toEqual([868, 1188]);
    expect(panelBand(300)).toEqual([12, 288]);
  });

  test('entries reaching into the band are covered; a wide margin beside them is room', () => {
    expect(panelWouldCover(1200, [box(232, 968)])).toBe(true);
    expect(panelWouldCover(1400, [box(432, 1168)])).toBe(true);
    expect(panelWouldCover(1600, [box(432, 1168)])).toBe(false);
    expect(panelWouldCover(1200, [box(0, 860), box(880, 1000)])).toBe(true);
  });

  test('nothing laid out (hidden entries, no layout engine): no verdict against the panel', () => {
    expect(panelWouldCover(1200, [box(0, 0)])).toBe(false);
    expect(panelWouldCover(1200, [])).toBe(false);
  });
});
