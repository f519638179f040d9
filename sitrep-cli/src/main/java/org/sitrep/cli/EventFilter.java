package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.store.EventQuery;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The event filters shared by {@code events} and {@code export events}. */
final class EventFilter {
  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166-1 alpha-2 code, e.g. KE.")
  String country;

  @Option(names = "--admin1", paramLabel = "REGION", description = "First-order region's name.")
  String admin1;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.DateConverter.class,
      description = "Events that may have happened on or after this day.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.DateConverter.class,
      description = "Events that may have happened on or before this day.")
  LocalDate to;

  @Option(names = "--type", paramLabel = "T", description = "ACLED event type or sub-event type.")
  String type;

  @Option(names = "--actor", paramLabel = "A", description = "Part of an actor's name.")
  String actor;

  @Option(names = "--text", paramLabel = "Q", description = "Words in the events' sentences or place.")
  String text;

  EventQuery query(CommandSpec spec, int limit) {
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw new ParameterException(spec.commandLine(), "--country takes a two-letter ISO code, not " + country);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    if (limit < 0) {
      throw new ParameterException(spec.commandLine(), "--limit must be 0 or more");
    }
    return new EventQuery(
        country == null ? null : country.toUpperCase(java.util.Locale.ROOT),
        admin1,
        from == null ? null : from.toString(),
        to == null ? null : to.toString(),
        type,
        null,
        actor,
        text,
        limit,
        0);
  }
}
