package org.sitrep.server;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import org.sitrep.store.Store;

/**
 * Answers of {@code GET /api/events} kept by the corpus version they were computed at: a page of
 * events costs its query (a sort of the matching events, then their JSON: 5-15 ms of both cores
 * on the realism store) and many clients ask for the same pages. An answer is used only while the
 * store's version is the one it was made at, so a written article is seen at once, whichever
 * process wrote it. Bounded by the characters it holds; 0 turns it off.
 */
final class AnswerCache {
  private final Store store;
  private final Cache<String, String> answers;

  AnswerCache(Store store, long maxChars) {
    this.store = store;
    this.answers = maxChars <= 0 ? null : Caffeine.newBuilder()
        .maximumWeight(maxChars)
        .weigher((String key, String answer) -> key.length() + answer.length())
        .build();
  }

  /**
   * The answer to the request that {@code request} names fully (its route and parsed
   * parameters), at the store's current version; computed if need be.
   */
  String get(String request, Supplier<String> compute) {
    if (answers == null) {
      return compute.get();
    }
    // the version is read before the answer is computed: an answer can only be newer than its key
    return answers.get(store.version() + " " + request, k -> compute.get());
  }
}
