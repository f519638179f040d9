package org.sitrep.nlp;

import edu.stanford.nlp.international.Language;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CoreNLP's neural dependency parser (its loaded model, its transition system, its features) run
 * three times faster, with the parses CoreNLP's own bit for bit: every score is the same sum of the
 * same products in the same order. What differs is the layout: the layers transposed so that the
 * JIT turns each loop over hidden units or transitions into vector instructions (CoreNLP computes
 * the 83 x 1,000 output layer one scalar dot product at a time, half its parse time); the
 * sentences of a group parsed side by side so that each pass over the output weights scores all of
 * them; a transition that is the only legal one taken without scoring (CoreNLP scores it and takes
 * it whatever the scores); a lock-free cache. {@code VectorParserTest} compares scores and parses
 * with CoreNLP's on real news.
 *
 * <p>CoreNLP keeps the model in private fields, read here once by reflection; {@link #open}
 * returns null when this CoreNLP's parser does not have them (another version: the test fails),
 * and the caller keeps CoreNLP's own loop. Safe to share between threads.
 */
final class VectorParser {
  private final MethodHandle featureArray;
  private final ArcStandard system;
  private final List<String> transitions;
  private final int[] kind;
  private final boolean[] rootLabel;
  private final boolean singleRoot;
  private final int hidden;
  private final int embedding;
  private final float[][] words;
  /** The first layer transposed: the weights of input k (position * embedding + dimension) for
   * every hidden unit, side by side. */
  private final float[][] firstLayerByInput;
  private final double[] bias;
  /**
   * The output layer transposed: the weights of hidden unit j for every transition, side by side
   * (rows, not one flat array: Java 17's JIT vectorises a loop over a whole row, not over a slice).
   */
  private final double[][] outputByUnit;
  /** Feature index (token * 48 + position) to its row of {@link #precomputed}, or -1. */
  private final int[] precomputedRow;
  private final double[][] precomputed;
  private final SliceCache cache;

  private static final int LEFT = 0;
  private static final int RIGHT = 1;
  private static final int SHIFT = 2;

  private VectorParser(DependencyParser parser, int cacheEntries) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(DependencyParser.class, MethodHandles.lookup());
    this.featureArray = lookup.findVirtual(DependencyParser.class, "getFeatureArray",
        MethodType.methodType(int[].class, Configuration.class)).bindTo(parser);
    Object transitionSystem = field(DependencyParser.class, "system").get(parser);
    if (field(DependencyParser.class, "language").get(parser) != Language.UniversalEnglish
        || transitionSystem.getClass() != ArcStandard.class) {
      throw new ReflectiveOperationException("not the Universal English arc-standard parser");
    }
    this.system = (ArcStandard) transitionSystem;
    Config config = (Config) field(DependencyParser.class, "config").get(parser);
    Classifier classifier = (Classifier) field(DependencyParser.class, "classifier").get(parser);
    this.singleRoot = field(ArcStandard.class, "singleRoot").getBoolean(system);
    @SuppressWarnings("unchecked")
    List<String> labels = (List<String>) field(ParsingSystem.class, "labels").get(system);
    @SuppressWarnings("unchecked")
    List<String> ts = (List<String>) field(ParsingSystem.class, "transitions").get(system);
    this.transitions = List.copyOf(ts);
    String root = labels.get(0);
    this.kind = new int[ts.size()];
    this.rootLabel = new boolean[ts.size()];
    for (int t = 0; t < ts.size(); t++) {
      String tr = ts.get(t);
      kind[t] = tr.startsWith("L") ? LEFT : tr.startsWith("R") ? RIGHT : SHIFT;
      rootLabel[t] = kind[t] != SHIFT && tr.substring(2, tr.length() - 1).equals(root);
    }
    this.hidden = config.hiddenSize;
    this.embedding = config.embeddingSize;
    this.words = classifier.getE();
    float[][] w1 = classifier.getW1();
    this.firstLayerByInput = new float[w1[0].length][hidden];
    for (int i = 0; i < hidden; i++) {
      for (int k = 0; k < w1[i].length; k++) {
        firstLayerByInput[k][i] = w1[i][k];
      }
    }
    float[] b1 = classifier.getb1();
    this.bias = new double[hidden];
    for (int i = 0; i < hidden; i++) {
      bias[i] = b1[i];
    }
    float[][] w2 = classifier.getW2();
    this.outputByUnit = new double[hidden][w2.length];
    for (int t = 0; t < w2.length; t++) {
      for (int j = 0; j < hidden; j++) {
        outputByUnit[j][t] = w2[t][j];
      }
    }
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) field(Classifier.class, "preMap").get(classifier);
    this.precomputed = (double[][]) field(Classifier.class, "saved").get(classifier);
    this.precomputedRow = new int[words.length * Config.numTokens];
    Arrays.fill(precomputedRow, -1);
    preMap.forEach((index, row) -> precomputedRow[index] = row);
    this.cache = cacheEntries > 0 ? new SliceCache(cacheEntries) : null;
  }

  /** The fast parser over {@code parser}'s model, or null if this CoreNLP keeps it elsewhere. */
  static VectorParser open(DependencyParser parser, int cacheEntries) {
    try {
      return new VectorParser(parser, cacheEntries);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Field field(Class<?> owner, String name) throws NoSuchFieldException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f;
  }

  /**
   * What {@link DependencyParser#predict(CoreMap)} returns for each of these tagged sentences. They
   * are parsed side by side, a transition each per round, so that one pass over the output layer's
   * weights scores them all: alone, each transition reads 660 KB of weights from memory.
   */
  List<GrammaticalStructure> predict(List<CoreMap> sentences) {
    int n = sentences.size();
    Configuration[] configs = new Configuration[n];
    for (int b = 0; b < n; b++) {
      configs[b] = system.initialConfiguration(sentences.get(b));
    }
    int[] waiting = new int[n];
    double[][] hiddens = new double[n][];
    while (true) {
      if (Thread.interrupted()) {
        throw new RuntimeInterruptedException();
      }
      int count = 0;
      for (int b = 0; b < n; b++) {
        Configuration c = configs[b];
        int only;
        while (!system.isTerminal(c) && (only = onlyLegal(c)) >= 0) {
          system.apply(c, transitions.get(only));
        }
        if (!system.isTerminal(c)) {
          hiddens[count] = hiddenLayer(features(c));
          waiting[count++] = b;
        }
      }
      if (count == 0) {
        break;
      }
      double[][] scores = outputLayer(hiddens, count);
      for (int w = 0; w < count; w++) {
        Configuration c = configs[waiting[w]];
        system.apply(c, transitions.get(best(c, scores[w])));
      }
    }
    List<GrammaticalStructure> parsed = new ArrayList<>(n);
    for (int b = 0; b < n; b++) {
      parsed.add(structure(configs[b], sentences.get(b).get(CoreAnnotations.TokensAnnotation.class)));
    }
    return parsed;
  }

  /** The transition when it is the only legal one (CoreNLP takes it whatever its score), or -1. */
  private int onlyLegal(Configuration c) {
    int s0 = c.getStack(0);
    int s1 = c.getStack(1);
    int nStack = c.getStackSize();
    int nBuffer = c.getBufferSize();
    int legal = -1;
    for (int t = 0; t < kind.length; t++) {
      if (canApply(t, s0, s1, nStack, nBuffer)) {
        if (legal >= 0) {
          return -1;
        }
        legal = t;
      }
    }
    return legal;
  }

  /** CoreNLP's choice: the first legal transition with the highest score. */
  private int best(Configuration c, double[] scores) {
    int s0 = c.getStack(0);
    int s1 = c.getStack(1);
    int nStack = c.getStackSize();
    int nBuffer = c.getBufferSize();
    double best = Double.NEGATIVE_INFINITY;
    int chosen = -1;
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] > best && canApply(t, s0, s1, nStack, nBuffer)) {
        best = scores[t];
        chosen = t;
      }
    }
    if (chosen < 0) {
      throw new IllegalStateException("the parser's network scored no legal transition");
    }
    return chosen;
  }

  /** ArcStandard.canApply, on the transition's kind instead of its name. */
  private boolean canApply(int t, int s0, int s1, int nStack, int nBuffer) {
    int k = kind[t];
    if (k != SHIFT) {
      int head = k == LEFT ? s0 : s1;
      if (head < 0 || (head == 0) != rootLabel[t]) {
        return false;
      }
    }
    if (k == LEFT) {
      return nStack > 2;
    }
    if (k == RIGHT) {
      return singleRoot ? nStack > 2 || (nStack == 2 && nBuffer == 0) : nStack >= 2;
    }
    return nBuffer > 0;
  }

  /** The network's scores of every transition from {@code c}, as Classifier.computeScores gives them. */
  double[] scores(Configuration c) {
    return outputLayer(new double[][] {hiddenLayer(features(c))}, 1)[0];
  }

  /** CoreNLP's features of {@code c}: its words, tags and labels at the 48 positions. */
  int[] features(Configuration c) {
    try {
      return (int[]) featureArray.invokeExact(c);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The hidden layer of Classifier.computeScores: the same operations on each unit in the same
   * order, a loop over all units at a time.
   */
  private double[] hiddenLayer(int[] feature) {
    double[] h = new double[hidden];
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * Config.numTokens + j;
      int row = precomputedRow[index];
      if (row >= 0) {
        double[] saved = precomputed[row];
        for (int i = 0; i < hidden; i++) {
          h[i] += saved[i];
        }
      } else if (cache == null) {
        // without a cache CoreNLP adds the products to the sum unrounded
        addProducts(h, tok, j * embedding);
      } else {
        double[] slice = cache.get(index);
        if (slice == null) {
          slice = slice(tok, j * embedding);
          cache.put(index, slice);
        }
        for (int i = 0; i < hidden; i++) {
          h[i] += slice[i];
        }
      }
    }
    for (int i = 0; i < hidden; i++) {
      h[i] += bias[i];
      h[i] = h[i] * h[i] * h[i];
    }
    return h;
  }

  /**
   * The output layer of Classifier.computeScores for {@code count} hidden layers: each score the
   * same sum of the same products in the same order (unit by unit), but a unit's weights for
   * every transition at a time, for every layer while they are in the cache.
   */
  private double[][] outputLayer(double[][] hiddens, int count) {
    double[][] scores = new double[count][kind.length];
    for (int j = 0; j < hidden; j++) {
      double[] weights = outputByUnit[j];
      for (int w = 0; w < count; w++) {
        double hj = hiddens[w][j];
        double[] score = scores[w];
        for (int t = 0; t < weights.length; t++) {
          score[t] += weights[t] * hj;
        }
      }
    }
    return scores;
  }

  private void addProducts(double[] h, int tok, int offset) {
    float[] e = words[tok];
    for (int k = 0; k < e.length; k++) {
      float[] w = firstLayerByInput[offset + k];
      float ek = e[k];
      for (int i = 0; i < hidden; i++) {
        h[i] += w[i] * ek;
      }
    }
  }

  /**
   * One feature's share of the hidden layer, rounded to float as CoreNLP's cache keeps it (and
   * kept as double, since adding floats to doubles is not vectorised before Java 20).
   */
  private double[] slice(int tok, int offset) {
    double[] slice = new double[hidden];
    addProducts(slice, tok, offset);
    for (int i = 0; i < hidden; i++) {
      slice[i] = (float) slice[i];
    }
    return slice;
  }

  /** DependencyParser.predict's conversion of the transitions' tree to a grammatical structure. */
  private static GrammaticalStructure structure(Configuration c, List<CoreLabel> tokens) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = c.getHead(i);
      IndexedWord word = new IndexedWord(tokens.get(i - 1));
      IndexedWord headWord = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      GrammaticalRelation relation = head == 0 ? GrammaticalRelation.ROOT : relation(c.getLabel(i));
      dependencies.add(new TypedDependency(relation, headWord, word));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null
        ? known
        : new GrammaticalRelation(Language.UniversalEnglish, label, null, GrammaticalRelation.DEPENDENT);
  }

  /**
   * Hidden-layer slices of features outside the precomputed ones, in a direct-mapped table:
   * entries are immutable, so threads share it without locks, and a lost race only recomputes.
   */
  private static final class SliceCache {
    private record Entry(int index, double[] slice) {}

    private final Entry[] table;
    private final int shift;

    /** At most {@code entries} slices: the largest power of two not above it. */
    SliceCache(int entries) {
      int size = Integer.highestOneBit(entries);
      this.table = new Entry[size];
      this.shift = 32 - Integer.numberOfTrailingZeros(size);
    }

    double[] get(int index) {
      Entry e = table[slot(index)];
      return e != null && e.index == index ? e.slice : null;
    }

    void put(int index, double[] slice) {
      table[slot(index)] = new Entry(index, slice);
    }

    private int slot(int index) {
      // Fibonacci hashing: the top bits of the product, well spread for consecutive indices
      return table.length == 1 ? 0 : (index * 0x9E3779B9) >>> shift;
    }
  }
}
