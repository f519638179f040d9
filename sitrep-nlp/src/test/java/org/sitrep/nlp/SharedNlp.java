package org.sitrep.nlp;

import java.time.LocalDate;
import org.sitrep.core.Pipeline;
import org.sitrep.extract.ClaimStage;
import org.sitrep.extract.EventStage;
import org.sitrep.extract.QuantityStage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;

/** One CoreNLP pipeline for all tests of this module: loading it takes ~20 s. */
final class SharedNlp {
  private static Pipeline pipeline;

  private SharedNlp() {}

  static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.of(new CoreNlpStage(), new org.sitrep.extract.TimeStage(), new QuantityStage(), new org.sitrep.extract.StatementStage(), new ClaimStage(), new EventStage());
    }
    return pipeline;
  }

  static Analysis analyse(String text, String published) {
    return pipeline().apply(Analysis.of(Article.of("test", text, LocalDate.parse(published))));
  }
}
