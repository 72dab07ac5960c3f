import { createStore } from "../../src/taskpane/create-store";
import { MemoryStore } from "../../src/workbook/memory-store";

describe("createStore", () => {
  afterEach(() => {
    delete (globalThis as any).Excel;
  });

  it("keeps the preview in memory", async () => {
    expect(await createStore("preview")).toBeInstanceOf(MemoryStore);
  });

  it("goes through Excel.run inside Excel", async () => {
    const run = jest.fn(async () => {
      throw new Error("no workbook in this test");
    });
    (globalThis as any).Excel = { run };
    const store = await createStore("excel");
    expect(store.kind).toBe("excel");
    await expect(store.load()).rejects.toThrow();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
