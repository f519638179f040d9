package org.sitrep.model;

/** What a stage reads or writes in an {@link Analysis}. */
public enum Layer {
  TEXT,
  LANGUAGE,
  REPAIRS,
  SENTENCES,
  MENTIONS,
  TIMES,
  QUANTITIES,
  PLACES,
  STATEMENTS,
  CLAIMS,
  EVENTS
}
