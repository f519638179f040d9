package org.sitrep.model;

/**
 * One figure as a checkable claim: what was counted, the bounds the words allow, who said it, how
 * firmly, and as of when.
 *
 * @param measure killed, injured, arrested, detained, missing, displaced, participants, attackers,
 *     deployed, damaged, other
 * @param asOf the date the figure was valid or announced (ISO day), or null when unknown
 * @param place geonameid or null
 * @param sentence index of the sentence the claim comes from
 * @param predicate the word that says what happened to the counted ("killed", "arrested"), so a
 *     reader can check the measure against the text
 * @param predicateStart offset of that word in the original text, or -1
 */
public record Claim(
    int start,
    int end,
    String text,
    String measure,
    String subject,
    String subjectKind,
    Long low,
    Long high,
    String approx,
    Source source,
    boolean hedged,
    String asOf,
    Long place,
    int sentence,
    String predicate,
    int predicateStart) {}
