package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.Report;

/** Small JDBC helpers the store's reads and writes share: nullable parameters, IN lists. */
final class Sql {
  /** Rows per round trip for the streaming reads. */
  static final int FETCH = 500;

  /** Ids per IN list. */
  private static final int CHUNK = 500;

  private Sql() {}

  static void setString(PreparedStatement ps, int i, String v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, v);
    }
  }

  static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
    if (v == null) {
      ps.setNull(i, Types.DOUBLE);
    } else {
      ps.setDouble(i, v);
    }
  }

  static void setStrings(PreparedStatement ps, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      ps.setString(i + 1, values.get(i));
    }
  }

  /** {@code values} in pieces small enough for one IN list each. */
  static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < values.size(); i += CHUNK) {
      out.add(values.subList(i, Math.min(values.size(), i + CHUNK)));
    }
    return out;
  }

  /** {@code n} parameter marks for an IN list: "?, ?, ?". */
  static String marks(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }

  static List<Long> boxed(long[] values) {
    List<Long> out = new ArrayList<>(values.length);
    for (long v : values) {
      out.add(v);
    }
    return out;
  }

  /** Lower case for the case-insensitive filters and the search text; null as "". */
  static String lower(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT);
  }

  static boolean exists(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The reports a query selecting report bodies finds. */
  static List<Report> reports(PreparedStatement ps) throws SQLException {
    List<Report> out = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(ModelJson.readReport(rs.getString(1)));
      }
    }
    return out;
  }
}
