package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.core.Deadline;
import org.sitrep.core.Stage;
import org.sitrep.core.StepTimes;
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
 * TIMES. CoreNLP's annotators run one by one rather than as one pipeline, so that each runs only
 * where its output can exist: SUTime only on sentences with a time word ({@link TimeCues}), the
 * parser producing only the basic dependencies sitrep reads (CoreNLP's annotator builds four more
 * graphs a sentence). The models are loaded once in the constructor ({@link CoreNlpModels}: about
 * 8 s and 0.6 GB) and are safe to share between threads.
 */
public final class CoreNlpStage implements Stage {
  private final CoreNlpModels models;
  private final StepTimes steps = new StepTimes("split", "pos", "lemma", "ner", "ner+sutime", "parse");

  public CoreNlpStage(NlpConfig config) {
    this.models = new CoreNlpModels(config);
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
  public Map<String, Long> stepNanos() {
    return steps.nanos();
  }

  @Override
  public Analysis apply(Analysis in) {
    RepairedText rt = in.repaired();
    Annotation doc = new Annotation(rt.text());
    steps.time("split", () -> models.splitter.annotate(doc));
    List<CoreMap> split = SentenceChunks.cut(doc);
    String date = in.article().published() == null ? null : in.article().published().toString();
    List<CoreMap> entityMentions = new ArrayList<>();
    int done = 0;
    for (List<CoreMap> group : SentenceChunks.groups(split)) {
      Deadline.check(String.format(Locale.ROOT, "corenlp, sentence %d of %d", done + 1, split.size()));
      entityMentions.addAll(analyse(rt.text(), group, date));
      done += group.size();
    }
    // the two NER passes found them apart: back to text order, as one pass would give them
    entityMentions.sort(
        Comparator.comparingInt(m -> m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)));

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
      if (type == null || PRONOUNS.contains(text.toLowerCase(Locale.ROOT))) {
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

  /**
   * Tags, lemmas, names, numbers and times, and dependencies, for one group of sentences.
   *
   * @return the group's entity mentions (names, numbers, times), in no particular order
   */
  private List<CoreMap> analyse(String text, List<CoreMap> group, String date) {
    Annotation all = SentenceChunks.document(text, group, date);
    steps.time("pos", () -> models.tagger.annotate(all));
    steps.time("lemma", () -> models.lemmas.annotate(all));
    List<CoreMap> cued = new ArrayList<>();
    List<CoreMap> plain = new ArrayList<>();
    for (CoreMap s : group) {
      boolean cue = !models.timesWhereCued
          || TimeCues.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class));
      (cue ? cued : plain).add(s);
    }
    List<CoreMap> found = new ArrayList<>();
    found.addAll(names(text, cued, date, models.namesAndTimes, "ner+sutime"));
    found.addAll(names(text, plain, date, models.names, "ner"));
    if (models.parser != null) {
      steps.time("parse", () -> {
        List<GrammaticalStructure> parsed = new ArrayList<>(group.size());
        if (models.vectorParser != null) {
          parsed.addAll(models.vectorParser.predict(group));
        } else {
          group.forEach(s -> parsed.add(models.parser.predict(s)));
        }
        for (int i = 0; i < group.size(); i++) {
          group.get(i).set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
              SemanticGraphFactory.makeFromTree(parsed.get(i), SemanticGraphFactory.Mode.BASIC,
                  GrammaticalStructure.Extras.NONE, null));
        }
      });
    }
    return found;
  }

  private List<CoreMap> names(String text, List<CoreMap> sentences, String date, Annotator ner,
      String step) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    // a document of these sentences alone: the annotator numbers them from 0 again
    Annotation part = SentenceChunks.document(text, sentences, date);
    steps.time(step, () -> ner.annotate(part));
    List<CoreMap> found = part.get(CoreAnnotations.MentionsAnnotation.class);
    return found == null ? List.of() : found;
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
