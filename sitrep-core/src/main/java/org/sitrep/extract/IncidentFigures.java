package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Analysis;
import org.sitrep.extract.Descriptions.Ref;
import org.sitrep.model.Claim;

/**
 * How many were killed and how many injured in the incident an article reports, from its claims.
 * Claims are not added up: one victim is counted again by every sentence about them. Instead each
 * claim is read as either a group figure ("two men were shot", "12 wounded") or one person ("a
 * man", "Smith", "he"), and the people are followed through the article:
 *
 * <ul>
 *   <li>a person is new when introduced ("a man", "another man", a new name) and known when
 *       referred back to ("he", "the victim", a name seen before); each person keeps the worst of
 *       what befell them: killed, injured (wounded, hurt: alive), or only shot (either);
 *   <li>named people and people described by nouns are counted apart, as the same victim is
 *       often both ("a man was shot ... Smith died"), and the larger count of each wins;
 *   <li>"shot" counts the killed and the injured together: two men shot, one fatally, is one
 *       killed and one injured;
 *   <li>tallies over a period or a place ("this year", "since Friday", "in shootings across the
 *       city") are not the incident's figures and are left out.
 * </ul>
 */
public final class IncidentFigures {
  /**
   * @param used the claims the figures were read from, each with how it was read
   * @param leadSentence the sentence of the first claim counted, or -1 when none was
   */
  public record Figures(long killed, long injured, List<String> used, int leadSentence) {
    public Figures {
      used = List.copyOf(used);
    }
  }

  private static final Set<String> INJURY_WORDS =
      Set.of("wounded", "injured", "hurt", "wounding", "injuring", "wound", "injure", "wounds",
          "injures", "injuries", "injury", "hurting");
  /** Words in a figure's clause that make it a tally over a period, a place or many incidents. */
  private static final Set<String> TALLY_WORDS =
      Set.of("shootings", "incidents", "attacks", "homicides", "separate", "across", "citywide",
          "city-wide", "since", "so far", "this year", "last year", "this month", "last month",
          "this week", "total");

  private IncidentFigures() {}

  private enum Status { SHOT, INJURED, KILLED }


  /** One person followed through the article. */
  private static final class Person {
    final boolean named;
    final String key;
    final char gender;
    final String age;
    /** The kin word a person is known by ("the boyfriend"), or null. */
    final String kin;
    Status status;

    Person(boolean named, String key, char gender, String age, String kin, Status status) {
      this.named = named;
      this.key = key;
      this.gender = gender;
      this.age = age;
      this.kin = kin;
      this.status = status;
    }

    /** Whether a description of someone of this gender and age may be this person. */
    boolean fits(char g, String a) {
      return (g == '?' || gender == '?' || gender == g)
          && (a == null || age == null || age.equals(a));
    }
  }

  /** A killed or injured claim as read here: what befell whom, and whether it is a tally. */
  private record Read(Claim claim, Status status, long value, String tally, Ref ref,
      String name) {}

  /** Tally cues that say a figure adds up several shootings: the article is a round-up. */
  private static final Set<String> ROUND_UP_CUES =
      Set.of("shootings", "incidents", "attacks", "homicides", "separate", "across", "since",
          "citywide", "city-wide");

