package org.sitrep.ingest;

import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;

/**
 * Reads {@link Layer#TEXT}, provides {@link Layer#LANGUAGE}: "en", or an InputException
 * unsupported-language for an article that is surely in another language (see {@link
 * LanguageDetector}). The error names the article by its id.
 */
public final class LanguageStage implements Stage {
  private final LanguageDetector detector;

  /** With {@link LanguageDetector#shared()}. */
  public LanguageStage() {
    this(LanguageDetector.shared());
  }

  public LanguageStage(LanguageDetector detector) {
    this.detector = detector;
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.LANGUAGE);
  }

  @Override
  public Analysis apply(Analysis in) {
    String id = in.article().id();
    return in.withLanguage(detector.requireEnglish(in.text(), id == null ? "article" : "article " + id));
  }
}
