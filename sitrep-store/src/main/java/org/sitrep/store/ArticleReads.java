package org.sitrep.store;

import static org.sitrep.store.Sql.chunks;
import static org.sitrep.store.Sql.exists;
import static org.sitrep.store.Sql.marks;
import static org.sitrep.store.Sql.setStrings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.sitrep.model.corpus.CorpusArticle;

/**
 * The store's reads of articles: by key or id, by shared band hash (near-duplicate candidates),
 * their signatures and analyses, and all of them for exports.
 */
final class ArticleReads {
  private static final String ARTICLE_COLUMNS =
      "id, article_key, url, published, title, source, duplicate_of, similarity";

  private final Dialect dialect;
  private final ReadTransactions tx;

  ArticleReads(Dialect dialect, ReadTransactions tx) {
    this.dialect = dialect;
    this.tx = tx;
  }

  boolean hasKey(String key) {
    return tx.read(
        "look up a key",
        c -> exists(c, "SELECT 1 FROM articles WHERE article_key = ?", key));
  }

  Optional<String> rejection(String key) {
    return tx.read(
        "look up a rejection",
        c -> {
          try (PreparedStatement ps = c.prepareStatement("SELECT code FROM rejected WHERE article_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  boolean hasArticle(String id) {
    return tx.read(
        "look up an article", c -> exists(c, "SELECT 1 FROM articles WHERE id = ?", id));
  }

  List<String> articlesSharingBands(long[] bands) {
    if (bands == null || bands.length == 0) {
      return List.of();
    }
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(Sql.boxed(bands)));
    return tx.read(
        "look up band hashes",
        c -> {
          TreeSet<String> ids = new TreeSet<>();
          for (List<Long> chunk : chunks(distinct)) {
            String sql =
                "SELECT DISTINCT article FROM article_bands WHERE band IN ("
                    + marks(chunk.size())
                    + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              for (int i = 0; i < chunk.size(); i++) {
                ps.setLong(i + 1, chunk.get(i));
              }
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  ids.add(rs.getString(1));
                }
              }
            }
          }
          return List.copyOf(ids);
        });
  }

  Optional<long[]> signature(String articleId) {
    return tx.read(
        "read a signature",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT signature FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next() || rs.getString(1) == null) {
                return Optional.<long[]>empty();
              }
              return Optional.of(Signatures.decode(rs.getString(1)));
            }
          }
        });
  }

  Map<String, CorpusArticle> articles(Collection<String> ids) {
    List<String> wanted = new ArrayList<>(new LinkedHashSet<>(ids));
    if (wanted.isEmpty()) {
      return Map.of();
    }
    return tx.read(
        "read articles",
        c -> {
          Map<String, CorpusArticle> found = new HashMap<>();
          for (List<String> chunk : chunks(wanted)) {
            Map<String, List<String>> events = new HashMap<>();
            String evSql =
                "SELECT article, event_id, MIN(idx) AS first_idx FROM reports WHERE article IN ("
                    + marks(chunk.size())
                    + ") AND event_id IS NOT NULL GROUP BY article, event_id"
                    + " ORDER BY article, first_idx, "
                    + dialect.textOrder("event_id");
            try (PreparedStatement ps = c.prepareStatement(evSql)) {
              setStrings(ps, chunk);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  events.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                      .add(rs.getString(2));
                }
              }
            }
            String sql =
                "SELECT " + ARTICLE_COLUMNS + " FROM articles WHERE id IN ("
                    + marks(chunk.size()) + ")";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
              setStrings(ps, chunk);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  String id = rs.getString(1);
                  found.put(id, article(rs, events.getOrDefault(id, List.of())));
                }
              }
            }
          }
          Map<String, CorpusArticle> ordered = new LinkedHashMap<>();
          for (String id : wanted) {
            CorpusArticle a = found.get(id);
            if (a != null) {
              ordered.put(id, a);
            }
          }
          return ordered;
        });
  }

  void forEachArticle(Consumer<CorpusArticle> sink) {
    // one query: an article's events (by first report) joined to it, so the cursor is the only
    // statement on its connection
    String sql =
        "SELECT a.id, a.article_key, a.url, a.published, a.title, a.source, a.duplicate_of,"
            + " a.similarity, ev.events FROM articles a LEFT JOIN ("
            + "SELECT article, string_agg(event_id, ' ' ORDER BY first_idx, "
            + dialect.textOrder("event_id")
            + ") AS events FROM (SELECT article, event_id, MIN(idx) AS first_idx FROM reports"
            + " WHERE event_id IS NOT NULL GROUP BY article, event_id) x GROUP BY article"
            + ") ev ON ev.article = a.id ORDER BY "
            + dialect.textOrder("a.id");
    tx.stream(
        "read articles",
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(Sql.FETCH);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String events = rs.getString(9);
                sink.accept(
                    article(
                        rs,
                        events == null || events.isEmpty()
                            ? List.of()
                            : List.of(events.split(" "))));
              }
            }
          }
        });
  }

  Optional<String> analysisJson(String articleId) {
    return tx.read(
        "read an analysis",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT analysis FROM articles WHERE id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /** The article of a row whose first columns are {@link #ARTICLE_COLUMNS}. */
  private static CorpusArticle article(ResultSet rs, List<String> events) throws SQLException {
    double similarity = rs.getDouble(8);
    Double sim = rs.wasNull() ? null : similarity;
    return new CorpusArticle(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        sim,
        events);
  }
}
