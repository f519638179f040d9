package org.sitrep.ingest;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.core.InputException;

/**
 * Tells English from other languages. Three tests, the first that decides wins:
 *
 * <ol>
 *   <li><b>script</b>: when at least {@value #MIN_SCRIPT_LETTERS} letters and half of all letters
 *       are of a script other than Latin (Cyrillic, Arabic, Han...), the text is not English,
 *       whatever its length; English with a name in another script stays far below half;
 *   <li><b>function words</b> ({@link FunctionWordTest}): when at least {@value #MIN_FOREIGN_WORDS}
 *       function words of one language that are not English outnumber the English ones more than
 *       twice ("Die Polizei meldete am Freitag zwei Tote und mehrere Verletzte": "und", "zwei",
 *       "mehrere", "der" against none), and the n-gram detector does not find English first, the
 *       text is in that language, however short. Names carry no function words, so "Kassym-Jomart
 *       Tokayev met Xi Jinping in Nur-Sultan on Friday" ("met" is Dutch, "on" and "Friday"
 *       English) stays English, as do headlines, datelines and lists of names;
 *   <li><b>n-grams</b> (optimaize's language-detector, profiles of 70 languages from Wikipedia):
 *       from {@value #MIN_LETTERS} letters on, a language other than English at probability
 *       {@value #REJECT_AT} or more decides if the text reads as sentences: at least {@value
 *       #MIN_LOWER_SHARE} of its words in lower case and, for a language with a list, a few of its
 *       function words and fewer English ones (for one without, English function words under
 *       {@value #MIN_ENGLISH_SHARE} of the words): English quoting foreign speech, a list of names
 *       or a lower-cased report full of names ("all india sunni jamaitul ulema") stays English.
 * </ol>
 *
 * Anything undecided is English with low confidence. All 70 n-gram profiles are loaded rather than
 * "English and a few": with few candidates a text in an unloaded language is forced onto the
 * nearest loaded one. Loading takes well under a second, a 5,000-char sample a millisecond.
 * Thread-safe (the optimaize detector is immutable once built).
 */
public final class LanguageDetector {
  /**
   * A decision: ISO 639-1 code (or optimaize's locale, e.g. "zh-CN", or a script name), how sure,
   * whether it was decided, and by which test: "script", "function-words", "n-grams" or "none".
   */
  public record Detection(String language, double confidence, boolean decided, String test) {}

  /** Fewer letters than this are decided by script and function words only. */
  public static final int MIN_LETTERS = 120;

  static final double REJECT_AT = 0.90;
  static final int MIN_SCRIPT_LETTERS = 2;
  static final int MIN_FOREIGN_WORDS = 2;
  static final double MIN_LOWER_SHARE = 0.3;
  /** For a language without a list: English function words this share of the words keep it English. */
  static final double MIN_ENGLISH_SHARE = 0.1;
  private static final int SAMPLE_CHARS = 5000;

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
  private final FunctionWordTest functionWords = new FunctionWordTest();

  /** One detector per JVM is enough: building one loads all profiles (about a second). */
  public static LanguageDetector shared() {
    return Holder.SHARED;
  }

  private static final class Holder {
    static final LanguageDetector SHARED = new LanguageDetector();
  }

  public LanguageDetector() {
    try {
      List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
      this.detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .withProfiles(profiles)
              .seed(42L) // the detector samples n-grams at random: a fixed seed makes runs repeatable
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles", e);
    }
  }

