// How the every-page detector knows the full script is already in this frame: content scripts of one
// extension share one global (Chrome's isolated world, Firefox's sandbox), so a property on it is enough and
// nothing is written to the page.

export const FULL_SCRIPT_FLAG = '__livelineFull';

interface Invalidatable {
  isInvalid: boolean;
}

type Global = Record<string, Invalidatable | undefined>;

/** fullScriptPresent(): the full script runs in this frame (and its extension context is still valid). */
export function fullScriptPresent(): boolean {
  const ctx = (globalThis as unknown as Global)[FULL_SCRIPT_FLAG];
  return !!ctx && !ctx.isInvalid;
}

/** claimFullScript(ctx): false when another live copy already runs here (double injection). */
export function claimFullScript(ctx: Invalidatable): boolean {
  if (fullScriptPresent()) return false;
  (globalThis as unknown as Global)[FULL_SCRIPT_FLAG] = ctx;
  return true;
}

/** releaseFullScript(ctx): on invalidation. */
export function releaseFullScript(ctx: Invalidatable): void {
  const g = globalThis as unknown as Global;
  if (g[FULL_SCRIPT_FLAG] === ctx) delete g[FULL_SCRIPT_FLAG];
}
