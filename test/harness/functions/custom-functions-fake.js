// A strict stand-in for the CustomFunctions runtime globals, shared by the Jest setup and the test that
// loads dist/functions.js in a bare VM context. Strict where Excel is: only #VALUE! and #N/A may carry a
// message (per @types/custom-functions-runtime), so passing one with another code throws here.
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};
const MESSAGE_ALLOWED = new Set([ErrorCode.invalidValue, ErrorCode.notAvailable]);
const OUTPUT_ALLOWED = new Set([
  ErrorCode.invalidValue,
  ErrorCode.notAvailable,
  ErrorCode.divisionByZero,
  ErrorCode.invalidNumber,
  ErrorCode.nullReference,
]);

function createCustomFunctionsFake() {
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message === undefined ? code : message);
      if (!OUTPUT_ALLOWED.has(code)) throw new TypeError(`${code} is not a valid custom function result`);
      if (message !== undefined && !MESSAGE_ALLOWED.has(code)) throw new TypeError(`${code} cannot carry a message`);
      this.code = code;
      this.message = message;
    }
  }
  const registry = new Map();
  return {
    Error: CustomFunctionsError,
    ErrorCode,
    registry,
    associate(id, fn) {
      if (typeof fn !== "function") throw new TypeError(`associate(${id}) needs a function`);
      if (registry.has(id)) throw new Error(`${id} associated twice`);
      registry.set(id, fn);
    },
  };
}

module.exports = { createCustomFunctionsFake, ErrorCode };
