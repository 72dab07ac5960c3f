export declare const ErrorCode: Record<string, string>;
export interface CustomFunctionsFake {
  Error: new (code: string, message?: string) => Error & { code: string; message?: string };
  ErrorCode: Record<string, string>;
  registry: Map<string, (...args: unknown[]) => unknown>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}
export declare function createCustomFunctionsFake(): CustomFunctionsFake;
