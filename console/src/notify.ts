// Desktop notifications for a ringing call while the console is in the background. Only shown when
// the user granted permission; the permission is asked on a click (browsers ignore asks without one).

export function canNotify(): boolean {
  return typeof Notification !== "undefined" && Notification.permission === "granted";
}

/** Asks once, on a user gesture; a "denied" answer is final and never asked again. */
export function askNotifyPermission(): void {
  if (typeof Notification === "undefined" || Notification.permission !== "default") return;
  void Notification.requestPermission().catch(() => {});
}

/** Shows a notification (replacing one with the same tag); returns a closer. */
export function notify(title: string, body: string, tag: string, onClick?: () => void): () => void {
  if (!canNotify()) return () => {};
  try {
    const n = new Notification(title, { body, tag, requireInteraction: true });
    n.onclick = () => {
      window.focus();
      onClick?.();
      n.close();
    };
    return () => n.close();
  } catch {
    return () => {};
  }
}
