package org.sitrep.model;

/**
 * Who said (claimed, denied, accused, estimated, believed) what: one reported statement.
 *
 * @param start start of the content: the words reported, quoted or paraphrased
 * @param end end of the content (exclusive)
 * @param cue the reporting words as written ("said", "according to", "denied")
 * @param cueStart where the cue starts
 * @param act what kind of statement the cue makes: say, claim, deny, accuse, estimate, believe,
 *     intend, witness, ask, warn, promise, criticise, report
 * @param source who the statement comes from; {@link Source#UNATTRIBUTED} when no one is named
 * @param sourceStart start of the source's mention in the text (the pronoun itself for "he"), or
 *     null when the source is not named
 * @param sourceEnd end of that mention, or null
 * @param direct true for a verbatim quote
 * @param sentence index of the sentence holding the cue
 */
public record Statement(
    int start,
    int end,
    String text,
    String cue,
    int cueStart,
    String act,
    Source source,
    Integer sourceStart,
    Integer sourceEnd,
    boolean direct,
    int sentence) {

  /** True when an offset lies inside the content. */
  public boolean contains(int offset) {
    return start <= offset && offset < end;
  }
}
