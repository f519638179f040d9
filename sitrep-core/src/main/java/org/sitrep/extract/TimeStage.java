package org.sitrep.extract;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;
import org.sitrep.model.TimeExpr;

/**
 * Corrects and completes CoreNLP's time expressions the way news is written:
 *
 * <ul>
 *   <li>A bare weekday in a report is the last one, not the next: SUTime resolves "Friday night" in
 *       an article of Wednesday to the coming Friday; news reports what happened.
 *   <li>"today (Friday)" and "yesterday, Thursday" are one expression with one value.
 *   <li>"since the protests began", "in recent days" are vague ranges ending at publication.
 * </ul>
 *
 * <p>Reads TIMES; writes TIMES.
 */
public final class TimeStage implements Stage {
  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> MONTHS = Set.of("march", "may", "august", "june", "april");
  private static final Set<String> MONTH_NAMES =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december");
  private static final Pattern SINCE =
      Pattern.compile(
          "\\bsince the (?:\\w+ )?(?:protests|unrest|clashes|fighting|violence|riots|demonstrations|"
              + "war|conflict|crisis|uprising|attacks?)\\s+(?:began|started|erupted|broke out)\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.TIMES);
  }

  @Override
  public Analysis apply(Analysis in) {
    String text = in.text();
    LocalDate published = in.article().published();
    List<TimeExpr> out = new ArrayList<>();
    for (TimeExpr te : in.times()) {
      // "a march against fuel prices": a lower-case month name alone is a noun, not a date
      if (MONTHS.contains(te.text())) {
        continue;
      }
      out.add(lastWeekday(te, published));
    }
    out = mergeAppositions(out, text);
    Matcher m = SINCE.matcher(text);
    while (m.find()) {
      out.add(new TimeExpr(m.start(), m.end(), m.group(), "DURATION",
          published == null ? "PAST_REF" : "PXD", true));
    }
    // "in recent days": CoreNLP finds "recent days"; the range it names ends at publication
    List<TimeExpr> fixed = new ArrayList<>();
    for (TimeExpr te : out) {
      if (te.start() >= 3 && text.regionMatches(true, te.start() - 3, "in ", 0, 3)
          && te.text().toLowerCase(Locale.ROOT).startsWith("recent")) {
        te = new TimeExpr(te.start() - 3, te.end(), text.substring(te.start() - 3, te.end()),
            te.type(), te.value(), true);
      }
      fixed.add(te);
    }
    fixed.sort(java.util.Comparator.comparingInt(TimeExpr::start));
    return in.withTimes(fixed);
  }

  private static TimeExpr lastWeekday(TimeExpr te, LocalDate published) {
    if (published == null || te.value() == null || te.value().length() < 10) {
      return te;
    }
    String lower = te.text().toLowerCase(Locale.ROOT);
    boolean weekday = WEEKDAYS.stream().anyMatch(lower::contains);
    // only a bare weekday ("Friday", "Friday night"): "Friday, January 14" says which Friday
    boolean explicit = lower.matches(".*\\d.*") || MONTH_NAMES.stream().anyMatch(lower::contains);
    if (!weekday || explicit || lower.contains("next") || lower.contains("coming")) {
      return te;
    }
    try {
      LocalDate d = LocalDate.parse(te.value().substring(0, 10));
      if (d.isAfter(published)) {
        String v = d.minusDays(7) + te.value().substring(10);
        return new TimeExpr(te.start(), te.end(), te.text(), te.type(), v, te.vague());
      }
    } catch (DateTimeParseException e) {
      // not a day: leave it
    }
    return te;
  }

  /** Joins "today (Friday)" and "yesterday, Thursday" when both name the same day. */
  private static List<TimeExpr> mergeAppositions(List<TimeExpr> times, String text) {
    List<TimeExpr> out = new ArrayList<>();
    for (TimeExpr te : times) {
      if (!out.isEmpty()) {
        TimeExpr prev = out.get(out.size() - 1);
        String between = text.substring(Math.min(prev.end(), te.start()), te.start());
        boolean adjacent = between.matches("\\s*[(,]\\s*");
        String closing = te.end() < text.length() && text.charAt(te.end()) == ')' ? ")" : "";
        if (adjacent && prev.value() != null && prev.value().equals(te.value())) {
          int end = te.end() + (between.contains("(") ? closing.length() : 0);
          out.set(out.size() - 1, new TimeExpr(prev.start(), end, text.substring(prev.start(), end),
              prev.type(), prev.value(), prev.vague()));
          continue;
        }
      }
      out.add(te);
    }
    return out;
  }
}
