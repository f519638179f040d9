package org.sitrep.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.geo.Countries;
import org.sitrep.geo.Country;
import org.sitrep.model.corpus.CorpusEvent;
import org.sitrep.model.corpus.Figure;

/**
 * ACLED's CSV: ACLED's columns in ACLED's order, then sitrep's own ({@link #COLUMNS}). RFC 4180
 * (CRLF line ends, fields quoted when they need it), UTF-8, a header row even when there are no
 * events.
 *
 * <ul>
 *   <li>{@code event_id_cnty}: the ISO 3166-1 alpha-3 code of the event's country followed by the
 *       sitrep id ({@code KEN} + {@code E42} = {@code KENE42}); just the sitrep id when the country
 *       is unknown. {@code sitrep_id} repeats the id alone.
 *   <li>{@code event_date}: the event's day (ISO), else its earliest possible day; {@code
 *       time_precision} 1, 2 or 3 after the span of days it may have happened on.
 *   <li>{@code inter1}, {@code inter2}: ACLED's actor type codes from the actor kinds; 0 when there
 *       is no actor, empty when there is one of a kind sitrep could not tell. {@code interaction}
 *       is empty when either is.
 *   <li>{@code iso}: the ISO 3166-1 numeric code; {@code region}: ACLED's region, from the UN
 *       subregion; both empty when unknown (see {@code Acled#region}).
 *   <li>{@code admin2}, {@code admin3}, {@code assoc_actor_1}, {@code assoc_actor_2}, {@code
 *       source_scale}, {@code tags}: empty, sitrep does not extract them.
 *   <li>{@code fatalities}: the best killed figure, 0 when none (ACLED's code for unknown); {@code
 *       fatalities_low} and {@code fatalities_high} the killed figure's range, empty when unknown.
 *   <li>{@code source}: the event's outlets joined by "; "; {@code reports}: the number of
 *       distinct articles reporting it.
 *   <li>{@code timestamp}: the export time in unix seconds, given by the caller (ACLED's is the
 *       time the row last changed), the same on every row.
 * </ul>
 */
final class AcledCsvExporter implements EventExporter {
  /** The header. */
  static final List<String> COLUMNS =
      List.of("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
          "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
          "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region",
          "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude",
          "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
          "fatalities_low", "fatalities_high", "reports", "sitrep_id");

  private final CSVPrinter csv;
  private final boolean owned;
  private final String timestamp;
  private final Countries countries;
  private long count;
  private boolean closed;

  AcledCsvExporter(OutputStream out, boolean owned, Instant exportedAt) {
    this(out, owned, exportedAt, Countries.standard());
  }

  AcledCsvExporter(OutputStream out, boolean owned, Instant exportedAt, Countries countries) {
    this.owned = owned;
    this.timestamp = Long.toString(exportedAt.getEpochSecond());
    this.countries = countries;
    try {
      this.csv = new CSVPrinter(
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
          CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void accept(CorpusEvent e) {
    try {
      csv.printRecord(row(e));
      count++;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  List<String> row(CorpusEvent e) {
    Country c = countries.byIso2(e.country()).orElse(null);
    LocalDate day = Acled.eventDate(e.date(), e.dateEarliest());
    Integer inter1 = Acled.inter(e.actor1(), e.actor1Kind());
    Integer inter2 = Acled.inter(e.actor2(), e.actor2Kind());
    Figure killed = killed(e);
    List<String> r = new ArrayList<>(COLUMNS.size());
    r.add(c == null || c.iso3() == null ? e.id() : c.iso3() + e.id());
    r.add(day == null ? "" : day.toString());
    r.add(day == null ? "" : Integer.toString(day.getYear()));
    r.add(str(Acled.timePrecision(e.date(), e.dateEarliest(), e.dateLatest())));
    r.add(Acled.disorderType(e.type(), e.subType()));
    r.add(str(e.type()));
    r.add(str(e.subType()));
    r.add(str(e.actor1()));
    r.add("");
    r.add(str(inter1));
    r.add(str(e.actor2()));
    r.add("");
    r.add(str(inter2));
    r.add(str(Acled.interaction(inter1, inter2)));
    r.add(Acled.civilianTargeting(e.type(), e.subType(), e.actor2Kind()));
    r.add(Acled.iso(c));
    r.add(Acled.region(c));
    r.add(c != null ? c.name() : str(e.country()));
    r.add(str(e.admin1()));
    r.add("");
    r.add("");
    r.add(str(e.placeName()));
    r.add(coordinate(e.lat()));
    r.add(coordinate(e.lon()));
    r.add(str(e.geoPrecision()));
    r.add(String.join("; ", e.sources()));
    r.add("");
    r.add(str(e.notes()));
    r.add(Integer.toString(e.fatalities() == null ? 0 : e.fatalities()));
    r.add("");
    r.add(timestamp);
    r.add(killed == null ? "" : str(killed.low()));
    r.add(killed == null ? "" : str(killed.high()));
    r.add(Integer.toString(e.articles().size()));
    r.add(e.id());
    return r;
  }

  /** The killed figure counting everyone, else the first killed figure, or null. */
  static Figure killed(CorpusEvent e) {
    Figure first = null;
    for (Figure f : e.figures()) {
      if ("killed".equals(f.measure())) {
        if ("all".equals(f.subjectKind())) {
          return f;
        }
        if (first == null) {
          first = f;
        }
      }
    }
    return first;
  }

  /** Plain decimal notation: never Java's {@code 1.0E-4}. */
  private static String coordinate(Double d) {
    return d == null ? "" : BigDecimal.valueOf(d).toPlainString();
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
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
    if (owned) {
      csv.close();
    } else {
      csv.flush();
    }
  }
}
