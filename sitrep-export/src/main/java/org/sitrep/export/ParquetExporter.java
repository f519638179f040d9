package org.sitrep.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.sitrep.json.ModelJson;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;

/**
 * Parquet, written by an in-memory DuckDB: events are appended to a table of flat, typed columns
 * ({@link #TABLE}), which {@link #close} copies to the file ({@code COPY ... (FORMAT PARQUET)}),
 * through a temporary file beside it so that a failed export leaves no half-written file.
 * {@code figures_json} and {@code body_json} hold the figures and the whole event as {@link
 * ModelJson} writes them, so nothing is lost to the flattening.
 */
final class ParquetExporter implements EventExporter {
  static final String TABLE =
      "CREATE TABLE events ("
          + "id VARCHAR, type VARCHAR, sub_type VARCHAR, plover VARCHAR, "
          + "date DATE, date_earliest DATE, date_latest DATE, "
          + "place BIGINT, place_name VARCHAR, country VARCHAR, admin1 VARCHAR, "
          + "lat DOUBLE, lon DOUBLE, geo_precision INTEGER, actor1 VARCHAR, actor2 VARCHAR, "
          + "fatalities BIGINT, fatalities_low BIGINT, fatalities_high BIGINT, articles INTEGER, "
          + "figures_json VARCHAR, body_json VARCHAR)";

  private final Path file;
  private final DuckDBConnection db;
  private final DuckDBAppender appender;
  private long count;
  private boolean closed;

  ParquetExporter(Path file) throws IOException {
    this.file = file.toAbsolutePath();
    DuckDBConnection c = null;
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      c = DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class);
      try (Statement s = c.createStatement()) {
        s.execute(TABLE);
      }
      this.appender = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "events");
      this.db = c;
    } catch (SQLException | ClassNotFoundException e) {
      if (c != null) {
        try {
          c.close();
        } catch (SQLException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new IOException("cannot start DuckDB to write Parquet: " + e.getMessage(), e);
    }
  }

  @Override
  public void accept(CorpusEvent e) {
    ObjectNode json = ModelJson.event(e);
    Figure killed = AcledCsvExporter.killed(e);
    try {
      appender.beginRow();
      text(e.id());
      text(e.type());
      text(e.subType());
      text(e.plover());
      date(e.date());
      date(e.dateEarliest());
      date(e.dateLatest());
      appender.append(e.place());
      text(e.placeName());
      text(e.country());
      text(e.admin1());
      appender.append(e.lat());
      appender.append(e.lon());
      appender.append(e.geoPrecision());
      text(e.actor1());
      text(e.actor2());
      appender.append(e.fatalities() == null ? null : Long.valueOf(e.fatalities()));
      appender.append(killed == null ? null : killed.low());
      appender.append(killed == null ? null : killed.high());
      appender.append(e.articles().size());
      appender.append(ModelJson.write(json.get("figures"), false));
      appender.append(ModelJson.write(json, false));
      appender.endRow();
      count++;
    } catch (SQLException ex) {
      throw new IllegalStateException("DuckDB refused event " + e.id() + ": " + ex.getMessage(), ex);
    }
  }

  private void text(String s) throws SQLException {
    if (s == null) {
      appender.appendNull();
    } else {
      appender.append(s);
    }
  }

  private void date(String iso) throws SQLException {
    LocalDate d = Acled.day(iso);
    if (d == null) {
      appender.appendNull();
    } else {
      appender.append(d);
    }
  }

  @Override
  public long count() {
    return count;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    try (Connection c = db) {
      appender.close();
      try (Statement s = c.createStatement()) {
        s.execute("COPY events TO '" + tmp.toString().replace("'", "''")
            + "' (FORMAT PARQUET)");
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
