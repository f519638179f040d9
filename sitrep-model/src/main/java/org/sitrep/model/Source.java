package org.sitrep.model;

/**
 * Who a figure comes from.
 *
 * @param kind government, security, police, military, rebels, media, witness, ngo, medical,
 *     international, unattributed
 */
public record Source(String name, String kind) {
  public static final Source UNATTRIBUTED = new Source(null, "unattributed");
}
