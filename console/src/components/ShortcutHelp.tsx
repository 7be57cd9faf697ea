import { SHORTCUTS } from "../shortcuts.ts";
import { T } from "../ui.tsx";

export function ShortcutHelp(props: { onClose: () => void }) {
  return (
    <div className="overlay" onClick={props.onClose} data-testid="shortcut-help">
      <div className="dialog" onClick={(e) => e.stopPropagation()}>
        <h2>
          <T k="shortcuts" />
        </h2>
        <table className="grid">
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.keys}>
                <td className="mono keys">
                  {s.keys.split(" / ").map((k, i) => (
                    <span key={k}>
                      {i > 0 ? " / " : ""}
                      <kbd>{k}</kbd>
                    </span>
                  ))}
                </td>
                <td>
                  <T k={s.label} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="right">
          <button type="button" onClick={props.onClose}>
            <T k="close" /> (Esc)
          </button>
        </div>
      </div>
    </div>
  );
}
