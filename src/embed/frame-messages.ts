/** The two messages between the iframe page and `kumppani-frame.js` on the host page. */
export const FRAME_HELLO = 'frame-hello';
export const FRAME_HEIGHT = 'frame-height';

export function isFrameMessage(data: unknown, kind: string): data is { kumppani: string; height?: unknown } {
  return typeof data === 'object' && data !== null && (data as { kumppani?: unknown }).kumppani === kind;
}
