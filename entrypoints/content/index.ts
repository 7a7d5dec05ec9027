export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  allFrames: true,
  main() {
    // Wired by the page issue: adapter → engine → panel.
  },
});
