package org.sitrep.model;

import java.util.List;

/** A sentence with its tokens and dependency arcs; offsets point into the original text. */
public record Sentence(
    int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }
}
