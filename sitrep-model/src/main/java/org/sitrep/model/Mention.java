package org.sitrep.model;

/**
 * A named entity mention.
 *
 * @param type PERSON, ORGANIZATION, LOCATION or MISC
 * @param fineType CoreNLP's finer tag (CITY, COUNTRY, NATIONALITY, TITLE, ...), or null
 * @param canonical the best full name for the entity in this article (coreference of short forms)
 */
public record Mention(
    int start, int end, String text, String type, String canonical, String fineType) {}
