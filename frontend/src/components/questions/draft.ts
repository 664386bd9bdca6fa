/** What a learner has entered for one question, before it becomes an API `response`. */
export interface Draft {
  choice?: string;
  choices?: string[];
  value?: boolean;
  text?: string;
  pairs?: Record<string, string>;
  /** Ordering: item ids in the learner's order. */
  order?: string[];
  /** Gap fill: what is in each gap, by gap id. */
  gaps?: Record<string, string>;
}
