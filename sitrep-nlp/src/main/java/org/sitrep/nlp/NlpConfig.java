package org.sitrep.nlp;

import java.util.Properties;

/**
 * How the CoreNLP pipeline is set up. Defaults live here and nowhere else.
 *
 * @param nerModels comma-separated CRF models; one model instead of CoreNLP's default three is what
 *     makes sitrep about twice as fast as the default NER pipeline (issue 3 targets 5 articles/s on
 *     two cores), and CoNLL's four classes are the four the output contract uses
 * @param dependencies run the neural dependency parser (claims and events read its arcs)
 * @param fineGrained CoreNLP's fine-grained NER (COUNTRY, CITY, NATIONALITY, TITLE...). Off by
 *     default: its rule matching took 60% of the NER time on news (measured: 3.0 → 4.9 articles/s
 *     on one thread), and sitrep finds demonyms with its gazetteer and titles with a word list
 */
public record NlpConfig(String nerModels, boolean dependencies, boolean fineGrained) {
  public static final NlpConfig DEFAULT =
      new NlpConfig(
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", true, false);

  /** CoreNLP's own default NER pipeline, the baseline for throughput comparisons. */
  public static Properties baselineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return p;
  }

  /** Tokens and sentences: the first of CoreNLP's two passes. */
  Properties splitterProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit");
    // Paragraph breaks always end a sentence: wire copy often drops the final period of a paragraph.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep,normalizeParentheses=false");
    return p;
  }

  /**
   * Tags, names, times and dependencies on sentences that the first pass made (and {@link
   * SentenceChunks} bounded): the second pass, run on groups of sentences.
   */
  Properties analyserProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "pos,lemma,ner" + (dependencies ? ",depparse" : ""));
    // the tokens and sentences come from splitterProperties' pipeline
    p.setProperty("enforceRequirements", "false");
    p.setProperty("ner.model", nerModels);
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    return p;
  }
}
