package org.sitrep.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Layer;
import org.sitrep.model.Place;

class PlaceStageTest {
  private final PlaceStage stage = new PlaceStage(Fixtures.gazetteer());

  private List<Place> places(Texts t) {
    return stage.apply(t.analysis()).places();
  }

  private static Place only(List<Place> places, String text) {
    List<Place> hits = places.stream().filter(p -> p.text().equals(text)).toList();
    assertThat(hits).as("places with text '%s' in %s", text, places).hasSize(1);
    return hits.get(0);
  }

  @Test
  void declaresWhatItReadsAndWrites() {
    assertThat(stage.requires()).containsExactlyInAnyOrder(Layer.SENTENCES, Layer.MENTIONS);
    assertThat(stage.provides()).containsExactly(Layer.PLACES);
    Stage noSentences = new Stage() {
      public String name() { return "mentions-only"; }
      public java.util.Set<Layer> requires() { return java.util.Set.of(); }
      public java.util.Set<Layer> provides() { return java.util.Set.of(Layer.MENTIONS); }
      public Analysis apply(Analysis in) { return in; }
    };
    assertThatThrownBy(() -> Pipeline.of(noSentences, stage))
        .hasMessageContaining("SENTENCES");
  }

  @Test
  void emptyArticleHasNoPlaces() {
    Analysis empty = Analysis.of(Article.of("e", "", null)).withSentences(List.of())
        .withMentions(List.of());
    Analysis out = stage.apply(empty);
    assertThat(out.places()).isEmpty();
    assertThat(out.has(Layer.PLACES)).isTrue();
  }