  public static Figures of(Analysis a) {
    List<DepTree> trees = new ArrayList<>();
    a.sentences().forEach(s -> trees.add(new DepTree(s)));
    List<Read> reads = new ArrayList<>();
    boolean roundUp = false;
    for (Claim c : a.claims()) {
      Status status = status(c);
      long v = c.low() != null ? c.low() : c.high() != null ? c.high() : 0;
      if (status == null || v <= 0) {
        continue; // "no one was hurt" says nothing more than the other figures
      }
      DepTree t = c.sentence() >= 0 && c.sentence() < trees.size() ? trees.get(c.sentence()) : null;
      String tally = t == null ? null : tallyCue(t, c);
      roundUp |= tally != null && ROUND_UP_CUES.contains(tally);
      Ref ref = v == 1 && c.approx().equals("exact") ? Descriptions.reference(a, c) : Ref.GROUP;
      reads.add(new Read(c, status, v, tally, ref,
          ref == Ref.NAMED ? Descriptions.nameKey(a, c) : null));
    }
    if (roundUp) {
      reads = firstIncident(reads);
    } else {
      reads = leadIncident(reads);
    }
    List<String> used = new ArrayList<>();
    long groupKilled = 0;
    long groupInjured = 0;
    long groupShot = 0;
    List<Person> people = new ArrayList<>();
    Map<String, Person> byName = new HashMap<>();
    int lead = -1;
    for (Read r : reads) {
      Claim c = r.claim();
      Status status = r.status();
      long v = r.value();
      Ref ref = r.ref();
      if (r.tally() != null) {
        used.add("tally(" + r.tally() + ") " + describe(c, v));
        continue;
      }
      if (lead < 0) {
        lead = c.sentence();
      }
      used.add(ref.name().toLowerCase(Locale.ROOT) + " " + status.name().toLowerCase(Locale.ROOT)
          + " " + describe(c, v));
      switch (ref) {
        case GROUP -> {
          if (status == Status.KILLED) {
            groupKilled = Math.max(groupKilled, v);
          } else if (status == Status.INJURED || others(c)) {
            groupInjured = Math.max(groupInjured, v);
          } else {
            groupShot = Math.max(groupShot, v);
          }
        }
        case NAMED -> {
          String key = Descriptions.nameKey(a, c);
          Person p = byName.get(key);
          for (int i = people.size() - 1; i >= 0 && p == null; i--) {
            if (people.get(i).named && Descriptions.sameName(people.get(i).key, key)) {
              p = people.get(i); // "Clara Weston" ... "Weston"
            }
          }
          if (p == null) {
            p = new Person(true, key, '?', null, null, status);
            byName.put(key, p);
          } else {
            people.remove(p);
          }
          people.add(p); // the most recently mentioned is what "he" refers to
          p.status = worse(p.status, status);
        }
        case KNOWN, NEW -> {
          // an indefinite description repeats more often than it introduces a second victim
          // of the same kind: "A man was shot ... a man died" (headline and lead, a copy of
          // the text) is one man; "another man", or another age, is a second
          char g = Descriptions.gender(c.subject() == null ? c.text() : c.subject());
          String age = Descriptions.age(c.text());
          String kin = Descriptions.kin(c.subject());
          Person p = null;
          for (int i = people.size() - 1; i >= 0 && p == null && !Descriptions.another(c); i--) {
            Person q = people.get(i);
            if (q.fits(g, age) && (kin == null || kin.equals(q.kin))
                && (ref == Ref.KNOWN || !q.named && compatible(q.status, status))) {
              p = q;
            }
          }
          if (p == null) {
            p = new Person(false, null, g, age, kin, status);
          } else {
            people.remove(p);
          }
          people.add(p);
          p.status = worse(p.status, status);
        }
        default -> throw new IllegalStateException();
      }
    }
    long[] named = counts(people, true);
    long[] nominal = counts(people, false);
    long killed = Math.max(groupKilled, Math.max(named[0], nominal[0]));
    long shot = Math.max(Math.max(groupShot, groupKilled + groupInjured),
        Math.max(named[0] + named[1] + named[2], nominal[0] + nominal[1] + nominal[2]));
    if (killed == 0) {
      long named0 = fatalLead(a);
      if (named0 > 0) {
        used.add("lead names a killing: " + named0);
        killed = named0;
        shot = Math.max(shot, killed);
      }
    }
    long injured = Math.max(Math.max(groupInjured, Math.max(named[1], nominal[1])),
        shot - killed);
    return new Figures(killed, injured, used, lead);
  }

  /**
   * A round-up ("one man was killed and nine wounded in shootings across the city since Friday")
   * reports many incidents, and an incident's figures are those of one: the first told after
   * the tallies, up to the next tally or the next victim introduced anew ("a man", "two women")
   * in a later sentence. Names and words that refer back ("he", "the other man") continue it.
   */
  private static List<Read> firstIncident(List<Read> reads) {
    List<Read> out = new ArrayList<>();
    int first = -1;
    for (Read r : reads) {
      if (r.tally() != null) {
        if (first >= 0) {
          break;
        }
        out.add(r); // kept to show why, never counted
        continue;
      }
      if (first < 0) {
        first = r.claim().sentence();
      } else if (r.claim().sentence() != first
          && (r.ref() == Ref.NEW || r.ref() == Ref.GROUP)) {
        break;
      }
      out.add(r);
    }
    return out;
  }

  /**
   * Sentences without a word about the incident's victims after which a victim introduced anew
   * begins another story: a police blotter's next item, an earlier shooting recalled, a related
   * story's teaser.
   */
  private static final int NEW_STORY_GAP = 3;

  /**
   * The figures of the article's lead incident: its victims are told of in the sentences that
   * follow one another; a victim introduced anew ("a man", "two women", a name not seen before;
   * not "another man") {@link #NEW_STORY_GAP} or more sentences after the last word about them
   * belongs to another incident, and so does everything after.
   */
  private static List<Read> leadIncident(List<Read> reads) {
    List<Read> out = new ArrayList<>();
    List<String> names = new ArrayList<>();
    int last = -1;
    for (Read r : reads) {
      int s = r.claim().sentence();
      boolean newName = r.ref() == Ref.NAMED
          && names.stream().noneMatch(n -> Descriptions.sameName(n, r.name()));
      if (last >= 0 && s - last >= NEW_STORY_GAP
          && (r.ref() == Ref.NEW || r.ref() == Ref.GROUP || newName)
          && !Descriptions.another(r.claim())) {
        break;
      }
      if (r.name() != null) {
        names.add(r.name());
      }
      out.add(r);
      if (r.tally() == null) {
        last = s;
      }
    }
    return out;
  }

