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
 * @param timesWhereCued run SUTime's rules only on sentences with a time word or a date-like
 *     number ({@link TimeCues}); the others get the same names and numbers without them. Off runs
 *     them everywhere, as CoreNLP does (for measuring what the cue test saves)
 * @param parserCache hidden-layer products of rare words the parser keeps (CoreNLP's {@code
 *     numCached}, 5,000 by default). CoreNLP keeps each as 1,000 floats (4 KB): 20,000 take 80 MB;
 *     measured on 300 realism articles, one thread: parse 48-54 s at 5,000, 42 s at 20,000, 40 s at
 *     50,000 and at 100,000. {@link VectorParser} keeps them as doubles in a table of the largest
 *     power of two not above this: 16,384 entries, 128 MB
 * @param vectorParser run the parser's network with {@link VectorParser}: the same parses, about
 *     three times faster. Off runs CoreNLP's own loop (for measuring what it saves)
 */
public record NlpConfig(
    String nerModels, boolean dependencies, boolean fineGrained, boolean timesWhereCued,
    int parserCache, boolean vectorParser) {
  public static final NlpConfig DEFAULT =
      new NlpConfig(
          "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", true, false, true,
          20_000, true);

  static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /** A TokensRegex rules file with no rules, in place of SUTime's own. */
  static final String NO_TIME_RULES = "org/sitrep/nlp/no-time-rules.sutime.txt";

  public NlpConfig withTimesWhereCued(boolean on) {
    return new NlpConfig(nerModels, dependencies, fineGrained, on, parserCache, vectorParser);
  }

  public NlpConfig withParserCache(int entries) {
    return new NlpConfig(nerModels, dependencies, fineGrained, timesWhereCued, entries, vectorParser);
  }

  public NlpConfig withVectorParser(boolean on) {
    return new NlpConfig(nerModels, dependencies, fineGrained, timesWhereCued, parserCache, on);
  }

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
   * Names and numbers, with SUTime's times or without them. Without, SUTime runs with no rules:
   * its number reader still tags the numbers (CoreNLP's other number tagger tags them otherwise)
   * at a ninth of the cost (measured on 100 realism articles: NER 8.7 s with SUTime's rules, 1.1 s
   * without them, 1.0 s without SUTime).
   */
  Properties nerProperties(boolean times) {
    Properties p = new Properties();
    p.setProperty("ner.model", nerModels);
    p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("sutime.includeRange", "true");
    p.setProperty("sutime.markTimeRanges", "true");
    if (!times) {
      p.setProperty("sutime.rules", NO_TIME_RULES);
    }
    return p;
  }

  /** The dependency parser's own settings (no prefix: they go to its loader, not a pipeline). */
  Properties parserProperties() {
    Properties p = new Properties();
    p.setProperty("numCached", Integer.toString(parserCache));
    return p;
  }
}
