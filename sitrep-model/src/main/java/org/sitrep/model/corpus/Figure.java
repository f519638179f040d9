package org.sitrep.model.corpus;

import java.util.List;

/**
 * One reconciled figure of a corpus event: per measure and subject kind, the best, low and high
 * estimates as UCDP's GED defines them, the rule that chose them, and the ledger behind them.
 *
 * @param subjectKind the kind of people counted, or {@code all} when the figure counts everyone
 * @param best the most likely figure, or null when no claim is credible enough to say
 * @param low the lowest figure credible sources allow
 * @param high the highest figure any source gives (an open-ended "at least N" counts as N);
 *     null when no claim gives one
 * @param rule how best, low and high were chosen, in words
 * @param conflict true when credible claims give disjoint figures
 * @param claims the ledger, in {@code asOf} order
 */
public record Figure(
    String measure,
    String subjectKind,
    Long best,
    Long low,
    Long high,
    String rule,
    boolean conflict,
    List<LedgerClaim> claims) {
  public Figure {
    claims = List.copyOf(claims);
  }
}
