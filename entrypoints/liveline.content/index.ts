export default defineContentScript({
  registration: 'runtime',
  main() {
    // Skeleton: the full pipeline, injected only into pages where the cheap detector fired.
  },
});
