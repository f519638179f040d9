package org.sitrep.cli;

import org.sitrep.core.Pipeline;

/** The real pipeline, built once for all the tests of this module (~20 s and ~2 GB each time). */
final class SharedPipeline {
  private static Pipeline pipeline;

  private SharedPipeline() {}

  static synchronized Pipeline get() {
    if (pipeline == null) {
      pipeline = Pipelines.standard();
    }
    return pipeline;
  }
}
