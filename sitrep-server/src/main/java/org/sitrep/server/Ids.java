package org.sitrep.server;

/** Path ids: what an event or article id may look like before the store is asked. */
final class Ids {
  private static final int MAX = 512;

  private Ids() {}

  /**
   * The id, or a 404 for one no store could hold (too long, control characters): unknown and
   * impossible ids get the same answer.
   */
  static String check(String id, String what) {
    if (id == null || id.isEmpty() || id.length() > MAX || id.chars().anyMatch(Character::isISOControl)) {
      throw ApiException.notFound("no " + what + " with that id");
    }
    return id;
  }
}
