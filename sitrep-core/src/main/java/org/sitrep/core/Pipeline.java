package org.sitrep.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;

/**
 * Stages run in order. Building a pipeline rejects a stage whose inputs no earlier stage provides
 * (as CoreNLP checks {@code requires()}), so a mis-ordered pipeline fails at start-up, not on the
 * first article. The pipeline times each stage across all the articles it has seen.
 */
public final class Pipeline implements Stage {
  private final List<Stage> stages;
  private final Set<Layer> provides;
  private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
  private volatile Duration budget;

  public Pipeline(List<Stage> stages) {
    EnumSet<Layer> available = EnumSet.of(Layer.TEXT);
    for (Stage stage : stages) {
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "stage " + stage.name() + " requires " + missing + " but no earlier stage provides it");
      }
      available.addAll(stage.provides());
    }
    this.stages = List.copyOf(stages);
    this.provides = Collections.unmodifiableSet(available);
  }

  @Override
  public String name() {
    return "pipeline";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TEXT);
  }

  @Override
  public Set<Layer> provides() {
    return provides;
  }

  /**
   * Sets the time budget of each article from now on (null: none); an article over it fails with
   * {@code too-slow} (see {@link Deadline}).
   */
  public void setBudget(Duration budget) {
    if (budget != null && (budget.isNegative() || budget.isZero())) {
      throw new IllegalArgumentException("a time budget must be positive, not " + budget);
    }
    this.budget = budget;
  }

  public Duration budget() {
    return budget;
  }

  @Override
  public Analysis apply(Analysis in) {
    return Deadline.within(budget, () -> run(in));
  }

  private Analysis run(Analysis in) {
    Analysis a = in;
    for (Stage stage : stages) {
      Deadline.check(stage.name());
      long t0 = System.nanoTime();
      a = stage.apply(a);
      nanos.computeIfAbsent(stage.name(), k -> new LongAdder()).add(System.nanoTime() - t0);
    }
    return a;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** Milliseconds spent in each stage so far, in pipeline order. */
  public Map<String, Long> timings() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Stage s : stages) {
      LongAdder n = nanos.get(s.name());
      out.put(s.name(), n == null ? 0 : n.sum() / 1_000_000);
    }
    return out;
  }

  /**
   * Milliseconds spent so far in the steps of the stages that time their own ({@link
   * Stage#stepNanos()}), as "stage/step", in pipeline order: parts of {@link #timings()}, not
   * additions to it.
   */
  public Map<String, Long> stepTimings() {
    Map<String, Long> out = new LinkedHashMap<>();
    for (Stage s : stages) {
      s.stepNanos().forEach((step, ns) -> out.put(s.name() + "/" + step, ns / 1_000_000));
    }
    return out;
  }

  public static Pipeline of(Stage... stages) {
    return new Pipeline(new ArrayList<>(List.of(stages)));
  }
}
