package org.sitrep.cli;

import java.util.function.Supplier;
import org.sitrep.core.Pipeline;

/** sitrep's full pipeline by class name, for a JVM that must build its own: JMH's forks. */
public final class StandardPipeline implements Supplier<Pipeline> {
  @Override
  public Pipeline get() {
    return Pipelines.standard();
  }
}
