package org.sitrep.model.corpus;

import org.sitrep.model.Source;

/**
 * One claim in a figure's ledger: where it was said, what it says, and what the reconciliation
 * made of it.
 *
 * @param article the id of the article it comes from
 * @param claim its index in that article's {@code claims}
 * @param asOf the date the figure was valid or announced (ISO), or the article's publication day
 *     when the claim has none, or null
 * @param status {@code counted}, {@code superseded}, {@code widens-range} or {@code duplicate}
 * @param why a short reason for the status ("same source's later figure", "hedged", ...)
 */
public record LedgerClaim(
    String article,
    int claim,
    int start,
    int end,
    String text,
    String measure,
    String subjectKind,
    Long low,
    Long high,
    String approx,
    Source source,
    boolean hedged,
    String asOf,
    String status,
    String why) {

  public static final String COUNTED = "counted";
  public static final String SUPERSEDED = "superseded";
  public static final String WIDENS_RANGE = "widens-range";
  public static final String DUPLICATE = "duplicate";
}
