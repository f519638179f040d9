package org.sitrep.geo;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Finds the place names of an article and resolves each on the gazetteer.
 *
 * <p>Reads {@link Layer#SENTENCES} (tokens with POS tags, NER tags and offsets into the original
 * text) and {@link Layer#MENTIONS}; writes {@link Layer#PLACES}, sorted by offset, each span
 * pointing into {@code article.text()}.
 *
 * <p>Candidates come from three places:
 * <ol>
 *   <li>NER mentions of type LOCATION (or fine type CITY, COUNTRY, STATE_OR_PROVINCE), and
 *       NATIONALITY mentions, which become adjectival places;
 *   <li>demonyms and country adjectives found in the tokens ("Kazakh" in "Kazakh Interior
 *       Ministry", "Kazakh police"), role "adjectival": they locate an actor, not an event;
 *   <li>runs of capitalised proper nouns that the gazetteer knows and NER missed ("Alma Ata"
 *       tagged O, or split into a PERSON "Alma"), held to a population threshold so that person
 *       names and common words that happen to name a village do not become places.
 * </ol>
 *
 * <p>Resolution prefers a country for a country's name, then a place in one of the article's
 * countries (those named or referred to by adjective: a city in a country the article is about
 * beats a bigger one elsewhere, the "Springfield problem"), then the bigger place. A candidate the
 * gazetteer does not know keeps its span with a null geonameid.
 */
public final class PlaceStage implements Stage {

  /**
   * Thresholds for names that only the gazetteer (not NER) says are places.
   *
   * @param minPopulation a single capitalised word needs a place this big ("Police" in Poland,
   *     34,000 people, must not turn a sentence's "Police said" into a place)
   * @param minPopulationMultiWord a run of several words ("Alma Ata") is less often a common word
   * @param minPopulationInFocus enough when the place lies in a country the article is about
   * @param minPopulationOverPerson to overrule NER's PERSON tag ("Alma Ata" as a person)
   * @param minPopulationAlternateName for a place found only by one of its alternate names:
   *     "Kiev" is Kyiv's and stays, but GeoNames also lists "Missouri" for Bozeman, Montana, and
   *     "Florida" for Valle Vista, small places that no reader means by those names
   */
  public record Options(
      long minPopulation,
      long minPopulationMultiWord,
      long minPopulationInFocus,
      long minPopulationOverPerson,
      long minPopulationAlternateName) {
    public static final Options DEFAULTS =
        new Options(100_000, 20_000, 15_000, 500_000, 100_000);

    public Options {
      if (minPopulation < 0 || minPopulationMultiWord < 0 || minPopulationInFocus < 0
          || minPopulationOverPerson < 0 || minPopulationAlternateName < 0) {
        throw new IllegalArgumentException("population thresholds must not be negative");
      }
    }
  }

  /** Longest run of tokens tried as one name ("Bosnia and Herzegovina", "Rio de Janeiro"). */
  private static final int MAX_TOKENS = 5;

  /** Places considered per candidate name when scoring: the rest are hamlets that never win. */
  private static final int MAX_ENTRIES = 200;

  private static final Set<String> LOCATION_FINE_TYPES =
      Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** NER tags that mark a token as something other than a name (dates, numbers, titles). */
  private static final Set<String> NOT_A_NAME = Set.of("DATE", "TIME", "DURATION", "SET",
      "NUMBER", "ORDINAL", "MONEY", "PERCENT", "EMAIL", "URL", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE",
      "RELIGION", "IDEOLOGY", "TITLE");

  /** Lower-case words that occur inside place names; never first or last in a name. */
  private static final Set<String> NAME_JOINERS = Set.of("of", "and", "de", "del", "da", "do",
      "dos", "das", "di", "la", "le", "les", "el", "al", "es", "en", "sur", "am", "an", "der",
      "upon", "on", "y");

  private static final Set<String> OPENERS =
      Set.of("``", "\"", "\u201C", "\u2018", "'", "(", "[", "-LRB-", "-LSB-", "\u2014", "--");

  /**
   * Month and weekday names: GeoNames has a "March" (UK) and a "Friday" is always one bad OCR
   * away; taken from the JDK rather than listed by hand.
   */
  private static final Set<String> CALENDAR_WORDS = calendarWords();

  private final Gazetteer gazetteer;
  private final Countries countries;
  private final Options options;

  public PlaceStage(Gazetteer gazetteer) {
    this(gazetteer, Options.DEFAULTS);
  }

  public PlaceStage(Gazetteer gazetteer, Options options) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.countries = gazetteer.countries();
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.PLACES);
  }

  @Override
  public Analysis apply(Analysis in) {
    Article article = new Article(in);
    List<Candidate> found = new ArrayList<>();
    Map<Candidate, Candidate> wholes = new HashMap<>();
    fromMentions(article, found, wholes);
    fromTokens(article, found);
    Focus named = Focus.of(found, article.text);
    List<Candidate> failed = found.stream().filter(c -> !passesGate(c, named, article.text)).toList();
    found.removeAll(failed);
    // a LOCATION whose inner place failed the gate keeps its whole span, unresolved
    failed.stream().map(wholes::get).filter(Objects::nonNull).forEach(found::add);
    List<Candidate> kept = removeOverlaps(found);
    constrainByFollowingCountry(article.text, kept);
    shortCountyNames(article.text, kept);
    Neighbours allReadings = Neighbours.of(article.text, kept);
    Focus focus = named.plus(cityVotes(article.text, kept, named, allReadings));
    Neighbours near = Neighbours.chosen(article.text, kept, focus, allReadings);
    List<Place> places = new ArrayList<>(kept.size());
    for (Candidate c : kept) {
      places.add(resolve(article, c, focus, near));
    }
    return in.withPlaces(places);
  }

  // ---------------------------------------------------------------------------------------------
  // Candidates

  private enum Source {
    NER(3, 1.0),
    ADJECTIVE(2, 0.95),
    GAZETTEER(1, 0.9),
    OVER_PERSON(1, 0.75),
    OVER_ORGANIZATION(1, 0.7);

    final int priority;
    final double trust;

    Source(int priority, double trust) {
      this.priority = priority;
      this.trust = trust;
    }
  }

  /**
   * One possible place name.
   *
   * @param entries gazetteer entries for a location, biggest first; empty when unknown
   * @param adjectiveOf for an adjectival candidate, the countries the adjective names
   * @param gated whether the population gate applies (names only the gazetteer vouches for)
   */
  private record Candidate(
      int start,
      int end,
      Source source,
      boolean adjectival,
      List<GeoEntry> entries,
      List<Country> adjectiveOf,
      String fineType,
      boolean gated,
      boolean multiWord) {

    int length() {
      return end - start;
    }

    boolean namesCountry() {
      return adjectival || (!entries.isEmpty() && entries.get(0).isCountry());
    }

    /**
     * Names a first-order region and no country ("Texas", not "Georgia"; not "Washington", which
     * reads as the capital first), or a county that only one region has ("Rapides Parish", not
     * "Douglas County").
     *
     * @param key the name as written, normalised
     */
    boolean namesRegion(String key) {
      if (entries.isEmpty() || entries.stream().anyMatch(GeoEntry::isCountry)) {
        return false;
      }
      if (firstReading(entries, key).kind().equals("admin1")) {
        return true;
      }
      String region = regionCode(entries.get(0));
      return region != null && entries.stream().allMatch(
          e -> e.kind().equals("admin2") && region.equals(regionCode(e)));
    }

    Candidate withEntries(List<GeoEntry> e) {
      return new Candidate(start, end, source, adjectival, e, adjectiveOf, fineType, gated,
          multiWord);
    }
  }

  /**
   * @param wholes for each candidate taken from inside a LOCATION ({@link #innerPlace}), the
   *     whole LOCATION, to fall back on
   */
  private void fromMentions(Article a, List<Candidate> out, Map<Candidate, Candidate> wholes) {
    for (Mention m : a.mentions) {
      boolean location = "LOCATION".equals(m.type())
          || (m.fineType() != null && LOCATION_FINE_TYPES.contains(m.fineType()));
      // CoNLL's MISC holds demonyms when fine-grained NER is off: "Kazakh" is a nationality
      boolean nationality = "NATIONALITY".equals(m.fineType())
          || "MISC".equals(m.type()) && m.start() >= 0 && m.end() <= a.text.length()
              && m.start() < m.end()
              && !countries.byAdjective(a.text.substring(m.start(), m.end())).isEmpty();
      if ((!location && !nationality) || m.start() < 0 || m.end() > a.text.length()
          || m.start() >= m.end()) {
        continue;
      }
      String surface = a.text.substring(m.start(), m.end());
      List<Country> named = countries.byName(surface);
      List<Country> adjectiveOf = countries.byAdjective(surface);
      List<GeoEntry> entries = lookup(surface);
      // "Kazakh" is also a village in Azerbaijan (Qazax, 18,903 people): a word that is a
      // demonym and names no big place is read as the demonym.
      boolean asAdjective = named.isEmpty() && !adjectiveOf.isEmpty()
          && (nationality || entries.isEmpty()
              || entries.get(0).population() < options.minPopulation());
      if (asAdjective) {
        out.add(new Candidate(m.start(), m.end(), Source.NER, true, List.of(), adjectiveOf,
            m.fineType(), false, false));
      } else if (location) {
        Candidate whole = new Candidate(m.start(), m.end(), Source.NER, false, entries, List.of(),
            m.fineType(), false, false);
        Candidate inner = entries.isEmpty() ? innerPlace(a, m) : null;
        if (inner != null) {
          wholes.put(inner, whole);
        }
        out.add(inner != null ? inner : whole);
      }
    }
  }

  /** Words after a place's name that make the whole a street or a road, not the place. */
  private static final Set<String> STREET_WORDS = Set.of("street", "st", "road", "rd", "avenue",
      "ave", "drive", "dr", "boulevard", "blvd", "lane", "ln", "highway", "hwy", "way", "court",
      "ct", "parkway", "pkwy", "place", "circle", "trail", "bypass", "pike", "turnpike", "river",
      "creek", "lake");

  /**
   * A LOCATION the gazetteer does not know that begins or ends with a place it knows: "Northeast
   * Georgia", "Western Massachusetts", "the Paris Public Library", "Newark Live Bait". The longest
   * such part becomes the candidate, held to the gazetteer-only thresholds; a street or a river
   * named after a place ("Wichita Drive", "Red River") stays whole and unresolved.
   */
  private Candidate innerPlace(Article a, Mention m) {
    List<Token> toks = new ArrayList<>();
    for (Sentence s : a.sentences) {
      for (Token t : s.tokens()) {
        if (t.start() >= m.start() && t.end() <= m.end()) {
          toks.add(t);
        }
      }
    }
    for (int n = toks.size() - 1; n >= 1; n--) {
      for (boolean prefix : new boolean[] {true, false}) {
        int from = prefix ? 0 : toks.size() - n;
        int to = from + n;
        if (prefix && STREET_WORDS.contains(toks.get(to).word().toLowerCase(Locale.ROOT)
            .replace(".", ""))) {
          continue;
        }
        if (!nameShaped(toks, from, n)) {
          continue;
        }
        int start = toks.get(from).start();
        int end = toks.get(to - 1).end();
        String part = a.text.substring(start, end);
        if (compassWordsOnly(part)) {
          continue; // "Western" of "Western Massachusetts" is no place
        }
        List<GeoEntry> entries = lookup(part);
        if (!entries.isEmpty()) {
          return new Candidate(start, end, Source.GAZETTEER, false, entries, List.of(), null,
              !entries.get(0).isCountry(), n > 1);
        }
      }
    }
    return null;
  }

  private void fromTokens(Article a, List<Candidate> out) {
    for (Sentence s : a.sentences) {
      List<Token> toks = s.tokens();
      int i = 0;
      while (i < toks.size()) {
        int used = 0;
        for (int n = Math.min(MAX_TOKENS, toks.size() - i); n >= 1; n--) {
          if (!nameShaped(toks, i, n)) {
            continue;
          }
          Candidate c = adjectiveAt(a, toks, i, n);
          if (c == null) {
            c = placeAt(a, toks, i, n);
          }
          if (c != null) {
            out.add(c);
            used = n;
            break;
          }
        }
        i += Math.max(1, used);
      }
    }
  }

  /**
   * Capitalised words, joined only by a hyphen written without spaces ("Alma - Ata" as CoreNLP
   * splits "Alma-Ata") or by a lower-case joiner inside the name ("Rio de Janeiro").
   */
  private static boolean nameShaped(List<Token> toks, int i, int n) {
    if (!capitalised(toks.get(i)) || !capitalised(toks.get(i + n - 1))) {
      return false;
    }
    // Names.normalize drops a leading "the", which would otherwise stretch "The Kazakh" into one
    // name and move the span's start onto "The".
    if (n > 1 && toks.get(i).word().equalsIgnoreCase("the")) {
      return false;
    }
    for (int k = i + 1; k < i + n - 1; k++) {
      Token t = toks.get(k);
      boolean hyphen = t.word().equals("-") && t.start() == toks.get(k - 1).end()
          && toks.get(k + 1).start() == t.end();
      if (!capitalised(t) && !hyphen && !NAME_JOINERS.contains(t.word())) {
        return false;
      }
    }
    return true;
  }

  private static boolean capitalised(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static boolean properNoun(Token t) {
    return t.pos() == null || t.pos().startsWith("NNP");
  }

  private Candidate adjectiveAt(Article a, List<Token> toks, int i, int n) {
    int start = toks.get(i).start();
    int end = toks.get(i + n - 1).end();
    String surface = a.text.substring(start, end);
    List<Country> adjectiveOf = countries.byAdjective(surface);
    if (adjectiveOf.isEmpty() || !countries.byName(surface).isEmpty()) {
      return null;
    }
    for (int k = i; k < i + n; k++) {
      Token t = toks.get(k);
      if (t.ner() != null && NOT_A_NAME.contains(t.ner()) && !t.ner().equals("TITLE")) {
        return null;
      }
      if (t.pos() != null && t.pos().startsWith("V")) {
        return null;
      }
    }
    Mention person = a.enclosing(start, end, "PERSON");
    if (person != null && person.start() == start && person.end() == end) {
      return null;
    }
    return new Candidate(start, end, Source.ADJECTIVE, true, List.of(), adjectiveOf, null, false,
        n > 1);
  }

  /** "Fla.", "Calif.", "W.Va.", "N.C.", "U.S.": written abbreviations with their full stops. */
  private static final java.util.regex.Pattern ABBREVIATION =
      java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}{0,4}\\.){1,3}");

  /**
   * A common English word in lower case ("police", "mobile", "reading") found by the token scan is
   * far more often the word than a town of that name; NER's LOCATION tag can still make it a place.
   */
  private static boolean commonWord(String word) {
    org.sitrep.repair.WordFrequencies wf = org.sitrep.repair.WordFrequencies.subtlex();
    return wf.count(word) >= COMMON_WORD_COUNT && !wf.isName(word);
  }

  /**
   * SUBTLEX-US count above which a capitalised word is also everyday English ("University",
   * "Central", "Metro", but also "Boston"), and the population a place of that name needs to be
   * found by the gazetteer alone: anywhere ("Paris", "Houston"), or in a country the article is
   * about ("Boston" and "Lincoln" in a US story, not University, Florida).
   */
  private static final int EVERYDAY_WORD_COUNT = 200;

  private static final long EVERYDAY_WORD_MIN_POPULATION = 1_000_000;

  private static final long EVERYDAY_WORD_MIN_POPULATION_IN_FOCUS = 200_000;

  /** SUBTLEX-US count (of 51 million words) above which a word is common. */
  private static final int COMMON_WORD_COUNT = 2_000;

  private Candidate placeAt(Article a, List<Token> toks, int i, int n) {
    for (int k = i; k < i + n; k++) {
      Token t = toks.get(k);
      if (capitalised(t) && !properNoun(t)) {
        return null;
      }
      if (t.ner() != null && NOT_A_NAME.contains(t.ner())) {
        return null;
      }
    }
    int start = toks.get(i).start();
    int end = toks.get(i + n - 1).end();
    // CoreNLP splits the last full stop off "W.Va." before a dash or at a sentence's end
    if (n == 1 && end < a.text.length() && a.text.charAt(end) == '.'
        && !gazetteer.byAbbreviation(a.text.substring(start, end + 1)).isEmpty()) {
      end++;
    }
    String surface = a.text.substring(start, end);
    List<GeoEntry> entries = lookup(surface);
    if (entries.isEmpty()) {
      return null;
    }
    boolean country = entries.get(0).isCountry();
    boolean multiWord = n > 1 || surface.indexOf('-') > 0;
    // A dateline ("ARLINGTON --", "MANSFIELD, La. —") names the place the story is filed from,
    // however NER tags its shouted words.
    if (a.sentenceInitial(toks, i) && datelineFollows(toks, i + n)) {
      return new Candidate(start, end, Source.GAZETTEER, false, entries, List.of(), null, false,
          multiWord);
    }
    // A country's own name is safe on its own; its other one-word names are not ("Island" is
    // how Icelanders write Iceland).
    boolean ownCountryName =
        country && Names.normalize(entries.get(0).name()).equals(Names.normalize(surface));
    // "Springfield, Ill.", "the S.C. Highway Patrol": a region's abbreviation after a town and a
    // comma or opening an organisation's name. Elsewhere "Ill." and "Del." are as often words and
    // titles, and need NER's LOCATION tag.
    boolean regionAbbreviation = n == 1 && !country && ABBREVIATION.matcher(surface).matches();
    Mention organisation = a.enclosing(start, end, "ORGANIZATION");
    boolean regionAbbreviationInContext = regionAbbreviation
        && ((i >= 2 && toks.get(i - 1).word().equals(",") && capitalised(toks.get(i - 2)))
            || (organisation != null && organisation.start() == start));
    if (regionAbbreviation && !regionAbbreviationInContext) {
      return null;
    }
    if (!multiWord && !ownCountryName && !regionAbbreviationInContext) {
      String word = toks.get(i).word();
      // "UF" is an alternate name of Ufa and "LA" of Los Angeles; a short or shouted single word
      // is an abbreviation far more often than a place. Countries' abbreviations ("UAE", "DRC")
      // come from curated country names and stay.
      boolean shouted = word.equals(word.toUpperCase(Locale.ROOT));
      boolean abbreviation = word.length() < 3 || (shouted && word.length() < 5);
      if ((abbreviation && !country)
          || (!country && commonWord(word))
          || CALENDAR_WORDS.contains(word.toLowerCase(Locale.ROOT))
          || a.lowerCaseWords.contains(word.toLowerCase(Locale.ROOT))
          // a sentence's first word is capitalised anyway, unless NER saw a name there
          // ("Oxford City Council said")
          || (a.sentenceInitial(toks, i) && (toks.get(i).ner() == null || toks.get(i).ner().equals("O")))) {
        return null;
      }
    }
    // Inside an organisation's or event's name ("Kazakhstan Temir Zholy", "Moscow Exchange"): a
    // country or a big city there says where the actor is from, not where anything happened. A
    // whole organisation name that is a city ("Toyota") is the organisation, not the city.
    for (String type : List.of("ORGANIZATION", "MISC")) {
      Mention m = a.enclosing(start, end, type);
      if (m != null) {
        // NER's MISC on nothing but a country's name ("Palestine" in a Texas story) is its
        // guess at a nationality; the name is still a place name
        if (country && type.equals("MISC") && m.start() == start && m.end() == end) {
          break;
        }
        if (country) {
          return new Candidate(start, end, Source.GAZETTEER, true, List.of(), countriesOf(entries),
              null, false, multiWord);
        }
        boolean whole = m.start() == start && m.end() == end;
        // "Laurel County approved the budget": a county or a state named as an organisation is
        // its government, and still the place
        if (whole && multiWord && (entries.get(0).kind().equals("admin1")
            || entries.get(0).kind().equals("admin2"))) {
          return new Candidate(start, end, Source.GAZETTEER, false, entries, List.of(), null,
              false, true);
        }
        // A word in the middle or at the end of a name is the name's ("Texas Southern
        // University", "Clarke County Superior Court"); a place opens it or follows "of"
        // ("Houston Police Department", "University of Alexandria").
        String before = a.text.substring(m.start(), start).trim();
        if (!before.isEmpty() && !before.matches("(?s).*\\b(of|and)")) {
          return null; // "and": NER joins neighbouring names ("the Sheriff's Office and Rapides Parish Fire District")
        }
        // NER also calls a big city an organisation ("attacked Alma Ata", even "In Alma Ata"):
        // with nothing but function words around it, overrule it as for persons, by population
        String rest = (a.text.substring(m.start(), start) + " " + a.text.substring(end, m.end()))
            .toLowerCase(Locale.ROOT).replaceAll("\\b(in|at|of|the|from|to|near)\\b", "").trim();
        if (type.equals("ORGANIZATION") && rest.isEmpty()) {
          return new Candidate(start, end, Source.OVER_ORGANIZATION, false, entries, List.of(),
              null, !country, multiWord);
        }
        return whole ? null : new Candidate(start, end, Source.GAZETTEER, true, entries,
            List.of(), null, true, multiWord);
      }
    }
    // A capitalised word beside the match makes it part of a longer name the gazetteer does not
    // know: "Michael Jordan", "New Jersey" (not Jersey), "Oakland Police Department", "Jackson
    // Street". A country only looks left: "Kazakhstan President" is still Kazakhstan.
    if (partOfLongerName(a, toks, i, n, !country)) {
      return null;
    }
    Source source = Source.GAZETTEER;
    for (Mention m : a.overlapping(start, end, "PERSON")) {
      boolean within = m.start() >= start && m.end() <= end;
      if (!within || !mayOverrulePerson(a, m)) {
        return null; // a place name inside a person's name: "Paris" in "Paris Hilton"
      }
      source = Source.OVER_PERSON;
    }
    return new Candidate(start, end, source, false, entries, List.of(), null, !country, multiWord);
  }

  private static final Set<String> DASHES = Set.of("--", "-", "\u2014", "\u2013");

  /**
   * A dash with spaces around it next ("ARLINGTON --"), or a comma, capitalised words and such a
   * dash ("CHARLESTON, W.Va. --"): the end of a dateline. "Al-Shabaab" is no dateline.
   */
  private static boolean datelineFollows(List<Token> toks, int k) {
    if (k < toks.size() && toks.get(k).word().equals(",")) {
      k++;
      while (k < toks.size() && capitalised(toks.get(k)) && k < toks.size() - 1) {
        k++;
      }
    }
    return k > 0 && k < toks.size() && DASHES.contains(toks.get(k).word())
        && toks.get(k).start() > toks.get(k - 1).end();
  }

  private static boolean partOfLongerName(Article a, List<Token> toks, int i, int n,
      boolean lookRight) {
    if (i > 0 && capitalised(toks.get(i - 1)) && !a.sentenceInitial(toks, i - 1)) {
      return true;
    }
    return lookRight && i + n < toks.size() && capitalised(toks.get(i + n))
        && toks.get(i + n).word().chars().anyMatch(Character::isLowerCase);
  }

  /**
   * NER sometimes calls a city a person ("Alma Ata", "Alma" + "Ata"). Overrule it only when the
   * same words are not also part of a longer person name in the article (then they are that
   * person's surname: "Jordan" beside "Michael Jordan") and coreference did not tie the mention to
   * a longer name.
   */
  private static boolean mayOverrulePerson(Article a, Mention person) {
    String key = Names.normalize(a.text.substring(person.start(), person.end()));
    if (person.canonical() != null && !Names.normalize(person.canonical()).equals(key)) {
      return false;
    }
    for (Mention other : a.mentions) {
      if (other != person && "PERSON".equals(other.type())) {
        String otherKey = Names.normalize(a.text.substring(other.start(), other.end()));
        if (!otherKey.equals(key) && (" " + otherKey + " ").contains(" " + key + " ")) {
          return false;
        }
      }
    }
    return true;
  }

  private List<Country> countriesOf(List<GeoEntry> entries) {
    List<Country> list = new ArrayList<>();
    for (GeoEntry e : entries) {
      if (e.isCountry()) {
        countries.byIso2(e.country()).ifPresent(list::add);
      }
    }
    return list;
  }

  /** The gazetteer's entries for a name, less small places that only an alternate name gives. */
  private List<GeoEntry> lookup(String surface) {
    // "Fla.", "W.Va.", "U.S.": a region's or a country's abbreviation and nothing else. Read as
    // names they would hit small foreign towns ("Fla" in Norway).
    if (ABBREVIATION.matcher(surface).matches()) {
      List<GeoEntry> abbreviated = new ArrayList<>(gazetteer.byAbbreviation(surface));
      gazetteer.lookup(surface).stream().filter(GeoEntry::isCountry).forEach(abbreviated::add);
      return abbreviated;
    }
    String key = Names.normalize(surface);
    // "EU", "UN", "NSA": a short name in capitals is an acronym; it may stand for a country or a
    // region ("UK", "UAE"), not for a town that happens to be spelled so ("Eu" in Normandy).
    // ("ROME" and "GAZA" in datelines are four letters)
    boolean acronym = surface.length() <= 3 && surface.equals(surface.toUpperCase(Locale.ROOT));
    List<GeoEntry> kept = new ArrayList<>();
    for (GeoEntry e : gazetteer.lookup(surface)) {
      if (acronym && !e.isCountry() && !e.kind().equals("admin1")) {
        continue;
      }
      if (e.isCountry() || e.population() >= options.minPopulationAlternateName()
          || Names.normalize(e.name()).equals(key)) {
        kept.add(e);
        if (kept.size() == MAX_ENTRIES) {
          break;
        }
      }
    }
    return kept;
  }

  // ---------------------------------------------------------------------------------------------
  // Filtering

  private boolean passesGate(Candidate c, Focus focus, String text) {
    if (!c.gated()) {
      return true;
    }
    long biggest = c.entries().get(0).population();
    if (c.source() == Source.OVER_PERSON) {
      return biggest >= options.minPopulationOverPerson();
    }
    if (c.source() == Source.OVER_ORGANIZATION) {
      // "Shares of Paris rose" is the company; "attacked Alma Ata" in an article about Kazakhstan
      // is the city: only a big city of a country the article is about
      return biggest >= options.minPopulationOverPerson()
          && focus.weight(c.entries().get(0).country()) > 0;
    }
    long needed = c.multiWord() ? options.minPopulationMultiWord() : options.minPopulation();
    // "University of Rochester", "Metro Nashville police", "Northwest 8th Avenue": a word of
    // everyday English that only the gazetteer calls a place must name a very big one
    boolean everyday = !c.multiWord() && org.sitrep.repair.WordFrequencies.subtlex()
        .count(text.substring(c.start(), c.end())) >= EVERYDAY_WORD_COUNT;
    if (everyday) {
      needed = EVERYDAY_WORD_MIN_POPULATION;
    }
    if (biggest >= needed) {
      return true;
    }
    long neededInFocus = everyday ? EVERYDAY_WORD_MIN_POPULATION_IN_FOCUS
        : options.minPopulationInFocus();
    for (GeoEntry e : c.entries()) {
      if (e.population() < neededInFocus) {
        break;
      }
      if (focus.weight(e.country()) > 0) {
        return true;
      }
    }
    return false;
  }

  /** Longer spans first, then the more trusted source; the rest of an overlapping pair goes. */
  private static List<Candidate> removeOverlaps(List<Candidate> found) {
    List<Candidate> order = new ArrayList<>(found);
    order.sort(Comparator.comparingInt(Candidate::length).reversed()
        .thenComparing(c -> -c.source().priority)
        .thenComparingInt(Candidate::start));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : order) {
      boolean free = true;
      for (Candidate k : kept) {
        if (c.start() < k.end() && k.start() < c.end()) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Candidate::start));
    return kept;
  }

  /**
   * "Moscow, Idaho", "Paris, Texas", "Springfield, Ill.", "Kherson, Ukraine": a name followed by a
   * comma and a region or country is in it, when the gazetteer has such a place.
   */
  private static void constrainByFollowingCountry(String text, List<Candidate> kept) {
    for (int i = 0; i + 1 < kept.size(); i++) {
      Candidate place = kept.get(i);
      Candidate next = kept.get(i + 1);
      if (place.adjectival() || place.entries().isEmpty() || next.adjectival()
          || next.entries().isEmpty()
          || !text.substring(place.end(), next.start()).matches(",\\s*")) {
        continue;
      }
      List<GeoEntry> inside = new ArrayList<>();
      for (GeoEntry e : place.entries()) {
        for (GeoEntry container : next.entries()) {
          boolean inCountry = container.isCountry() && Objects.equals(container.country(), e.country());
          String region = regionCode(container);
          boolean inRegion = container.kind().equals("admin1") && region != null
              && region.equals(regionCode(e)) && e.geonameid() != container.geonameid();
          if (inCountry || inRegion) {
            inside.add(e);
            break;
          }
        }
      }
      if (!inside.isEmpty()) {
        kept.set(i, place.withEntries(inside));
      }
    }
  }

  private static final java.util.regex.Pattern COUNTY =
      java.util.regex.Pattern.compile("(.+) (County|Parish|Borough)");

  /**
   * A story that names "Barrow County" and then "Barrow" means the county by the short name, or a
   * town of that name in it: the short name keeps only the town readings within
   * {@link #COUNTY_TOWN_KM} of the county, or becomes the county. Only for county names that one
   * state has: which "Madison County" a bare "Madison" would be is no clearer than "Madison".
   */
  private static void shortCountyNames(String text, List<Candidate> kept) {
    Map<String, GeoEntry> counties = new HashMap<>();
    for (Candidate c : kept) {
      java.util.regex.Matcher m = COUNTY.matcher(text.substring(c.start(), c.end()));
      if (m.matches() && c.entries().size() == 1 && c.entries().get(0).kind().equals("admin2")) {
        counties.put(Names.normalize(m.group(1)), c.entries().get(0));
      }
    }
    if (counties.isEmpty()) {
      return;
    }
    for (int i = 0; i < kept.size(); i++) {
      Candidate c = kept.get(i);
      GeoEntry county = counties.get(Names.normalize(text.substring(c.start(), c.end())));
      if (county == null || c.adjectival()) {
        continue;
      }
      List<GeoEntry> towns = c.entries().stream()
          .filter(e -> e.kind().equals("city")
              && Geo.km(e.lat(), e.lon(), county.lat(), county.lon()) <= COUNTY_TOWN_KM)
          .toList();
      kept.set(i, c.withEntries(towns.isEmpty() ? List.of(county) : towns));
    }
  }

  /** A county's towns lie within this distance of its Census internal point. */
  private static final double COUNTY_TOWN_KM = 50;

  // ---------------------------------------------------------------------------------------------
  // Resolution

  /**
   * The countries and first-order regions an article is about, weighted by how often it names
   * them or uses their adjective (1 each) and, once the cities have a first reading, by its
   * cities (1/2 each). Votes are kept per name so that a name's own votes never count for itself:
   * "Congolese" alone must not decide between the two Congos by having voted for one of them.
   *
   * @param votes normalised name → country ("US") or region ("US.TX") → weight
   * @param max the largest country total
   * @param maxRegion the largest region total
   */
  private record Focus(Map<String, Map<String, Double>> votes, Map<String, Double> totals,
      double max, double maxRegion) {

    static Focus of(List<Candidate> found, String text) {
      Map<String, Map<String, Double>> votes = new HashMap<>();
      Set<Long> seenSpans = new HashSet<>();
      for (Candidate c : found) {
        if (!seenSpans.add(((long) c.start() << 32) | c.end())) {
          continue; // NER and the token scan found the same words
        }
        // An ambiguous word ("Congolese", "French" for France and its territories) votes for its
        // most populous country only; another mention of the smaller one can still outvote it.
        String key = Names.normalize(text.substring(c.start(), c.end()));
        String code = null;
        String region = null;
        if (c.adjectival() && !c.adjectiveOf().isEmpty()) {
          code = c.adjectiveOf().get(0).iso2();
        } else if (c.namesRegion(key)) {
          // "Texas" puts the article in the United States and in Texas
          code = c.entries().get(0).country();
          region = regionCode(c.entries().get(0));
        } else if (c.namesCountry() && !c.entries().isEmpty()) {
          code = c.entries().get(0).country();
        }
        if (code != null) {
          votes.computeIfAbsent(key, k -> new HashMap<>()).merge(code, 1.0, Double::sum);
        }
        if (region != null) {
          votes.computeIfAbsent(key, k -> new HashMap<>()).merge(region, 1.0, Double::sum);
        }
      }
      return of(votes);
    }

    static Focus of(Map<String, Map<String, Double>> votes) {
      Map<String, Double> totals = new HashMap<>();
      votes.values().forEach(m -> m.forEach((code, w) -> totals.merge(code, w, Double::sum)));
      double max = 0;
      double maxRegion = 0;
      for (Map.Entry<String, Double> t : totals.entrySet()) {
        if (t.getKey().indexOf('.') < 0) {
          max = Math.max(max, t.getValue());
        } else {
          maxRegion = Math.max(maxRegion, t.getValue());
        }
      }
      return new Focus(votes, totals, max, maxRegion);
    }

    Focus plus(Map<String, Map<String, Double>> more) {
      Map<String, Map<String, Double>> all = new HashMap<>();
      votes.forEach((k, m) -> all.put(k, new HashMap<>(m)));
      more.forEach((k, m) -> m.forEach((code, w) ->
          all.computeIfAbsent(k, x -> new HashMap<>()).merge(code, w, Double::sum)));
      return of(all);
    }

    double weight(String iso2) {
      return iso2 == null ? 0 : totals.getOrDefault(iso2, 0.0);
    }

    /**
     * 0 outside the focus; 0.5 to 0.7 inside, the most-named country highest. On the population
     * scale (log10 / 7) that lets a place in the article's country beat one up to about 500 times
     * bigger elsewhere (Córdoba, Spain over Córdoba, Argentina in a Spanish story), but not a
     * world capital: a hamlet called Buenos Aires in Colombia does not beat Argentina's capital.
     * Tuned on LGL and TR-News, where anything from 0.45 to 1.0 scores within 0.5 points.
     */
    double score(String iso2, String key) {
      double w = othersWeight(iso2, key);
      return w <= 1e-9 ? 0 : 0.5 + 0.2 * w / max;
    }

    /**
     * 0 outside the article's regions; 0.25 to 0.4 inside: Springfield, Illinois in an article
     * that also names Chicago, not the bigger Springfield in Missouri.
     */
    double regionScore(GeoEntry e, String key) {
      String region = regionCode(e);
      double w = region == null ? 0 : othersWeight(region, key);
      return w <= 1e-9 ? 0 : REGION_BASE + REGION_SPAN * w / maxRegion;
    }

    /** Tuned on LGL and TR-News with gold spans: 0.1-0.25 and 0.05-0.15 score within 0.6 points. */
    static final double REGION_BASE = 0.25;
    static final double REGION_SPAN = 0.15;

    private double othersWeight(String code, String key) {
      if (code == null) {
        return 0; // continents belong to no country
      }
      double own = votes.getOrDefault(key, Map.of()).getOrDefault(code, 0.0);
      return totals.getOrDefault(code, 0.0) - own;
    }
  }

  /**
   * Each distinct city name's first reading (countries and adjectives only) votes for its
   * country, so that a local article about Gainesville and Ocala also puts its Dublin in the
   * United States rather than in Ireland.
   */
  private Map<String, Map<String, Double>> cityVotes(String text, List<Candidate> kept,
      Focus named, Neighbours near) {
    Map<String, Map<String, Double>> votes = new HashMap<>();
    for (Candidate c : kept) {
      String key = Names.normalize(text.substring(c.start(), c.end()));
      if (c.adjectival() || c.entries().isEmpty() || c.namesCountry() || c.namesRegion(key)) {
        continue; // countries and regions voted in Focus.of
      }
      if (!votes.containsKey(key)) {
        List<GeoEntry> pool = pool(c.entries(), key, named);
        if (pool.isEmpty()) {
          continue;
        }
        Choice first = choose(pool, named, near, key);
        Map<String, Double> vote = new HashMap<>();
        if (first.entry().country() != null) {
          vote.put(first.entry().country(), 0.5 * first.confidence());
        }
        String region = regionCode(first.entry());
        if (region != null) {
          vote.put(region, 0.5 * first.confidence());
        }
        votes.put(key, vote);
      }
    }
    return votes;
  }

  private Place resolve(Article article, Candidate c, Focus focus, Neighbours near) {
    String text = article.text;
    String surface = text.substring(c.start(), c.end());
    String key = Names.normalize(surface);
    String role = c.adjectival() ? "adjectival" : "location";
    if (c.adjectival()) {
      // A demonym's countries, or the city in an organisation's name ("Moscow Exchange").
      List<GeoEntry> pool = c.adjectiveOf().isEmpty()
          ? c.entries()
          : c.adjectiveOf().stream().map(Country::toEntry).toList();
      Choice choice = choose(pool, focus, near, key);
      return place(c, surface, choice.entry(), choice.confidence() * c.source().trust, role);
    }
    List<GeoEntry> pool = pool(c.entries(), key, focus);
    if (pool.isEmpty()) {
      return new Place(c.start(), c.end(), surface, null, null, null, null, null, null,
          kindOfFineType(c.fineType()), 0.5 * c.source().trust, role);
    }
    Choice choice = choose(pool, focus, near, key);
    if (metonym(article, c, choice.entry())) {
      role = "metonym";
    }
    return place(c, surface, choice.entry(), choice.confidence() * c.source().trust, role);
  }

  /**
   * The entries worth scoring for a name ({@code key}, normalised). A country's name means the
   * country, or a region or town of that name in a region the article is about ("Georgia" the US
   * state in a story about Atlanta, "Lebanon" in one about Warren County, Ohio), or in a country it
   * is about when nothing else in it is about the named country ("Georgia" in a story set in
   * Alabama); never Georgia, a village in Ohio, elsewhere. A region named like a city is read as the city when the city is
   * most of it ("Almaty", "Kyiv" and their city-regions), when the city is in it under that very
   * name and a fifth of its people ("Kharkiv" the city, not Kharkiv Oblast; but "Quebec" the
   * province) or is its country's capital ("Washington",
   * unless the article is set in Washington State); but
   * "New York" stays a candidate as the state: the city's own name is "New York City".
   *
   * @param focus the article's countries and regions, or null before any context
   */
  private static List<GeoEntry> pool(List<GeoEntry> entries, String key, Focus focus) {
    GeoEntry country = entries.stream().filter(GeoEntry::isCountry).findFirst().orElse(null);
    // nothing else in the article is about the country: "Georgia" in a story set in Alabama
    boolean countryUnsupported = focus != null && country != null
        && focus.score(country.country(), key) == 0;
    List<GeoEntry> pool = new ArrayList<>();
    for (GeoEntry e : entries) {
      boolean region = e.kind().equals("admin1") || e.kind().equals("admin2");
      // under its own name only: "Mexico" is not Mexico City, whose name it also is
      boolean inArticle = focus != null && Names.normalize(e.name()).equals(key)
          && (focus.regionScore(e, key) > 0
              || (countryUnsupported && focus.score(e.country(), key) > 0));
      if (country != null && !e.isCountry() && !inArticle && !(region && focus == null)) {
        continue;
      }
      if (region && entries.stream().anyMatch(city -> city.kind().equals("city")
          && Objects.equals(city.country(), e.country())
          && (city.population() >= CITY_SHARE_OF_REGION * e.population()
              || (city.featureCode().equals("PPLC")
                  && (focus == null || focus.regionScore(e, key) == 0))
              || (Objects.equals(city.admin1(), e.admin1())
                  && Names.normalize(city.name()).equals(key)
                  && city.population() >= CITY_NAMESAKE_SHARE * e.population())))) {
        continue;
      }
      // "Southern", "Eastern", "Central": regions named by compass words alone are meant only
      // in stories about their country ("the Eastern Province of Sierra Leone")
      if (region && compassWordsOnly(e.name())
          && (focus == null || focus.score(e.country(), key) == 0)) {
        continue;
      }
      pool.add(e);
    }
    return pool;
  }

  /** What a bare name reads as before any context: the best of its {@link #pool}. */
  static GeoEntry firstReading(List<GeoEntry> entries, String name) {
    String key = Names.normalize(name);
    List<GeoEntry> pool = pool(entries, key, null);
    return pool.isEmpty()
        ? entries.get(0)
        : choose(pool, Focus.of(Map.of()), Neighbours.NONE, key).entry();
  }

  /**
   * A city in a region of its own name replaces the region when it holds this share of its
   * people: Kharkiv (half its oblast) and Kherson do, Quebec City (a fifteenth of Quebec) does not.
   */
  private static final double CITY_NAMESAKE_SHARE = 0.2;

  /** Words that place a region within a country without naming it. */
  private static final Set<String> COMPASS_WORDS = Set.of("north", "south", "east", "west",
      "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
      "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
      "upper", "lower", "middle", "far", "region", "province", "state");

  private static boolean compassWordsOnly(String name) {
    for (String word : Names.normalize(name).split(" ")) {
      if (!COMPASS_WORDS.contains(word)) {
        return false;
      }
    }
    return true;
  }

  /** A city of a region's name replaces the region when it holds this share of its people. */
  private static final double CITY_SHARE_OF_REGION = 0.7;

  private record Choice(GeoEntry entry, double confidence) {}

  /**
   * Per other place name read within {@link Neighbours#RADIUS_KM}: a little less than what a
   * population fifty times bigger is worth, so that Alexandria, Minnesota beside a Douglas County
   * and a Brandon beats Alexandria, Virginia. Tuned on LGL and TR-News with gold spans (0.15 to
   * 0.25 score within 0.7 points; 0.35 is worse).
   */
  private static final double NEIGHBOUR_BONUS = 0.25;

  private static final int MAX_NEIGHBOURS = 3;

  /**
   * The article's place names and their readings, to reward readings that lie near or in each
   * other: the places of one local story are close together (the "spatial minimality" heuristic
   * of the geoparsing literature). A town or county reading counts the other names with a town or
   * county reading within {@link #RADIUS_KM}; a region reading counts the other names with a
   * reading inside it. Countries and continents take no part. Built twice per article: with all
   * readings ({@link #of}) for the first choice of each name, then with those choices only
   * ({@link #chosen}) for the final one.
   *
   * @param readings normalised name → its readings, biggest first
   */
  private record Neighbours(Map<String, List<GeoEntry>> readings) {
    static final Neighbours NONE = new Neighbours(Map.of());
    static final double RADIUS_KM = 100;
    /** Readings per name considered: the rest are hamlets that decide nothing. */
    static final int MAX_READINGS = 50;

    static Neighbours of(String text, List<Candidate> kept) {
      Map<String, List<GeoEntry>> readings = new HashMap<>();
      for (Candidate c : kept) {
        if (c.entries().isEmpty()) {
          continue; // a demonym: "Kazakh" says nothing about where in Kazakhstan
        }
        String key = Names.normalize(text.substring(c.start(), c.end()));
        readings.computeIfAbsent(key, k -> c.entries().stream()
            .filter(e -> !e.isCountry() && e.country() != null)
            .limit(MAX_READINGS)
            .toList());
      }
      return new Neighbours(Map.copyOf(readings));
    }

    /**
     * Each name's best reading given all the others' readings: the second pass counts only these,
     * so that one unlikely reading (Lima, Pennsylvania, near a West Chester read as the one in
     * Pennsylvania) cannot pull its namesakes along.
     */
    static Neighbours chosen(String text, List<Candidate> kept, Focus focus, Neighbours all) {
      Map<String, List<GeoEntry>> readings = new HashMap<>();
      for (Candidate c : kept) {
        if (c.entries().isEmpty()) {
          continue;
        }
        String key = Names.normalize(text.substring(c.start(), c.end()));
        if (readings.containsKey(key)) {
          continue;
        }
        List<GeoEntry> pool = c.adjectival() ? c.entries() : pool(c.entries(), key, focus);
        if (!pool.isEmpty()) {
          GeoEntry best = choose(pool, focus, all, key).entry();
          if (!best.isCountry() && best.country() != null) {
            readings.put(key, List.of(best));
          }
        }
      }
      return new Neighbours(Map.copyOf(readings));
    }

    private static boolean isPoint(GeoEntry e) {
      return e.kind().equals("city") || e.kind().equals("admin2");
    }

    /** Other names with a reading near {@code e}, or inside it if it is a region. */
    int count(GeoEntry e, String key) {
      boolean point = isPoint(e);
      String region = e.kind().equals("admin1") ? regionCode(e) : null;
      if (!point && region == null) {
        return 0;
      }
      int n = 0;
      for (Map.Entry<String, List<GeoEntry>> other : readings.entrySet()) {
        if (other.getKey().equals(key)) {
          continue;
        }
        for (GeoEntry o : other.getValue()) {
          boolean near = point
              ? isPoint(o) && Math.abs(o.lat() - e.lat()) <= 1 // 111 km: skips the trigonometry
                  && Geo.km(o.lat(), o.lon(), e.lat(), e.lon()) <= RADIUS_KM
              : o.geonameid() != e.geonameid() && region.equals(regionCode(o));
          if (near) {
            n++;
            break;
          }
        }
      }
      return n;
    }
  }

  /**
   * Scores each entry on population (log scale, 0.1 to 1.1), membership of the article's focus
   * (0.5 to 0.7, enough to beat a place a hundred times bigger elsewhere), rank (capitals and
   * admin1 seats a little ahead) and whether the name is the place's own rather than an alternate
   * one ("Augusta" is Augusta, Georgia, before it is Augsburg's Latin name; "Philadelphia" is
   * not Amman, whose ancient name it was), and turns the scores
   * into a probability-like confidence.
   */
  private static Choice choose(List<GeoEntry> entries, Focus focus, Neighbours near, String key) {
    double[] scores = new double[entries.size()];
    int best = 0;
    for (int i = 0; i < scores.length; i++) {
      GeoEntry e = entries.get(i);
      double pop = Math.log10(Math.max(0, e.population()) + 10) / 7.0;
      double rank = switch (NameTable.featureRank(e)) {
        case 0 -> 0.5;
        case 1 -> 0.25;
        case 2, 3 -> 0.1;
        default -> 0;
      };
      double ownName = Names.normalize(e.name()).equals(key) ? 0.3 : 0;
      scores[i] = pop + rank + ownName + focus.score(e.country(), key) + focus.regionScore(e, key)
          + NEIGHBOUR_BONUS * Math.min(MAX_NEIGHBOURS, near.count(e, key));
      if (scores[i] > scores[best]) {
        best = i;
      }
    }
    double sum = 0;
    for (double s : scores) {
      sum += Math.exp(5 * (s - scores[best]));
    }
    double confidence = Math.min(0.99, 1.0 / sum);
    return new Choice(entries.get(best), confidence);
  }

  /** "US.TX" for anything in Texas, Texas included; null where the gazetteer has no admin1. */
  private static String regionCode(GeoEntry e) {
    return e.country() == null || e.admin1() == null || e.isCountry()
        ? null
        : e.country() + "." + e.admin1();
  }

  private Place place(Candidate c, String surface, GeoEntry e, double confidence, String role) {
    double conf = Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000.0;
    // A US county is resolved (name, point) but is no GeoNames entry: its id stays null.
    return new Place(c.start(), c.end(), surface, e.isGeoNames() ? e.geonameid() : null, e.name(),
        e.country(), e.admin1(), e.lat(), e.lon(), e.kind(), conf, role);
  }

  private static String kindOfFineType(String fineType) {
    if (fineType == null) {
      return "other";
    }
    return switch (fineType) {
      case "COUNTRY", "NATIONALITY" -> "country";
      case "STATE_OR_PROVINCE" -> "admin1";
      case "CITY" -> "city";
      default -> "other";
    };
  }

  /**
   * Verbs whose subject is a government or a people rather than a place: "Moscow said", "Russia
   * invaded", "Washington imposed sanctions". Lemmas.
   */
  private static final Set<String> ACTOR_VERBS = Set.of("say", "announce", "accuse", "deny",
      "warn", "demand", "insist", "reject", "claim", "threaten", "respond", "retaliate", "sanction",
      "recognize", "recognise", "expel", "agree", "sign", "vow", "urge", "call", "condemn", "blame",
      "refuse", "order", "launch", "attack", "invade", "strike", "send", "deploy", "impose",
      "decide", "approve", "veto", "negotiate", "protest", "summon", "offer", "pledge",
      "promise", "hope", "want", "believe", "fear", "support", "oppose", "back", "help", "ask");

  /**
   * Metonymy: a country, first-order region or national capital that is the subject of a verb only people do ("Moscow
   * said", "Russia invaded Ukraine") names a government, not the place where anything happened.
   * "Kharkiv burned" and "Kherson was shelled" stay places.
   */
  private static boolean metonym(Article a, Candidate c, GeoEntry e) {
    boolean polity = e.isCountry() || e.kind().equals("admin1") || e.featureCode().equals("PPLC");
    if (!polity) {
      return false;
    }
    for (Sentence s : a.sentences) {
      if (c.start() < s.start() || c.end() > s.end()) {
        continue;
      }
      for (org.sitrep.model.Dependency d : s.dependencies()) {
        if (d.governor() < 0 || !d.relation().equals("nsubj")) {
          continue;
        }
        Token subject = s.tokens().get(d.dependent());
        Token verb = s.tokens().get(d.governor());
        if (subject.start() >= c.start() && subject.end() <= c.end()
            && verb.lemma() != null && ACTOR_VERBS.contains(verb.lemma())) {
          return true;
        }
      }
      return false;
    }
    return false;
  }

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>();
    for (Month m : Month.values()) {
      words.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      words.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    for (DayOfWeek d : DayOfWeek.values()) {
      words.add(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      words.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  // ---------------------------------------------------------------------------------------------

  /** What the stage needs to know about one article, computed once. */
  private static final class Article {
    final String text;
    final List<Sentence> sentences;
    final List<Mention> mentions;
    /** Words the article also writes in lower case: "police" makes "Police" a common word. */
    final Set<String> lowerCaseWords = new HashSet<>();

    Article(Analysis in) {
      this.text = in.text();
      this.sentences = in.sentences();
      this.mentions = in.mentions();
      for (Sentence s : sentences) {
        for (Token t : s.tokens()) {
          String w = t.word();
          if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
            lowerCaseWords.add(w);
          }
        }
      }
    }

    /** A mention of this type that contains the whole span, or null. */
    Mention enclosing(int start, int end, String type) {
      for (Mention m : mentions) {
        if (type.equals(m.type()) && m.start() <= start && end <= m.end()) {
          return m;
        }
      }
      return null;
    }

    List<Mention> overlapping(int start, int end, String type) {
      List<Mention> list = new ArrayList<>();
      for (Mention m : mentions) {
        if (type.equals(m.type()) && m.start() < end && start < m.end()) {
          list.add(m);
        }
      }
      return list;
    }

    /** First word of a sentence, or first after an opening quote or bracket. */
    boolean sentenceInitial(List<Token> toks, int i) {
      return i == 0 || OPENERS.contains(toks.get(i - 1).word());
    }
  }
}
