package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.ArticleReaderTest.assertError;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;

class LanguageDetectorTest {
  private static LanguageDetector detector;

  @BeforeAll
  static void load() {
    detector = new LanguageDetector();
  }

  private static final String ENGLISH =
      "Thousands of farmers blocked the main highway into the capital on Tuesday to protest against"
          + " new fuel taxes, and riot police used water cannon to clear the road. Organisers said the"
          + " blockade would continue until the government withdrew the measure.";

  private static final String GERMAN =
      "Tausende Bauern blockierten am Dienstag die wichtigste Autobahn in die Hauptstadt, um gegen"
          + " neue Steuern auf Treibstoff zu protestieren. Die Polizei setzte Wasserwerfer ein, um die"
          + " Straße zu räumen, und die Veranstalter kündigten weitere Proteste an.";

  private static final String SPANISH =
      "Miles de agricultores bloquearon el martes la principal carretera de acceso a la capital para"
          + " protestar contra los nuevos impuestos sobre el combustible, y la policía usó cañones de"
          + " agua para despejar la vía. Los organizadores dijeron que el bloqueo continuaría.";

  @Test
  void englishIsEnglish() {
    LanguageDetector.Detection d = detector.detect(ENGLISH);
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.decided()).isTrue();
    assertThat(d.confidence()).isGreaterThan(0.9);
    assertThat(detector.requireEnglish(ENGLISH, "a.txt")).isEqualTo("en");
  }

  @Test
  void otherLanguagesAreRejectedNamingTheLanguage() {
    assertError(() -> detector.requireEnglish(GERMAN, "de.txt"), "unsupported-language", "de.txt")
        .hasMessageContaining("German").hasMessageContaining("(de");
    assertError(() -> detector.requireEnglish(SPANISH, "line 4"), "unsupported-language", "line 4")
        .hasMessageContaining("Spanish");
  }

  @Test
  void shortTextsAreNotRejected() {
    LanguageDetector.Detection d = detector.detect("Der Präsident sagte nein.");
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.decided()).isFalse();
    assertThat(detector.requireEnglish("¡Basta ya!", "x")).isEqualTo("en");
    assertThat(detector.detect("").language()).isEqualTo("en");
    assertThat(detector.detect("12 34 56 -- !!").language()).isEqualTo("en");
  }

  @Test
  void englishWithForeignNamesAndQuotesStaysEnglish() {
    String text = ENGLISH + " Demonstrators chanted “¡Fuera!” and “Dégage!” in Ouagadougou, Bamako"
        + " and Niamey, and the offices of the Rassemblement party were set on fire.";
    assertThat(detector.detect(text).language()).isEqualTo("en");
  }

  @Test
  void stageProvidesLanguage() {
    LanguageStage stage = new LanguageStage(detector);
    assertThat(stage.requires()).containsExactly(Layer.TEXT);
    assertThat(stage.provides()).containsExactly(Layer.LANGUAGE);
    Analysis a = stage.apply(Analysis.of(Article.of("kz", ENGLISH, null)));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.has(Layer.LANGUAGE)).isTrue();
    assertError(() -> stage.apply(Analysis.of(Article.of("kz-de", GERMAN, null))),
        "unsupported-language", "article kz-de");
  }
}
