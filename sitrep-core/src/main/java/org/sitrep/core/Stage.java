package org.sitrep.core;

import java.util.Map;
import java.util.Set;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;

/**
 * One step of the pipeline. A stage reads the layers it {@link #requires()} and returns a new
 * {@link Analysis} with the layers it {@link #provides()}; it never mutates its input. Stages are
 * shared between threads, so they must be stateless or thread-safe.
 */
public interface Stage {
  String name();

  Set<Layer> requires();

  Set<Layer> provides();

  Analysis apply(Analysis in);

  /**
   * Nanoseconds spent so far in each of the stage's own steps, summed over threads, for a stage
   * that times them (CoreNLP's annotators); empty for the others.
   */
  default Map<String, Long> stepNanos() {
    return Map.of();
  }
}
