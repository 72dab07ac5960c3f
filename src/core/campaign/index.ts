/** The job-search campaign kept in the Search table: its rows, the serious processes, the tier at each employer, this week's list. */
export { CLOSED_STAGES, CONNECTIONS, SEEN_YOU_WORK, SERIOUS_STAGES, STAGES } from "./stages";
export type { Connection, Stage } from "./stages";
export { PROCESS_ID, SEARCH_FIELDS, newProcessId, parseProcess, processSchema } from "./search-row";
export type { ProcessErrors, ProcessParse, SearchFieldKey, SearchProcess } from "./search-row";
export { SEARCH_COLUMNS, SEARCH_HEADER, SEARCH_NOTES, SEARCH_SHEET, SEARCH_TABLE } from "./search-table";
export type { ProcessRead, StoredProcess } from "./search-table";
export { employerKey, isSerious, otherSeriousProcesses, othersInAdvancedStages, parallelProcesses } from "./processes";
export type { OtherProcesses } from "./processes";
export { answersAt, tierAt } from "./tier-at";
export type { CandidateAnswers, TierAtEmployer } from "./tier-at";
export { DUE_WITHIN_DAYS, QUIET_AFTER_DAYS, thisWeek } from "./this-week";
export type { WeekItem, WeekItemKind } from "./this-week";
export { addDays, addMonths, daysBetween, localToday, monthsBetween, readDate } from "./dates";
