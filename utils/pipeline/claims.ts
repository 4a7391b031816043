import type { Claim, Entry } from './types';

/** findClaims(entries): attributed claims, offsets into each entry's text. Pure. (Placeholder.) */
export function findClaims(entries: readonly Entry[]): Claim[] {
  void entries;
  return [];
}
