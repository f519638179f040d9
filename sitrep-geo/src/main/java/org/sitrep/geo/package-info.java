/**
 * Place names: the gazetteer and the pipeline stage that finds and resolves places.
 *
 * <ul>
 *   <li>{@link org.sitrep.geo.PlaceStage}: reads SENTENCES and MENTIONS, writes PLACES (with a
 *       kind, a confidence and a role: location, adjectival or metonym).
 *   <li>{@link org.sitrep.geo.Gazetteer}: names to {@link org.sitrep.geo.GeoEntry entries};
 *       {@link org.sitrep.geo.GeoNamesGazetteer} is the real one, built into the jar at build
 *       time, {@link org.sitrep.geo.InMemoryGazetteer} a hand-made one for tests.
 *   <li>{@link org.sitrep.geo.Countries}: countries by ISO code, name and demonym, for any
 *       module that needs to place an actor ("Kazakh police" → KZ).
 *   <li>{@link org.sitrep.geo.ArticleFocus}: an article's countries, regions and cities.
 *   <li>{@link org.sitrep.geo.eval}: the public geoparsing gold sets and their scores.
 * </ul>
 *
 * <p>The data comes from npm packages pinned with their sha512 integrity in
 * {@code src/build/npm-data.lock} (GeoNames cities500 and countryInfo, world-countries, Natural
 * Earth's admin-1 regions, the Census's US counties) and from small curated tables in
 * {@code src/build/*.tsv}, each row with its source. {@code build/fetch-npm.sh (at the project root)} fetches
 * the packages and {@link org.sitrep.geo.GazetteerBuilder} turns them into compact tables; nothing
 * of it is committed. See {@code org/sitrep/geo/data/ATTRIBUTION.txt} in the jar for the licences.
 */
package org.sitrep.geo;
