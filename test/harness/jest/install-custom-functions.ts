// Installs the CustomFunctions fake as a global before any test module loads, as Excel's runtime would.
import { createCustomFunctionsFake } from "../functions/custom-functions-fake";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = createCustomFunctionsFake();
