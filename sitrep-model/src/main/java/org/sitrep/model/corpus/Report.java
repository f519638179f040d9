package org.sitrep.model.corpus;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Claim;

/**
 * One article's event as a report of a corpus event: what the clustering compares and the
 * reconciliation reads. Built from an analysis ({@code org.sitrep.corpus.Reports}) and stored, so a
 * later article can be compared with it without analysing this one again.
 *
 * @param article the article's id
 * @param index the event's index in that article's {@code events}
 * @param date the event's ISO day, or null
 * @param dateEarliest first day the event may have happened on (ISO); for an event dated only by
 *     its report, some days before publication
 * @param dateLatest last such day (ISO)
 * @param place geonameid of the event's place, or null
 * @param country ISO 3166-1 alpha-2 of the event's place, or of the article's main country
 * @param admin1 GeoNames admin1 code of the place, or null
 * @param admin1Name the first-order region's name, or null
 * @param geoPrecision ACLED's geo-precision (1 town, 2 near a town or a district, 3 region or
 *     country), or null
 * @param claims the claims the event cites, as the article has them
 * @param claimIndexes each claim's index in the article's {@code claims}, in the same order
 * @param sentence the text of the event's sentence, for text similarity and notes
 * @param names canonical person and organisation names of the article (lower case), for overlap
 * @param published the article's publication day (ISO), or null
 * @param outlet the article's source (outlet), or null
 */
public record Report(
    String article,
    int index,
    String type,
    String subType,
    String plover,
    String date,
    String dateEarliest,
    String dateLatest,
    Long place,
    String placeName,
    String country,
    String admin1,
    String admin1Name,
    Double lat,
    Double lon,
    Integer geoPrecision,
    String actor1,
    String actor1Kind,
    String actor2,
    String actor2Kind,
    List<Claim> claims,
    List<Integer> claimIndexes,
    String sentence,
    List<String> names,
    String published,
    String outlet) {

  public Report {
    Objects.requireNonNull(article, "article");
    claims = List.copyOf(claims);
    claimIndexes = List.copyOf(claimIndexes);
    names = List.copyOf(names);
    if (claims.size() != claimIndexes.size()) {
      throw new IllegalArgumentException("claims and claimIndexes differ in length");
    }
  }

  public ReportRef ref() {
    return new ReportRef(article, index);
  }
}
