/** Fluent's dark theme on its own, so the light-themed majority never downloads it. */
export { webDarkTheme } from "@fluentui/react-components";
