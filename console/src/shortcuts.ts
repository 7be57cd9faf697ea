// Keyboard shortcuts of the agent desktop (pure mapping; App.tsx wires it to keydown).
// Function keys are what CTI desktops traditionally use and work even while typing in a field;
// F5/F6/F7/F10/F11/F12 stay with the browser (reload, address bar, caret browsing, menu, full screen, devtools).
import type { Key } from "./i18n.ts";

export type ShortcutAction =
  | "ready"
  | "not_ready"
  | "answer"
  | "hangup"
  | "lang"
  | "help"
  | "tab_desk"
  | "tab_wall"
  | "tab_cdr"
  | "tab_crm"
  | "tab_voicemail"
  | "tab_inbox";

export interface KeyLike {
  /** KeyboardEvent.code: layout independent ("KeyL", "Digit1", "F8"). */
  code: string;
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The documented table, also rendered in the help overlay. */
export const SHORTCUTS: readonly { keys: string; action: ShortcutAction; label: Key }[] = [
  { keys: "F2", action: "answer", label: "sc_answer" },
  { keys: "F4", action: "hangup", label: "sc_hangup" },
  { keys: "F8", action: "ready", label: "sc_ready" },
  { keys: "F9", action: "not_ready", label: "sc_not_ready" },
  { keys: "Alt+1 / Alt+2 / Alt+3", action: "tab_desk", label: "sc_tab" },
  { keys: "Alt+4 / Alt+5 / Alt+6", action: "tab_crm", label: "sc_tab_more" },
  { keys: "Alt+L", action: "lang", label: "sc_lang" },
  { keys: "F1 / ?", action: "help", label: "sc_help" },
];

/**
 * Maps a key press to an action, or null. `inEditable` is true while focus is in an input/textarea,
 * where plain printable keys ("?") must keep typing.
 */
export function shortcutFor(e: KeyLike, inEditable: boolean): ShortcutAction | null {
  if (e.ctrlKey || e.metaKey) return null;
  if (!e.altKey && !e.shiftKey) {
    switch (e.code) {
      case "F1":
        return "help";
      case "F2":
        return "answer";
      case "F4":
        return "hangup";
      case "F8":
        return "ready";
      case "F9":
        return "not_ready";
    }
  }
  if (e.altKey && !e.shiftKey) {
    switch (e.code) {
      case "Digit1":
        return "tab_desk";
      case "Digit2":
        return "tab_wall";
      case "Digit3":
        return "tab_cdr";
      case "Digit4":
        return "tab_crm";
      case "Digit5":
        return "tab_voicemail";
      case "Digit6":
        return "tab_inbox";
      case "KeyL":
        return "lang";
    }
  }
  if (!inEditable && !e.altKey && e.key === "?") return "help";
  return null;
}
