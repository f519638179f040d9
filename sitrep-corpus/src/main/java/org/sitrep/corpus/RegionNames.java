package org.sitrep.corpus;

/** The name of a first-order region from its codes; the gazetteer answers it outside this module. */
@FunctionalInterface
public interface RegionNames {
  RegionNames NONE = (country, admin1) -> null;

  /** The region's name, or null when unknown. */
  String admin1Name(String country, String admin1);
}
