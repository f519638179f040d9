package org.sitrep.store.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.sitrep.json.ModelJson;

/**
 * Each event's brief view ({@link ModelJson#briefEvent}) kept beside its body: the map and the
 * lists read 200 bytes an event instead of parsing its 2 KB body with the ledgers. Java, as the
 * existing events get theirs from their bodies, which SQL cannot do the same way on both
 * databases.
 */
public class V3__event_brief extends BaseJavaMigration {
  private static final int BATCH = 1000;

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement st = c.createStatement()) {
      st.execute("ALTER TABLE events ADD COLUMN brief VARCHAR");
    }
    try (Statement read = c.createStatement();
        ResultSet rs = read.executeQuery("SELECT id, body FROM events");
        PreparedStatement update = c.prepareStatement("UPDATE events SET brief = ? WHERE id = ?")) {
      int pending = 0;
      while (rs.next()) {
        update.setString(1, ModelJson.briefEvent(rs.getString(2)));
        update.setString(2, rs.getString(1));
        update.addBatch();
        if (++pending == BATCH) {
          update.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        update.executeBatch();
      }
    }
  }
}
