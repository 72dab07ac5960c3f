/**
 * Fluent's focus manager (Tabster) moves focus only to elements it judges visible: it reads offsetParent
 * (which jsdom, having no layout, never gives) and the body's size (jsdom's is 0 × 0). Gives jsdom the
 * layout a browser would have for a pane 420 px wide, for the tests of the calling file or describe block;
 * nothing in the pane is hidden there, so every element gets its parent.
 */
export function giveJsdomALayout(): void {
  const offsetParent = Object.getOwnPropertyDescriptor(HTMLElement.prototype, "offsetParent")!;
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", {
      configurable: true,
      get(this: HTMLElement) {
        return this.parentElement;
      },
    });
    jest
      .spyOn(document.body, "getBoundingClientRect")
      .mockReturnValue(DOMRect.fromRect({ x: 0, y: 0, width: 420, height: 900 }));
  });
  afterAll(() => {
    Object.defineProperty(HTMLElement.prototype, "offsetParent", offsetParent);
    jest.restoreAllMocks();
  });
}
