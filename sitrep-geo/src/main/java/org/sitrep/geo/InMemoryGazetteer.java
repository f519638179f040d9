package org.sitrep.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A gazetteer of a few hand-made entries, for tests: the resolver's logic can be checked on ten
 * places without the 200,000-row GeoNames build (CLAVIN's unit tests needed the full index; these
 * do not). Countries are indexed under their names like any other entry.
 *
 * <pre>{@code
 * Gazetteer g = InMemoryGazetteer.builder()
 *     .country(kazakhstan)
 *     .place(new GeoEntry(1526384, "Almaty", "KZ", "02", 43.25, 76.92, 'P', "PPLA", 1977011),
 *         "Alma-Ata", "Alma Ata")
 *     .build();
 * }</pre>
 */
public final class InMemoryGazetteer implements Gazetteer {
  private final NameTable table;
  private final Countries countries;

  private InMemoryGazetteer(NameTable table, Countries countries) {
    this.table = table;
    this.countries = countries;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<GeoEntry> lookup(String name) {
    return table.lookup(name);
  }

  @Override
  public Optional<GeoEntry> byId(long geonameid) {
    return table.byId(geonameid);
  }

  @Override
  public Countries countries() {
    return countries;
  }

  @Override
  public int size() {
    return table.size();
  }

  /** Collects entries; not thread-safe, the gazetteer it builds is. */
  public static final class Builder {
    private final Map<GeoEntry, List<String>> names = new LinkedHashMap<>();
    private final List<Country> countries = new ArrayList<>();

    private Builder() {}

    /** A place known by its own name and these alternate names. */
    public Builder place(GeoEntry entry, String... alternateNames) {
      names.computeIfAbsent(entry, e -> new ArrayList<>()).addAll(List.of(alternateNames));
      return this;
    }

    /** A country: indexed under all its names, and its adjectives go to {@link #countries()}. */
    public Builder country(Country country) {
      countries.add(country);
      return place(country.toEntry(), country.names().toArray(new String[0]));
    }

    public InMemoryGazetteer build() {
      return new InMemoryGazetteer(NameTable.build(names), new Countries(countries));
    }
  }
}
