/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import help from "../../src/help/function-help.json";
import { App } from "../../src/taskpane/App";
import { detectHost } from "../../src/taskpane/host";

describe("task pane shell", () => {
  it("says clearly when it runs as a preview", () => {
    render(<App host="preview" />);
    expect(screen.getByText(/Preview: Excel is not connected/)).toBeInTheDocument();
  });

  it("says when it is connected to a workbook", () => {
    render(<App host="excel" />);
    expect(screen.getByText(/Connected to this workbook/)).toBeInTheDocument();
  });

  it("links every OFFER function to its help page", () => {
    render(<App host="preview" />);
    for (const id of Object.keys(help.functions)) {
      expect(screen.getByRole("link", { name: `OFFER.${id}` })).toHaveAttribute("href", `help/${id.toLowerCase()}.html`);
    }
  });
});

describe("detectHost", () => {
  afterEach(() => {
    delete (globalThis as any).Office;
  });

  it("is a preview when office.js did not load", async () => {
    await expect(detectHost()).resolves.toBe("preview");
  });

  it("is a preview when Office.onReady reports no host (a plain browser)", async () => {
    (globalThis as any).Office = { HostType: { Excel: "Excel" }, onReady: async () => ({ host: null, platform: null }) };
    await expect(detectHost()).resolves.toBe("preview");
  });

  it("is Excel when Office.onReady reports Excel", async () => {
    (globalThis as any).Office = { HostType: { Excel: "Excel" }, onReady: async () => ({ host: "Excel", platform: "PC" }) };
    await expect(detectHost()).resolves.toBe("excel");
  });
});
