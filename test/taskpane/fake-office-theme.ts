/**
 * A strict fake of the `Office` global as the pane's theme code meets it in Excel: Office.context.officeTheme
 * and nothing else. Office.OfficeTheme (learn.microsoft.com/javascript/api/office/office.officetheme) has
 * four colours as "#RRGGBB" strings, isDarkTheme and themeId; the user changes the theme in File > Account
 * and the object then reports the new theme's values. Excel raises no event for it (OfficeThemeChanged is
 * documented for Outlook's Mailbox 1.14 only), so the fake has none. Any other member read on Office or on
 * Office.context is recorded in `violations`, so code cannot pass by reaching for something Excel lacks.
 */

export type OfficeThemeName = "Colorful" | "DarkGray" | "Black" | "White";

/**
 * Illustrative colours for each theme (the pane decides by the body background's luminance, not by exact
 * values): light backgrounds for Colorful and White, dark greys for Dark Gray and Black.
 */
const THEMES: Record<OfficeThemeName, Office.OfficeTheme> = {
  Colorful: theme("Colorful", "#FFFFFF", "#000000", false),
  White: theme("White", "#FFFFFF", "#000000", false),
  DarkGray: theme("DarkGray", "#444444", "#FFFFFF", true),
  Black: theme("Black", "#262626", "#FFFFFF", true),
};

function theme(id: string, body: string, text: string, isDarkTheme: boolean): Office.OfficeTheme {
  return {
    bodyBackgroundColor: body,
    bodyForegroundColor: text,
    controlBackgroundColor: body,
    controlForegroundColor: text,
    isDarkTheme,
    themeId: id as unknown as Office.ThemeId,
  } as Office.OfficeTheme;
}

export interface FakeOfficeTheme {
  /** The user picks another Office theme; Office.context.officeTheme reports it from now on. */
  setTheme(name: OfficeThemeName): void;
  /** Members read that the fake does not model. */
  violations: string[];
  /** Takes the global away again. */
  remove(): void;
}

/** Members that tooling reads on any object (Jest's printing, promise checks): not the code under test. */
const IGNORED = new Set(["then", "toJSON", "asymmetricMatch", "$$typeof", "nodeType", "constructor"]);

function strict<T extends object>(target: T, path: string, violations: string[]): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === "symbol" || IGNORED.has(key) || key in obj) return Reflect.get(obj, key, receiver);
      violations.push(`${path}.${key}`);
      return undefined;
    },
  });
}

/** Installs `Office` as a global showing `start`. */
export function installFakeOfficeTheme(start: OfficeThemeName): FakeOfficeTheme {
  const violations: string[] = [];
  let current = THEMES[start];
  const context = strict(
    {
      get officeTheme() {
        return strict(current, "Office.context.officeTheme", violations);
      },
    },
    "Office.context",
    violations,
  );
  (globalThis as any).Office = strict({ context }, "Office", violations);
  return {
    setTheme(name) {
      current = THEMES[name];
    },
    violations,
    remove() {
      delete (globalThis as any).Office;
    },
  };
}