  @Test
  void nerLocationsResolveWithOffsetsIntoTheOriginalText() {
    Texts t = Texts.of("Troops arrived in Kazakhstan.  Later, clashes in Almaty.")
        .mention("Kazakhstan", "LOCATION", "COUNTRY")
        .mention("Almaty", "LOCATION", "CITY");
    List<Place> places = places(t);
    assertThat(places).extracting(Place::text).containsExactly("Kazakhstan", "Almaty");
    Place kz = places.get(0);
    assertThat(kz.geonameid()).isEqualTo(1522867L);
    assertThat(kz.kind()).isEqualTo("country");
    assertThat(kz.country()).isEqualTo("KZ");
    assertThat(kz.role()).isEqualTo("location");
    Place almaty = places.get(1);
    assertThat(almaty.geonameid()).isEqualTo(1526384L);
    assertThat(almaty.name()).isEqualTo("Almaty");
    assertThat(almaty.admin1()).isEqualTo("02");
    assertThat(almaty.kind()).isEqualTo("city");
    assertThat(almaty.lat()).isEqualTo(43.25);
    String text = t.analysis().text();
    for (Place p : places) {
      assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.confidence()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void aPlaceThatNerMissedIsFoundInTheTokensInAnySpelling() {
    Texts t = Texts.of("At least 20,000 armed people attacked Alma Ata. "
        + "Shops burned in Alma-Ata and in ALMA ATA.");
    List<Place> places = places(t);
    assertThat(places).extracting(Place::text).containsExactly("Alma Ata", "Alma-Ata", "ALMA ATA");
    assertThat(places).allSatisfy(p -> {
      assertThat(p.geonameid()).isEqualTo(1526384L);
      assertThat(p.role()).isEqualTo("location");
    });
  }

  @Test
  void nerCallingACityAPersonIsOverruled() {
    Texts t = Texts.of("Gunfire was heard in Alma Ata on Thursday.").mention("Alma Ata", "PERSON");
    assertThat(only(places(t), "Alma Ata").geonameid()).isEqualTo(1526384L);
    // CoreNLP may also take only the first word for a person.
    Texts half = Texts.of("Gunfire was heard in Alma Ata on Thursday.").mention("Alma", "PERSON");
    assertThat(only(places(half), "Alma Ata").geonameid()).isEqualTo(1526384L);
  }

  @Test
  void noPlaceFromAPersonsName() {
    Texts t = Texts.of("Paris Hilton arrived. Michael Jordan scored twice.")
        .mention("Paris Hilton", "PERSON")
        .mention("Michael Jordan", "PERSON");
    assertThat(places(t)).isEmpty();
  }

  @Test
  void aSurnameIsNotACountryWhenTheFullNameIsInTheArticle() {
    String s = "Michael Jordan scored twice. Later Jordan said he was tired.";
    Texts t = Texts.of(s).mention("Michael Jordan", "PERSON");
    // "Jordan" alone, tagged PERSON, coreferent with Michael Jordan
    Analysis a = t.analysis();
    int i = s.indexOf("Jordan said");
    var mentions = new java.util.ArrayList<>(a.mentions());
    mentions.add(new org.sitrep.model.Mention(i, i + 6, "Jordan", "PERSON", "Michael Jordan", null));
    assertThat(stage.apply(a.withMentions(mentions)).places()).isEmpty();
  }

  @Test
  void demonymsBecomeAdjectivalCountryPlaces() {
    Texts t = Texts.of("Kazakh police said two officers died. "
            + "The Kazakh Interior Ministry said 26 criminals were killed. Russians arrived.")
        .mention("Kazakh Interior Ministry", "ORGANIZATION");
    List<Place> places = places(t);
    assertThat(places).extracting(Place::text).containsExactly("Kazakh", "Kazakh", "Russians");
    assertThat(places).allSatisfy(p -> {
      assertThat(p.role()).isEqualTo("adjectival");
      assertThat(p.kind()).isEqualTo("country");
      assertThat(p.isLocation()).isFalse();
    });
    assertThat(places.get(0).geonameid()).isEqualTo(1522867L);
    assertThat(places.get(0).country()).isEqualTo("KZ");
    assertThat(places.get(2).country()).isEqualTo("RU");
  }

  @Test
  void aNationalityMentionIsAdjectivalEvenWhereAVillageHasTheName() {
    Texts t = Texts.of("The Kazakh government resigned.").mention("Kazakh", "MISC", "NATIONALITY");
    Place p = only(places(t), "Kazakh");
    assertThat(p.country()).isEqualTo("KZ");
    assertThat(p.role()).isEqualTo("adjectival");
  }

  @Test
  void aCountryNameInsideAnOrganisationLocatesTheActor() {
    Texts t = Texts.of("The Bank of Russia raised rates.")
        .mention("Bank of Russia", "ORGANIZATION");
    Place p = only(places(t), "Russia");
    assertThat(p.geonameid()).isEqualTo(2017370L);
    assertThat(p.role()).isEqualTo("adjectival");
  }

  @Test
  void aCountryNameWinsOverABiggerPlaceOfTheSameName() {
    Texts t = Texts.of("Protests spread in Georgia.").mention("Georgia", "LOCATION");
    Place p = only(places(t), "Georgia");
    assertThat(p.geonameid()).isEqualTo(614540L);
    assertThat(p.kind()).isEqualTo("country");
  }

  @Test
  void withoutContextTheBiggerPlaceWins() {
    Texts t = Texts.of("Riots broke out in Cordoba.").mention("Cordoba", "LOCATION");
    Place p = only(places(t), "Cordoba");
    assertThat(p.geonameid()).isEqualTo(Fixtures.CORDOBA_AR.geonameid());
  }

  @Test
  void aCityInTheArticlesCountryBeatsABiggerOneElsewhere() {
    Texts t = Texts.of("Spanish police said riots broke out in Córdoba. "
            + "Spain sent more officers.")
        .mention("Córdoba", "LOCATION")
        .mention("Spain", "LOCATION");
    Place p = only(places(t), "Córdoba");
    assertThat(p.geonameid()).isEqualTo(Fixtures.CORDOBA_ES.geonameid());
    assertThat(p.country()).isEqualTo("ES");
    // and the focus decides the other way round too
    Texts ar = Texts.of("Argentine unions marched in Córdoba.").mention("Córdoba", "LOCATION");
    assertThat(only(places(ar), "Córdoba").country()).isEqualTo("AR");
  }

  @Test
  void aFollowingCountryNamePinsTheCity() {
    Texts t = Texts.of("A bomb exploded in Cordoba, Spain.")
        .mention("Cordoba", "LOCATION").mention("Spain", "LOCATION");
    assertThat(only(places(t), "Cordoba").country()).isEqualTo("ES");
  }

  @Test
  void anUnknownLocationKeepsItsSpanWithANullId() {
    Texts t = Texts.of("Fighting spread across Central Asia.")
        .mention("Central Asia", "LOCATION");
    Place p = only(places(t), "Central Asia");
    assertThat(p.geonameid()).isNull();
    assertThat(p.name()).isNull();
    assertThat(p.lat()).isNull();
    assertThat(p.role()).isEqualTo("location");
  }

  @Test
  void confidenceIsHigherWhenTheChoiceIsClear() {
    Texts clear = Texts.of("Troops entered Kazakhstan.").mention("Kazakhstan", "LOCATION");
    Texts unclear = Texts.of("Troops entered Cordoba.").mention("Cordoba", "LOCATION");
    double c1 = only(places(clear), "Kazakhstan").confidence();
    double c2 = only(places(unclear), "Cordoba").confidence();
    assertThat(c1).isGreaterThan(0.9);
    assertThat(c2).isLessThan(c1).isGreaterThan(0.0);
  }

  @Test
  void commonWordsThatNameSmallTownsAreNotPlaces() {
    // Police is a town of 34,000 in Poland.
    Texts t = Texts.of("Police said the square was cleared. Officers of the State Police "
        + "and the police of the city met.")
        .mention("State Police", "ORGANIZATION");
    assertThat(places(t)).isEmpty();
  }

  @Test
  void sentenceInitialWordsNeedNerOrABigPlace() {
    PlaceStage lenient = new PlaceStage(Fixtures.gazetteer(), new PlaceStage.Options(0, 0, 0, 0, 0));
    Texts t = Texts.of("Police cleared the square.");
    assertThat(lenient.apply(t.analysis()).places()).isEmpty();
    // "Police" is also a town in Poland, but as a common English word it needs NER to be one
    Texts mid = Texts.of("Officers from Police arrived.");
    assertThat(lenient.apply(mid.analysis()).places()).isEmpty();
    assertThat(stage.apply(mid.analysis()).places()).isEmpty();
    Texts tagged = Texts.of("Officers from Police arrived.").mention("Police", "LOCATION");
    assertThat(lenient.apply(tagged.analysis()).places()).extracting(Place::text)
        .containsExactly("Police");
  }

  @Test
  void stateAbbreviationsStayUnresolvedRatherThanWrong() {
    Texts t = Texts.of("It happened in Moscow, Fla. on Monday.").mention("Fla.", "LOCATION");
    assertThat(places(t)).filteredOn(p -> p.text().equals("Fla."))
        .allSatisfy(p -> assertThat(p.geonameid()).isNull());
  }

  @Test
  void datesAndMonthsTaggedByNerAreSkipped() {
    Texts t = Texts.of("On Friday troops entered Moscow.").ner("Friday", "DATE");
    assertThat(places(t)).extracting(Place::text).containsExactly("Moscow");
  }

  @Test
  void aSmallPlaceKnownOnlyByAnAlternateNameIsNotChosen() {
    Texts t = Texts.of("Floods hit Missouri.").mention("Missouri", "LOCATION");
    assertThat(only(places(t), "Missouri").geonameid()).isNull();
  }

  @Test
  void aPlacesOwnNameBeatsAnotherPlacesOldName() {
    Texts t = Texts.of("Shots were fired in Philadelphia.").mention("Philadelphia", "LOCATION");
    assertThat(only(places(t), "Philadelphia").country()).isEqualTo("US");
  }

  @Test
  void aCapitalisedNeighbourMakesTheMatchPartOfALongerName() {
    // no NER at all: the token scan alone must not find Jordan in a person's name, nor Moscow in
    // an unknown organisation's
    Texts t = Texts.of("Yesterday Michael Jordan met the Moscow Police Department in Almaty.");
    assertThat(places(t)).extracting(Place::text).containsExactly("Almaty");
  }

  @Test
  void aCityInsideAnOrganisationsNameIsAdjectivalButAWholeOrganisationNameIsNoPlace() {
    Texts whole = Texts.of("Shares of Paris rose.").mention("Paris", "ORGANIZATION");
    assertThat(places(whole)).isEmpty();
    List<Place> inside = places(Texts.of("Fans of Paris Saint-Germain gathered.")
        .mention("Paris Saint-Germain", "ORGANIZATION"));
    assertThat(inside).singleElement().satisfies(p -> {
      assertThat(p.text()).isEqualTo("Paris");
      assertThat(p.role()).isEqualTo("adjectival");
      assertThat(p.geonameid()).isEqualTo(Fixtures.PARIS.geonameid());
    });
  }

  @Test
  void aBigCityThatNerCallsAnOrganisationIsThePlaceInAnArticleAboutItsCountry() {
    Texts t = Texts.of("Troops entered Kazakhstan. Gunmen attacked Alma Ata on Monday.")
        .mention("Kazakhstan", "LOCATION")
        .mention("Alma Ata", "ORGANIZATION");
    assertThat(places(t)).extracting(Place::text, Place::role)
        .contains(org.assertj.core.groups.Tuple.tuple("Alma Ata", "location"));
  }

  @Test
  void aCountrysOtherOneWordNamesNeedTheSameCareAsCommonWords() {
    // "Qazaqstan" stands for "Island", which world-countries gives for Iceland
    Texts t = Texts.of("Qazaqstan is what they call it. The qazaqstan question stays open.");
    assertThat(places(t)).isEmpty();
    Texts mid = Texts.of("Troops entered Qazaqstan on Monday.");
    assertThat(places(mid)).extracting(Place::geonameid).containsExactly(1522867L);
  }

  @Test
  void resolvingTwiceGivesTheSamePlaces() {
    Texts t = Texts.of("Kazakh troops left Alma Ata for Moscow.");
    Analysis once = stage.apply(t.analysis());
    assertThat(stage.apply(once).places()).isEqualTo(once.places());
  }

  @Test
  void randomTextNeverBreaksTheStageOrItsOffsets() {
    Random random = new Random(20220107);
    String[] words = {"Alma", "Ata", "-", "Kazakh", "police", "Moscow", "in", "the", "Georgia",
        "Police", "said", ".", ",", "Córdoba", "Spain", "Friday", "Paris", "Hilton", "of", "and"};
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0, n = random.nextInt(30); i < n; i++) {
        b.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
      }
      String text = b.toString();
      List<Place> places = stage.apply(Texts.of(text).analysis()).places();
      int lastEnd = 0;
      for (Place p : places) {
        assertThat(p.start()).isGreaterThanOrEqualTo(lastEnd);
        assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        assertThat(p.confidence()).isBetween(0.0, 1.0);
        lastEnd = p.end();
      }
    }
  }
}
