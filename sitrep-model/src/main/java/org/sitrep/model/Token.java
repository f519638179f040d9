package org.sitrep.model;

/**
 * One token. Offsets point into the original article text.
 *
 * @param index position in its sentence, from 0
 * @param ner CoreNLP's NER tag ("O" for none)
 * @param normalized CoreNLP's normalized NER value (numbers, dates), or null
 */
public record Token(
    int index,
    int start,
    int end,
    String word,
    String lemma,
    String pos,
    String ner,
    String normalized) {}
