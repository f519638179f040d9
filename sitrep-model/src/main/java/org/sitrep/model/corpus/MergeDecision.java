package org.sitrep.model.corpus;

import java.util.List;

/**
 * Why two reports were (or were not) put into one corpus event: the pair's score and the part
 * each compared feature contributed, after Splink's explained match weights.
 *
 * @param score the sum of the reasons' weights
 * @param merged whether the pair ended in the same event
 * @param reasons each feature's contribution, e.g. {@code "same place +2.0"}, {@code "dates 3 days
 *     apart -4.0"}
 */
public record MergeDecision(
    ReportRef a, ReportRef b, double score, boolean merged, List<String> reasons) {
  public MergeDecision {
    reasons = List.copyOf(reasons);
  }
}