  /** The language of {@code text}; "en" with low confidence when undecidable. */
  public Detection detect(String text) {
    String sample = sample(text);
    List<DetectedLanguage> probs = detector.getProbabilities(texts.forText(sample));
    // the n-grams' first language; null when they find none (too few letters)
    String top = probs.isEmpty() ? null : code(probs.get(0));
    double topP = probs.isEmpty() ? 0.0 : probs.get(0).getProbability();
    double en = 0;
    for (DetectedLanguage d : probs) {
      if (code(d).equals("en")) {
        en = d.getProbability();
      }
    }
    boolean english = "en".equals(top);

    // 1. script
    int letters = 0;
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    for (int i = 0; i < sample.length(); i += Character.charCount(sample.codePointAt(i))) {
      int cp = sample.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        scripts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    int other = letters - scripts.getOrDefault(Character.UnicodeScript.LATIN, 0);
    if (other >= MIN_SCRIPT_LETTERS && 2 * other >= letters) {
      String lang = top == null || english ? mainScript(scripts) : top;
      return new Detection(lang, other / (double) letters, true, "script");
    }

    // 2. function words
    FunctionWordTest.Counts fw = functionWords.count(sample);
    String topList = top == null ? null : functionWords.listFor(top);
    String lang = topList != null && outnumbers(fw, topList) ? topList : fw.best();
    if (!english && lang != null && outnumbers(fw, lang)) {
      return new Detection(lang, fw.of(lang) / (double) (fw.of(lang) + fw.english(lang)), true,
          "function-words");
    }

    // 3. n-grams
    boolean longEnough = letters >= MIN_LETTERS;
    if (top == null || english) {
      boolean decided = english && longEnough;
      return new Detection("en", topP, decided, decided ? "n-grams" : "none");
    }
    // a list of names ("Austria: Michael Konsel, Markus Schopp, ...") has the n-grams of a
    // language but few lower-case words and none of its function words
    boolean sentences = fw.lowerCase() >= MIN_LOWER_SHARE * fw.tokens()
        && (topList == null || fw.of(topList) >= MIN_FOREIGN_WORDS);
    boolean englishWords = topList != null
        ? fw.english(topList) > 0 && fw.english(topList) >= fw.of(topList)
        : fw.english() >= MIN_ENGLISH_SHARE * fw.tokens();
    if (!longEnough || topP < REJECT_AT || !sentences || englishWords) {
      return new Detection("en", en, false, "none");
    }
    return new Detection(top, topP, true, "n-grams");
  }

  /** The most frequent script other than Latin, in lower case ("cyrillic"). */
  private static String mainScript(Map<Character.UnicodeScript, Integer> scripts) {
    Character.UnicodeScript main = null;
    for (Map.Entry<Character.UnicodeScript, Integer> e : scripts.entrySet()) {
      if (e.getKey() != Character.UnicodeScript.LATIN
          && (main == null || e.getValue() > scripts.get(main))) {
        main = e.getKey();
      }
    }
    return main.name().toLowerCase(Locale.ROOT);
  }

  /** Function words of {@code lang} that are not English: a few, and over twice the English ones. */
  private static boolean outnumbers(FunctionWordTest.Counts fw, String lang) {
    return fw.of(lang) >= MIN_FOREIGN_WORDS && fw.of(lang) > 2 * fw.english(lang);
  }

  /**
   * The language code when it is English.
   *
   * @throws InputException unsupported-language when the text is surely in another language
   */
  public String requireEnglish(String text, String name) {
    Detection d = detect(text);
    if (d.decided() && !d.language().equals("en")) {
      String how = switch (d.test()) {
        case "script" -> String.format(Locale.ROOT, "%.0f%% of its letters", 100 * d.confidence());
        case "function-words" -> "by its function words";
        default -> String.format(Locale.ROOT, "probability %.2f", d.confidence());
      };
      throw new InputException(
          "unsupported-language",
          name + ": the text is in " + displayName(d.language()) + " (" + d.language() + ", " + how
              + "); sitrep reads English only");
    }
    return "en";
  }

  private static String code(DetectedLanguage d) {
    return d.getLocale().toString();
  }

  private static String displayName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    if (name.isEmpty() || name.equals(code)) {
      return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1) + " script";
    }
    return name;
  }

  /** Beginning, middle and end of a long text: boilerplate at either end cannot decide alone. */
  private static String sample(String text) {
    if (text.length() <= SAMPLE_CHARS) {
      return text;
    }
    int third = SAMPLE_CHARS / 3;
    int mid = text.length() / 2 - third / 2;
    return text.substring(0, third) + "\n" + text.substring(mid, mid + third) + "\n"
        + text.substring(text.length() - third);
  }
}
