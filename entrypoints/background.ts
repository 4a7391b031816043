export default defineBackground(() => {
  // Skeleton: the background injects the full pipeline script into tabs where the cheap detector fired.
});
