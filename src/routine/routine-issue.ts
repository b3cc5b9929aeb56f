// One problem in a routine file, at a place an editor can jump to.
export interface RoutineIssue {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  message: string;
}

export function formatIssue(issue: RoutineIssue): string {
  return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}`;
}
