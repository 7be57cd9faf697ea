import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hasKey, label, parseLang, short, tr } from "./i18n.ts";
import { SHORTCUTS, shortcutFor } from "./shortcuts.ts";

const key = (code: string, over: Partial<{ key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  code,
  key: code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...over,
});

describe("i18n", { timeout: 5000 }, () => {
  it("zh-CN first, English second; English only in en", () => {
    assert.equal(label("login", "zh-CN"), "签入 Log in");
    assert.equal(label("ready", "zh-CN"), "示闲 Ready");
    assert.equal(label("not_ready", "zh-CN"), "示忙 Not ready");
    assert.equal(label("ready", "en"), "Ready");
    assert.deepEqual(tr("reason_meal", "zh-CN"), { primary: "用餐", secondary: "Meal" });
    assert.equal(short("log_out", "zh-CN"), "签出");
  });
  it("unknown keys fall back to the key, and parseLang defaults to zh-CN", () => {
    assert.equal(hasKey("no_such_key"), false);
    assert.equal(hasKey("toString"), false, "prototype names are not keys");
    assert.equal(label("no_such_key", "en"), "no_such_key");
    assert.equal(parseLang(null), "zh-CN");
    assert.equal(parseLang("fr"), "zh-CN");
    assert.equal(parseLang("en"), "en");
  });
  it("every shortcut has a label in both languages", () => {
    for (const s of SHORTCUTS) {
      assert.ok(hasKey(s.label), s.label);
      assert.notEqual(label(s.label, "en"), s.label);
    }
  });
});

describe("shortcuts", { timeout: 5000 }, () => {
  it("maps function keys even in fields, but '?' only outside them", () => {
    assert.equal(shortcutFor(key("F8"), true), "ready");
    assert.equal(shortcutFor(key("F9"), false), "not_ready");
    assert.equal(shortcutFor(key("F2"), false), "answer");
    assert.equal(shortcutFor(key("F4"), false), "hangup");
    assert.equal(shortcutFor(key("KeyL", { altKey: true, key: "¬" }), false), "lang", "uses code, not the produced character");
    assert.equal(shortcutFor(key("Digit3", { altKey: true }), true), "tab_cdr");
    assert.equal(shortcutFor(key("Digit4", { altKey: true }), true), "tab_crm");
    assert.equal(shortcutFor(key("Digit5", { altKey: true }), false), "tab_voicemail");
    assert.equal(shortcutFor(key("Digit6", { altKey: true }), false), "tab_inbox");
    assert.equal(shortcutFor(key("Digit7", { altKey: true }), false), null);
    assert.equal(shortcutFor(key("Slash", { key: "?", shiftKey: true }), false), "help");
    assert.equal(shortcutFor(key("Slash", { key: "?", shiftKey: true }), true), null);
    assert.equal(shortcutFor(key("F8", { ctrlKey: true }), false), null);
    assert.equal(shortcutFor(key("F5"), false), null, "reload stays with the browser");
  });
});
