package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.core.Deadline;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Dependency;
import org.sitrep.model.Layer;
import org.sitrep.model.Mention;
import org.sitrep.model.RepairedText;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeExpr;
import org.sitrep.model.Token;

/**
 * Runs Stanford CoreNLP on the repaired text and turns its CoreMaps into sitrep's records, with
 * every offset mapped back to the article's original text. The only class that sees CoreMap.
 *
 * <p>Reads TEXT (and the repaired text, when a repair stage ran); writes SENTENCES, MENTIONS and
 * TIMES. CoreNLP's pipeline is loaded once in the constructor (tens of seconds, about 1.5 GB) and is
 * safe to share between threads.
 */
public final class CoreNlpStage implements Stage {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP analyser;

  public CoreNlpStage(NlpConfig config) {
    this.splitter = new StanfordCoreNLP(config.splitterProperties());
    this.analyser = new StanfordCoreNLP(config.analyserProperties());
  }

  public CoreNlpStage() {
    this(NlpConfig.DEFAULT);
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.SENTENCES, Layer.MENTIONS, Layer.TIMES);
  }

  @Override
  public Analysis apply(Analysis in) {
    RepairedText rt = in.repaired();
    Annotation doc = new Annotation(rt.text());
    splitter.annotate(doc);
    List<CoreMap> split = SentenceChunks.cut(doc);
    String date = in.article().published() == null ? null : in.article().published().toString();
    List<CoreMap> entityMentions = new ArrayList<>();
    int done = 0;
    for (List<CoreMap> group : SentenceChunks.groups(split)) {
      Deadline.check(String.format(Locale.ROOT, "corenlp, sentence %d of %d", done + 1, split.size()));
      Annotation part = SentenceChunks.document(rt.text(), group, date);
      analyser.annotate(part);
      List<CoreMap> found = part.get(CoreAnnotations.MentionsAnnotation.class);
      if (found != null) {
        entityMentions.addAll(found);
      }
      done += group.size();
    }

    String original = in.text();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : split) {
      sentences.add(sentence(sentences.size(), s, rt));
    }
    List<Mention> mentions = new ArrayList<>();
    List<TimeExpr> times = new ArrayList<>();
    for (CoreMap m : entityMentions) {
      int start = rt.originalOffset(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
      int end = rt.originalEnd(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      if (end <= start) {
        continue;
      }
      String text = original.substring(start, end);
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null) {
        // a TIMEX without a value ("the weekend" in some contexts) has nothing to resolve
        String value = timex.value() != null ? timex.value() : timex.altVal();
        if (value != null) {
          times.add(new TimeExpr(start, end, text, timex.timexType(), value, isVague(timex)));
        }
        continue;
      }
      String type = coarseType(tag);
      // CoreNLP's mentions include pronouns ("he", "him"); the contract's mentions are names
      if (type == null || PRONOUNS.contains(text.toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      // NER sometimes pulls a preposition or article into a name: "In Alma Ata", "The Kazakh ..."
      java.util.regex.Matcher lead = LEADING_FUNCTION_WORD.matcher(text);
      if (lead.find() && lead.end() < text.length()) {
        start += lead.end();
        text = original.substring(start, end);
      }
      mentions.add(new Mention(start, end, text, type, text, tag));
    }
    mentions = withCanonicalNames(mentions);
    return in.withSentences(sentences).withMentions(mentions).withTimes(times);
  }

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "i",
          "me", "we", "us", "you", "himself", "herself", "themselves");
  private static final java.util.regex.Pattern LEADING_FUNCTION_WORD =
      java.util.regex.Pattern.compile("^(?:In|At|On|From|To|By|Of|For|With|The|A|An)\\s+");

  /** A short form takes the full name it ends: "Tokayev" is "Kashim-Jomart Tokayev". */
  static List<Mention> withCanonicalNames(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      String canonical = m.text();
      for (Mention full : mentions) {
        if (full.type().equals(m.type()) && full.text().length() > canonical.length()
            && (full.text().endsWith(" " + m.text()) || full.text().endsWith("-" + m.text()))) {
          canonical = full.text();
        }
      }
      out.add(new Mention(m.start(), m.end(), m.text(), m.type(), canonical, m.fineType()));
    }
    return out;
  }

  private static boolean isVague(Timex timex) {
    String v = timex.value();
    return v == null || v.contains("REF") || v.contains("X");
  }

  /** The contract's four mention types; numbers, dates, titles and the like are not mentions. */
  static String coarseType(String tag) {
    if (tag == null) {
      return null;
    }
    return switch (tag) {
      case "PERSON" -> "PERSON";
      case "ORGANIZATION" -> "ORGANIZATION";
      case "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY" -> "LOCATION";
      case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
      default -> null;
    };
  }

  private static Sentence sentence(int index, CoreMap s, RepairedText rt) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      // a token made only of characters the repair inserted maps to an empty original span;
      // it is kept (the dependency arcs count tokens) and is simply zero-width
      tokens.add(
          new Token(
              i,
              rt.originalOffset(l.beginPosition()),
              rt.originalEnd(l.endPosition()),
              l.word(),
              l.lemma(),
              l.tag(),
              l.ner() == null ? "O" : l.ner(),
              l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    List<Dependency> deps = new ArrayList<>();
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph != null) {
      for (IndexedWord root : graph.getRoots()) {
        deps.add(new Dependency(-1, root.index() - 1, "root"));
      }
      for (SemanticGraphEdge e : graph.edgeIterable()) {
        deps.add(
            new Dependency(
                e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
      }
    }
    int start = tokens.isEmpty() ? 0 : tokens.get(0).start();
    int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, start, end, tokens, deps);
  }
}
