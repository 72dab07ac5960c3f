/**
 * One piece of evidence as a list item: the figure or norm, then where it comes from, its year and grade.
 * The grade carries its meaning as a tooltip wherever the line appears (flags, Compare's costs to leave);
 * the Flags panel also shows the one-line legend (GradeLegend).
 */
import { Link } from "@fluentui/react-components";
import type { Evidence } from "../../core/rules/types";
import { gradeMeaning } from "./grade-legend";

/** "text — Source, 2024, grade B": linked to the source's page when there is one. */
export function EvidenceLine({ evidence }: { evidence: Evidence }) {
  const { text, source, year, url, grade } = evidence;
  const name = source ?? (url ? "Source" : grade === "yours" ? "your Benchmarks table" : undefined);
  return (
    <li>
      {text}
      {name && (
        <>
          {" — "}
          {url ? (
            <Link href={url} target="_blank" rel="noreferrer">
              {name}
            </Link>
          ) : (
            name
          )}
          {year !== undefined && `, ${year}`}
          {grade !== undefined && grade !== "yours" && (
            <>
              , <span title={gradeMeaning(grade)}>grade {grade}</span>
            </>
          )}
        </>
      )}
    </li>
  );
}
