import type { BadgeState } from './overlay-store';

/** The small count by the draft box. Drawn in our shadow root, never inside the site's editor. */
export function Badge({ badge, onOpen }: { badge: BadgeState; onOpen: () => void }) {
  const { rect, count, worst } = badge;
  const style = { top: `${Math.max(0, rect.top + rect.height - 30)}px`, left: `${Math.max(0, rect.left + rect.width - 44)}px` };
  // Alt+Shift+R in the draft box opens the review too (entrypoints/content/send-keys.ts).
  const label = count === 0 ? '回复检查：没有发现问题（Alt+Shift+R 查看）' : `回复检查：${count} 条提示，点击或按 Alt+Shift+R 查看`;
  return (
    <button type="button" className={`rc-badge rc-${worst}`} style={style} aria-label={label} title={label} onClick={onOpen} data-count={count}>
      {count === 0 ? '✓' : count}
    </button>
  );
}
