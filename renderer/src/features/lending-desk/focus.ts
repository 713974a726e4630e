import type { InputRef } from 'antd';
import type { RefObject } from 'react';

/** About a quarter of a second of frames: long enough for a tab's pane to show, too short to surprise anyone. */
const FRAMES = 15;

/**
 * Puts the cursor in a scan field as soon as the field can take it. A tab's pane becomes visible a
 * frame or two after the tab changes, and a closing dialog hands focus back to what opened it, so one
 * `focus()` at the moment of the change can miss; this tries again on the next frames until it holds.
 */
export function focusSoon(field: RefObject<InputRef | null>) {
  let left = FRAMES;
  const attempt = () => {
    const input = field.current?.input;
    if (!input || input.disabled) return;
    input.focus();
    if (document.activeElement !== input && left-- > 0) requestAnimationFrame(attempt);
  };
  attempt();
}
