package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Analysis;
import org.sitrep.model.Event;

/**
 * An ACLED event type and sub-event type, or {@link #NONE} for text ACLED would not code.
 *
 * @param subType null when only the type is known (ACLED's older exports)
 */
public record AcledLabel(String type, String subType) {
  public static final AcledLabel NONE = new AcledLabel("none", "none");

  /** ACLED's six event types, in the codebook's order. */
  public static final List<String> TYPES = List.of("Battles", "Explosions/Remote violence",
      "Violence against civilians", "Protests", "Riots", "Strategic developments");

  /** ACLED's 25 sub-event types, each with its type. */
  public static final List<AcledLabel> SUB_TYPES = List.of(
      new AcledLabel("Battles", "Armed clash"),
      new AcledLabel("Battles", "Government regains territory"),
      new AcledLabel("Battles", "Non-state actor overtakes territory"),
      new AcledLabel("Explosions/Remote violence", "Chemical weapon"),
      new AcledLabel("Explosions/Remote violence", "Air/drone strike"),
      new AcledLabel("Explosions/Remote violence", "Suicide bomb"),
      new AcledLabel("Explosions/Remote violence", "Shelling/artillery/missile attack"),
      new AcledLabel("Explosions/Remote violence", "Remote explosive/landmine/IED"),
      new AcledLabel("Explosions/Remote violence", "Grenade"),
      new AcledLabel("Violence against civilians", "Sexual violence"),
      new AcledLabel("Violence against civilians", "Attack"),
      new AcledLabel("Violence against civilians", "Abduction/forced disappearance"),
      new AcledLabel("Protests", "Peaceful protest"),
      new AcledLabel("Protests", "Protest with intervention"),
      new AcledLabel("Protests", "Excessive force against protesters"),
      new AcledLabel("Riots", "Violent demonstration"),
      new AcledLabel("Riots", "Mob violence"),
      new AcledLabel("Strategic developments", "Agreement"),
      new AcledLabel("Strategic developments", "Arrests"),
      new AcledLabel("Strategic developments", "Change to group/activity"),
      new AcledLabel("Strategic developments", "Disrupted weapons use"),
      new AcledLabel("Strategic developments", "Headquarters or base established"),
      new AcledLabel("Strategic developments", "Looting/property destruction"),
      new AcledLabel("Strategic developments", "Non-violent transfer of territory"),
      new AcledLabel("Strategic developments", "Other"));

  /** The label of an analysed text: its first event with an ACLED type, or NONE. */
  public static AcledLabel of(Analysis a) {
    Event e = first(a);
    return e == null ? NONE : new AcledLabel(e.type(), e.subType());
  }

  /** The first event (in text order) with an ACLED type, or null. */
  public static Event first(Analysis a) {
    Event best = null;
    for (Event e : a.events()) {
      if (e.type() != null && (best == null || e.start() < best.start())) {
        best = e;
      }
    }
    return best;
  }

  public boolean isNone() {
    return this.equals(NONE);
  }
}
