package org.sitrep.extract;

/**
 * What a trigger word names, before the codebook decides ACLED's type: the coarse kinds of
 * happening (the words for each are in {@code event-triggers.tsv}), and the ACLED type a
 * trigger gets ({@link Codebook}).
 */
final class EventTypes {
  private EventTypes() {}

  enum Kind {
    /** attacks, killings, clashes: the actors decide between battles, attacks, riots and protests */
    VIOLENCE,
    /** bombs, shelling, air strikes: the weapon decides the sub-type */
    EXPLOSION,
    ABDUCTION,
    SEXUAL,
    PROTEST,
    RIOT,
    ARREST,
    /** weapons seized, found or defused; missiles intercepted */
    DISRUPT,
    /** a place taken by force */
    TERRITORY,
    /** a place handed over without a fight */
    HANDOVER,
    WITHDRAW,
    /** a base, post or camp set up */
    BASE,
    /** troops deployed, moved, mobilised; groups formed */
    DEPLOY,
    ORDER,
    SHUTDOWN,
    DAMAGE,
    AGREEMENT
  }

  /** ACLED's type and sub-event type, and the PLOVER type, of one event. */
  record AcledType(String type, String subType, String plover) {
    static AcledType of(String type, String subType, String plover) {
      return new AcledType(type, subType, plover);
    }
  }

  static final String BATTLES = "Battles";
  static final String EXPLOSIONS = "Explosions/Remote violence";
  static final String VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians";
  static final String PROTESTS = "Protests";
  static final String RIOTS = "Riots";
  static final String STRATEGIC = "Strategic developments";
}
