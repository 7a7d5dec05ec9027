export default defineBackground(() => {
  // Wired in later issues: pack sync, policy, counters.
});
