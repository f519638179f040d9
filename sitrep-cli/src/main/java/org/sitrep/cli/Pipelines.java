package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.extract.ClaimStage;
import org.sitrep.extract.EventStage;
import org.sitrep.extract.QuantityStage;
import org.sitrep.extract.StatementStage;
import org.sitrep.extract.TimeStage;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.geo.PlaceStage;
import org.sitrep.ingest.LanguageStage;
import org.sitrep.nlp.CoreNlpStage;
import org.sitrep.nlp.NlpConfig;
import org.sitrep.repair.TextRepairStage;

/** The one place the command line's pipeline is put together. */
final class Pipelines {
  /**
   * The time one article may take by default: no news article comes near it (the slowest of the
   * 5,684 realism articles takes a few seconds), a run-on page of tens of thousands of words does.
   */
  static final int DEFAULT_BUDGET_SECONDS = 120;

  private Pipelines() {}

  /**
   * sitrep's full pipeline, in order. {@link Pipeline} checks at construction that every stage's
   * inputs are provided by an earlier one. Loads CoreNLP's models (~20 s, ~2 GB of heap) and the
   * gazetteer (~1 s).
   */
  static Pipeline standard() {
    return standard(NlpConfig.DEFAULT);
  }

  /** The full pipeline with CoreNLP set up otherwise (for measuring what a setting saves). */
  static Pipeline standard(NlpConfig nlp) {
    List<Stage> stages =
        List.of(
            // rejects non-English articles before CoreNLP spends seconds on them
            new LanguageStage(),
            // CoreNLP reads the repaired text; offsets are mapped back to the original
            new TextRepairStage(),
            new CoreNlpStage(nlp),
            // weekdays to the last one, "today (Friday)" as one expression, vague ranges
            new TimeStage(),
            // before claims, so that a claim can name the place it was made about
            new PlaceStage(GeoNamesGazetteer.shared()));
    List<Stage> all = new ArrayList<>(stages);
    all.addAll(counting());
    Pipeline p = new Pipeline(all);
    p.setBudget(java.time.Duration.ofSeconds(DEFAULT_BUDGET_SECONDS));
    return p;
  }

  /**
   * The stages after places, which read counts, claims and events from the layers before them;
   * cheap to build (no models), so an evaluation over cached analyses reruns only these.
   */
  static List<Stage> counting() {
    return List.of(
        new QuantityStage(),
        // who said what: claims take their source from the statement that holds them
        new StatementStage(),
        new ClaimStage(),
        new EventStage());
  }
}
