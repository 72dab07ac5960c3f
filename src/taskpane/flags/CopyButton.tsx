/**
 * Copies a counter-ask to the clipboard so the user can paste it into an email. Office's webviews may
 * refuse the Clipboard API (permissions), so a selection copy is the fallback; when both fail, the button
 * says so and the quoted text stays selectable.
 */
import { Button } from "@fluentui/react-components";
import { Checkmark16Regular, Copy16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";

type CopyState = "idle" | "copied" | "failed";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    document.body.appendChild(area);
    area.select();
    // execCommand is deprecated but is the only copy left when the Clipboard API is blocked.
    const copied = typeof document.execCommand === "function" && document.execCommand("copy");
    area.remove();
    return copied;
  }
}

/** A "Copy" button described by the text it copies, with a status that says whether the copy worked. */
export function CopyButton({ text, describedBy }: { text: string; describedBy: string }) {
  const [state, setState] = useState<CopyState>("idle");

  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <span>
      <Button
        size="small"
        icon={state === "copied" ? <Checkmark16Regular /> : <Copy16Regular />}
        aria-describedby={describedBy}
        onClick={async () => setState((await copyText(text)) ? "copied" : "failed")}
      >
        Copy
      </Button>{" "}
      <span role="status">
        {state === "copied" ? "Copied." : state === "failed" ? "Could not copy: select the text and copy it." : ""}
      </span>
    </span>
  );
}