  /**
   * Words that name a killing: "a fatal shooting", "shot to death", "a homicide" (not "a
   * non-fatal shooting", "attempted homicide" or the "homicide unit", which name none).
   */
  private static final Pattern FATAL_LEAD = Pattern.compile(
      "(?<!non-|non )\\b(fatal(ly)? shoot|fatally shot|deadly shooting"
          + "|shot (and killed|to death|dead)|murder-suicide|double (homicide|murder|fatal)"
          + "|(?<!attempted )\\b(a|the) homicide\\b(?! (unit|detectives?|division|squad|suspect"
          + "|charges?|sergeant|lieutenant|investigators?)))",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TWO_DEAD = Pattern.compile(
      "\\b(murder-suicide|double (homicide|murder|fatal))", Pattern.CASE_INSENSITIVE);

  /**
   * How many killed the article's first two sentences name without a count: "a fatal shooting",
   * "police are investigating a homicide" is one killed, "a murder-suicide" two; 0 if none.
   */
  private static long fatalLead(Analysis a) {
    int end = a.sentences().size() > 1 ? a.sentences().get(1).end() : a.text().length();
    String lead = a.text().substring(0, Math.min(end, a.text().length()));
    if (!FATAL_LEAD.matcher(lead).find()) {
      return 0;
    }
    return TWO_DEAD.matcher(lead).find() ? 2 : 1;
  }

  /** Killed, injured and only-shot people of one kind (named or not). */
  private static long[] counts(List<Person> people, boolean named) {
    long[] n = new long[3];
    for (Person p : people) {
      if (p.named == named) {
        n[p.status == Status.KILLED ? 0 : p.status == Status.INJURED ? 1 : 2]++;
      }
    }
    return n;
  }

  /**
   * Whether two descriptions may be of one person: a man shot may be the man killed; a man
   * wounded (alive) is not, without words that refer back ("he later died").
   */
  private static boolean compatible(Status a, Status b) {
    return a == b || a == Status.SHOT || b == Status.SHOT;
  }

  private static Status worse(Status a, Status b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }

  /**
   * Predicates of harm done without a gun: a stabbing or a beating told beside a shooting is
   * another incident's, or no shooting's.
   */
  private static final Set<String> NOT_GUNFIRE =
      Set.of("stabbed", "stab", "stabbing", "stabs", "beaten", "beat", "beating", "punched",
          "slashed", "pistol-whipped", "assaulted");

  private static Status status(Claim c) {
    if (c.predicate() != null && NOT_GUNFIRE.contains(c.predicate().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (c.measure().equals("killed")) {
      return Status.KILLED;
    }
    if (!c.measure().equals("injured")) {
      return null;
    }
    // only words of injury say the person lived; "shot", "taken to a hospital", "in critical
    // condition" are said of the killed as well
    String p = c.predicate() == null ? "" : c.predicate().toLowerCase(Locale.ROOT);
    return INJURY_WORDS.contains(p) ? Status.INJURED : Status.SHOT;
  }

  /** "two others were shot", "three more wounded": people besides those already counted. */
  private static boolean others(Claim c) {
    String s = " " + c.text().toLowerCase(Locale.ROOT) + " ";
    return s.contains(" other ") || s.contains(" others ") || s.contains(" more ");
  }

  /**
   * Whether the figure's clause counts over a period, a place or several incidents: read from
   * the modifiers of its predicate and of the predicates coordinated with it ("one man was killed
   * and nine wounded in shootings across the city since Friday").
   */
  private static String tallyCue(DepTree t, Claim c) {
    int p = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.token(i).start() == c.predicateStart()) {
        p = i;
      }
    }
    if (p < 0) {
      return null;
    }
    List<Integer> heads = new ArrayList<>();
    heads.add(p);
    int top = t.firstConjunct(p);
    heads.add(top);
    heads.addAll(t.children(top, "conj"));
    for (int h : heads) {
      for (int m : t.children(h)) {
        String r = t.rel(m);
        if (!(r.startsWith("obl") || r.startsWith("nmod") || r.equals("advmod"))) {
          continue;
        }
        StringBuilder words = new StringBuilder(" ");
        for (int w : t.subtree(m)) {
          words.append(t.lower(w)).append(' ');
        }
        String ws = words.toString();
        for (String cue : TALLY_WORDS) {
          if (ws.contains(" " + cue + " ")) {
            return cue;
          }
        }
      }
    }
    return null;
  }

  private static String describe(Claim c, long v) {
    return c.measure() + " " + v + " [" + c.subject() + "]: " + c.text().replaceAll("\\s+", " ");
  }
}
