/**
 * Geoparsing gold sets (LGL, TR-News, GeoVirus: {@link org.sitrep.geo.eval.GeoGold}) and the
 * field's scores for them ({@link org.sitrep.geo.eval.GeoScore}). The data stays in the shared
 * evaluation folder; nothing here copies it.
 */
package org.sitrep.geo.eval;
