package org.sitrep.model;

/**
 * A time expression resolved against the publication date.
 *
 * @param type DATE, TIME, DURATION or SET
 * @param value TimeML value: 2022-01-06, 2022-W01, 2022-01, PXD, PAST_REF...
 * @param vague true for ranges without clear bounds ("in recent days", "since the protests began")
 */
public record TimeExpr(int start, int end, String text, String type, String value, boolean vague) {}
