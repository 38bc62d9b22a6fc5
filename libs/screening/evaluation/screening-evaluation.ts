import type { LabelledQuery } from './labelled-variants';
import type { ScreeningMatch } from '../src/screening-index';

/** A query the screening got wrong, with what it returned. */
export interface ScreeningError {
  query: LabelledQuery;
  matches: ScreeningMatch[];
}

/**
 * Screening quality on a labelled set, counted per screened name, as a compliance officer meets
 * alerts: a positive is caught when its entry is among the matches; an alert is right when it
 * contains the entry the name really is.
 */
export interface ScreeningEvaluation {
  positives: number;
  negatives: number;
  /** Positives whose entry was among the matches. */
  caught: number;
  /** Positives whose entry was the best match. */
  caughtFirst: number;
  /** Alerts on innocent names. */
  falseAlerts: number;
  /** Alerts on listed names that did not contain the right entry. */
  wrongAlerts: number;
  /** caught / positives. */
  recall: number;
  /** caught / all alerts (1 when nothing alerted). */
  precision: number;
  /** Matches per alert beyond the first: other entries an officer also has to look at. */
  extraMatchesPerAlert: number;
  missed: ScreeningError[];
  falselyAlerted: ScreeningError[];
}

export function evaluateScreening(queries: readonly LabelledQuery[], screen: (name: string) => ScreeningMatch[]): ScreeningEvaluation {
  const evaluation: ScreeningEvaluation = {
    positives: 0,
    negatives: 0,
    caught: 0,
    caughtFirst: 0,
    falseAlerts: 0,
    wrongAlerts: 0,
    recall: 0,
    precision: 0,
    extraMatchesPerAlert: 0,
    missed: [],
    falselyAlerted: [],
  };
  let extraMatches = 0;
  for (const query of queries) {
    const matches = screen(query.query);
    if (matches.length > 0) extraMatches += matches.length - 1;
    if (query.expectedEntryId === null) {
      evaluation.negatives += 1;
      if (matches.length > 0) {
        evaluation.falseAlerts += 1;
        evaluation.falselyAlerted.push({ query, matches });
      }
      continue;
    }
    evaluation.positives += 1;
    const rank = matches.findIndex((match) => match.entryId === query.expectedEntryId);
    if (rank >= 0) {
      evaluation.caught += 1;
      if (rank === 0) evaluation.caughtFirst += 1;
    } else {
      evaluation.missed.push({ query, matches });
      if (matches.length > 0) evaluation.wrongAlerts += 1;
    }
  }
  const alerts = evaluation.caught + evaluation.falseAlerts + evaluation.wrongAlerts;
  evaluation.recall = evaluation.positives === 0 ? 1 : evaluation.caught / evaluation.positives;
  evaluation.precision = alerts === 0 ? 1 : evaluation.caught / alerts;
  evaluation.extraMatchesPerAlert = alerts === 0 ? 0 : extraMatches / alerts;
  return evaluation;
}
