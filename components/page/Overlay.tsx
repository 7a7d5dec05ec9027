import { Badge } from './Badge';
import { ReviewPanel } from './ReviewPanel';
import { useOverlayState, type OverlayActions, type OverlayStore } from './overlay-store';

export function Overlay({ store, actions }: { store: OverlayStore; actions: OverlayActions }) {
  const { badge, panel } = useOverlayState(store);
  return (
    <>
      {badge && <Badge badge={badge} onOpen={actions.openPanel} />}
      {panel && <ReviewPanel panel={panel} actions={actions} />}
    </>
  );
}

export const OVERLAY_CSS = `
:host { all: initial; }
* { box-sizing: border-box; font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif; }
.rc-badge { position: fixed; z-index: 2147483646; min-width: 28px; height: 24px; padding: 0 8px; border-radius: 12px;
  border: none; color: #fff; font-size: 13px; font-weight: 600; cursor: pointer; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.rc-badge.rc-none { background: #2e9d5b; } .rc-badge.rc-info { background: #4a7bd0; }
.rc-badge.rc-warning { background: #d98a00; } .rc-badge.rc-error { background: #c8372d; }
.rc-badge:focus-visible, .rc-panel button:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
/* Title and "Send anyway" stay in view; only the findings scroll when the panel is short. */
.rc-panel { position: fixed; z-index: 2147483647; right: 24px; bottom: 24px; width: min(440px, calc(100vw - 48px));
  max-height: calc(100vh - 48px); display: flex; flex-direction: column; overflow: hidden; background: #fff; color: #222; border-radius: 10px;
  box-shadow: 0 8px 30px rgba(0,0,0,.3); padding: 14px 16px; font-size: 14px; line-height: 1.5; }
.rc-head { display: flex; justify-content: space-between; align-items: center; }
.rc-head h2 { font-size: 16px; margin: 0; }
.rc-close { border: none; background: none; font-size: 20px; cursor: pointer; color: #666; }
.rc-lead { margin: 4px 0 8px; color: #555; }
.rc-list { list-style: none; margin: 0; padding: 0; flex: 1 1 auto; min-height: 0; overflow: auto; }
.rc-finding { border-left: 4px solid #d98a00; padding: 6px 10px; margin: 0 0 10px; background: #fffaf0; border-radius: 4px; }
.rc-finding.rc-error { border-color: #c8372d; background: #fff4f3; } .rc-finding.rc-info { border-color: #4a7bd0; background: #f3f7ff; }
.rc-sev { display: inline-block; font-size: 12px; padding: 0 6px; margin-right: 6px; border-radius: 3px; background: #eee; }
.rc-evidence { display: block; width: 100%; text-align: left; font: inherit; margin: 6px 0; padding: 4px 8px; background: #fff;
  border: 1px solid #eee; border-radius: 0; color: #444; cursor: pointer; }
.rc-evidence:hover { border-color: #1a5fd0; }
.rc-evidence cite { font-style: normal; color: #888; margin-right: 4px; }
.rc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
.rc-actions button, .rc-foot button { font-size: 13px; padding: 4px 10px; border-radius: 5px; border: 1px solid #bbb; background: #fff; cursor: pointer; }
.rc-fix { border-color: #1a5fd0 !important; color: #1a5fd0; }
.rc-foot { display: flex; justify-content: flex-end; margin-top: 6px; }
.rc-send-anyway { background: #f5f5f5 !important; }
`;
