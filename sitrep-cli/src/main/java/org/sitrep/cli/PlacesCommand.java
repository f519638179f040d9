package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.core.InputException;
import org.sitrep.geo.ArticleFocus;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.GeoNamesGazetteer;
import org.sitrep.model.Analysis;
import org.sitrep.model.Article;
import org.sitrep.model.Place;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep places}: the place names of one article, resolved, as a table for a person or as
 * JSON; then the article's focus countries, regions and cities.
 */
@Command(
    name = "places",
    sortOptions = false,
    description = "List the places an article names: span, GeoNames id, name, country, region,"
        + " coordinates, kind, confidence and role; then its focus countries, regions and cities.")
final class PlacesCommand implements Callable<Integer> {
  @ParentCommand private Main main;
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The article: text, HTML or JSON; '-' reads standard input.")
  private String file;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = ExtractCommand.DateConverter.class,
      description = "Publication date (places do not need it; accepted as by extract).")
  private LocalDate published;

  @Option(names = "--json", description = "Print JSON: {id, places: [...], focus: {...}}.")
  private boolean json;

  @Override
  public Integer call() throws IOException {
    Analysis analysis;
    try {
      Article article = ExtractCommand.read(file, main.stdin(), spec);
      if (published != null) {
        article = ExtractCommand.withPublished(article, published);
      }
      analysis = main.pipeline().apply(Analysis.of(article));
    } catch (InputException e) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("sitrep: %s [%s]%n", e.getMessage(), e.code());
      err.flush();
      return ExitCodes.INPUT_FAILED;
    }
    Gazetteer gazetteer = GeoNamesGazetteer.shared();
    PrintWriter out = new PrintWriter(main.stdout(), false, StandardCharsets.UTF_8);
    ArticleFocus focus = ArticleFocus.of(analysis.places(), gazetteer);
    if (json) {
      out.println(AnalysisJson.write(json(analysis, focus, gazetteer), false));
    } else {
      out.print(table(analysis.places(), focus, gazetteer));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static ObjectNode json(Analysis a, ArticleFocus focus, Gazetteer gazetteer) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", a.article().id());
    ArrayNode places = o.putArray("places");
    for (Place p : a.places()) {
      ObjectNode n = AnalysisJson.place(p);
      n.put("admin1Name", regionName(p, gazetteer));
      places.add(n);
    }
    o.set("focus", AnalysisJson.focus(focus));
    return o;
  }

  static String table(List<Place> places, ArticleFocus focus, Gazetteer gazetteer) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-11s %-24s %-9s %-24s %-2s %-18s %9s %10s %-7s %5s %s%n",
        "span", "text", "geonameid", "name", "cc", "admin1", "lat", "lon", "kind", "conf", "role"));
    for (Place p : places) {
      String region = regionName(p, gazetteer);
      b.append(String.format(Locale.ROOT, "%-11s %-24s %-9s %-24s %-2s %-18s %9s %10s %-7s %5.2f %s%n",
          p.start() + "-" + p.end(), Cells.cut(p.text().replaceAll("\\s+", " "), 24),
          p.geonameid() == null ? "-" : p.geonameid().toString(), Cells.cut(Cells.orDash(p.name()), 24),
          Cells.orDash(p.country()),
          Cells.cut(p.admin1() == null ? "-" : p.admin1() + (region == null ? "" : " " + region), 18),
          p.lat() == null ? "-" : String.format(Locale.ROOT, "%.4f", p.lat()),
          p.lon() == null ? "-" : String.format(Locale.ROOT, "%.4f", p.lon()),
          p.kind(), p.confidence(), p.role()));
    }
    b.append(String.format(Locale.ROOT, "%d places; focus: countries %s; regions %s; cities %s%n",
        places.size(), counts(focus.countries()), counts(focus.regions()), counts(focus.cities())));
    return b.toString();
  }

  private static String regionName(Place p, Gazetteer gazetteer) {
    return gazetteer.region(p.country(), p.admin1()).map(GeoEntry::name).orElse(null);
  }

  private static String counts(List<ArticleFocus.Count> counts) {
    if (counts.isEmpty()) {
      return "-";
    }
    StringBuilder b = new StringBuilder();
    for (ArticleFocus.Count c : counts.subList(0, Math.min(5, counts.size()))) {
      b.append(b.length() == 0 ? "" : ", ").append(c.name()).append(" (").append(c.mentions()).append(')');
    }
    return b.toString();
  }
}
