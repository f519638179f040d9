package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.ingest.ArticleReaderTest.assertError;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      de | Die Polizei meldete am Freitag zwei Tote und mehrere Verletzte in der Stadt.
      de | Der Präsident sagte nein.
      de | Tausende protestieren gegen die neue Regierung
      fr | La police a annoncé vendredi deux morts et plusieurs blessés dans la ville.
      fr | Des milliers de manifestants dans les rues de la capitale
      es | La policía informó el viernes de dos muertos y varios heridos en la ciudad.
      es | Protestas en la capital contra el gobierno
      pt | A polícia informou na sexta-feira dois mortos e vários feridos na cidade.
      pt | Milhares de pessoas protestam contra o governo
      it | La polizia ha riferito venerdì due morti e diversi feriti in città.
      it | Migliaia di persone in piazza contro il governo
      nl | De politie meldde vrijdag twee doden en meerdere gewonden in de stad.
      nl | Duizenden mensen betogen tegen de regering
      id | Polisi melaporkan dua orang tewas dan beberapa luka-luka di kota itu pada hari Jumat.
      id | Ribuan orang berdemonstrasi di depan gedung parlemen
      tr | Polis cuma günü şehirde iki kişinin öldüğünü ve birçok kişinin yaralandığını açıkladı.
      tr | Binlerce kişi hükümet karşıtı gösteri için bir araya geldi
      sv | Polisen rapporterade på fredagen två döda och flera skadade i staden.
      pl | Policja poinformowała w piątek o dwóch zabitych i kilku rannych w mieście.
      ru | Полиция в пятницу сообщила о двух погибших.
      ru | Протесты в Алматы
      ar | أعلنت الشرطة يوم الجمعة مقتل شخصين.
      zh-CN | 警方周五报告两人死亡。
      el | Η αστυνομία ανέφερε δύο νεκρούς.
      """)
  void shortTextsInOtherLanguagesAreRejected(String language, String text) {
    LanguageDetector.Detection d = detector.detect(text);
    assertThat(d.decided()).as(d.toString()).isTrue();
    assertThat(d.language()).as(d.toString()).isEqualTo(language);
    assertError(() -> detector.requireEnglish(text, "line 2"), "unsupported-language", "line 2");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {
    "Kassym-Jomart Tokayev met Xi Jinping in Nur-Sultan on Friday.",
    "Kazakh President Tokayev Orders Troops to Shoot Without Warning",
    "Protests in Almaty",
    "ALMATY, Kazakhstan (Reuters) -",
    "NUR-SULTAN, Jan 7 (Reuters) -",
    "Ursula von der Leyen, Emmanuel Macron, Olaf Scholz, Pedro Sánchez",
    "Jean de la Fontaine and Vincent van Gogh",
    "Luiz Inácio Lula da Silva won the election in São Paulo.",
    "Abdel Fattah el-Sisi met Recep Tayyip Erdoğan in Ankara.",
    "Austria: Michael Konsel, Markus Schopp, Peter Schoettel, Anton Pfeffer, Wolfgang Feiersinger,"
        + " Stephan Marasek, Dieter Ramusch, Andreas Ogris, Toni Polster, Ivica Vastic",
    "Protesters chanted “El pueblo unido jamás será vencido” outside the embassy.",
    "Der Spiegel reported on Monday that Die Linke would vote against the bill.",
    "Contact: press@policia.gov.co, e-mail com.desk@example.pt",
    "U.S.",
    "¡Basta ya!",
    "Manifestation à Paris",
    "",
    "12 34 56 -- !!",
    "Moscow (Москва) said 12 people died."
  })
  void englishWithNamesHeadlinesAndDatelinesIsNotRejected(String text) {
    LanguageDetector.Detection d = detector.detect(text);
    assertThat(d.language()).as(d.toString()).isEqualTo("en");
    assertThat(detector.requireEnglish(text, "x")).isEqualTo("en");
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
