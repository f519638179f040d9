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
      "Kazakh President Kassym-Jomart Tokayev said on Friday that he had ordered the military and"
          + " law enforcement agencies to open fire without warning. According to him, at least"
          + " twenty thousand armed people attacked Almaty.";

  private static final String GERMAN =
      "Der kasachische Präsident sagte am Freitag, er habe dem Militär und den Sicherheitskräften"
          + " befohlen, ohne Vorwarnung das Feuer zu eröffnen. Nach seinen Angaben haben mindestens"
          + " zwanzigtausend bewaffnete Menschen die Stadt Almaty angegriffen.";

  private static final String SPANISH =
      "El presidente de Kazajistán dijo el viernes que había ordenado a los militares y a las"
          + " fuerzas del orden abrir fuego sin previo aviso. Según él, al menos veinte mil personas"
          + " armadas atacaron la ciudad de Almaty durante la noche.";

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
    String text = ENGLISH + " Demonstrators chanted “Shal ket!” (“Old man, go!”) in Almaty, Aktau"
        + " and Zhanaozen, and the Nur Otan party headquarters was set on fire.";
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
