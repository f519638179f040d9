package org.sitrep.model;

/**
 * A count written in the text, with the bounds its words allow ("more than 200" is 201..null).
 *
 * @param approx exact, at_least, more_than, at_most, less_than, about, between, vague
 * @param headIndex token index (in its sentence) of the number's last word, for attaching it to
 *     the noun it counts
 */
public record Quantity(
    int start,
    int end,
    String text,
    Long low,
    Long high,
    String approx,
    int sentence,
    int headIndex) {}
