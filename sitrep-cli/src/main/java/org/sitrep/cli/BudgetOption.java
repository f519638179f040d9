package org.sitrep.cli;

import java.time.Duration;
import org.sitrep.core.Pipeline;
import picocli.CommandLine.Option;

/** {@code --time-budget}: how long one article may take before it fails with {@code too-slow}. */
final class BudgetOption {
  @Option(
      names = "--time-budget",
      paramLabel = "SECONDS",
      defaultValue = "" + Pipelines.DEFAULT_BUDGET_SECONDS,
      description = "Seconds one article may take; a slower one gets a too-slow error record and"
          + " the others go on (default: ${DEFAULT-VALUE}; 0: no limit).")
  int seconds;

  /** The pipeline with this budget (the option was checked by {@link #check}). */
  Pipeline apply(Pipeline p) {
    p.setBudget(seconds == 0 ? null : Duration.ofSeconds(seconds));
    return p;
  }

  /** A usage error message, or null when the value is fine. */
  String check() {
    return seconds < 0 ? "--time-budget must be 0 (no limit) or more seconds, not " + seconds : null;
  }
}
