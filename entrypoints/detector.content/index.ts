export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main() {
    // Skeleton: the cheap detector runs here on every page.
  },
});
