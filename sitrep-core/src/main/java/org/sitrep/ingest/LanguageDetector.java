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
import java.util.List;
import java.util.Locale;
import org.sitrep.core.InputException;

/**
 * Tells English from other languages with optimaize's language-detector (n-gram profiles of 70
 * languages from Wikipedia). It loads its profiles once (about 3 MB of n-grams, well under a
 * second) and classifies a 5,000-char sample in about a millisecond, so it can run on every
 * article. All 70 profiles are loaded rather than "English and a few": with few candidates a text
 * in an unloaded language is forced onto the nearest loaded one, and the probabilities stop
 * meaning anything.
 *
 * <p>Short or mixed texts are where n-gram detectors err, so the detector only rejects what it is
 * sure of: at least {@value #MIN_LETTERS} letters, and a non-English language at probability 0.90
 * or more. Anything undecidable is English with low confidence. Thread-safe (the optimaize detector
 * is immutable once built).
 */
public final class LanguageDetector {
  /** A decision: ISO 639-1 code (or optimaize's locale, e.g. "zh-CN"), and how sure. */
  public record Detection(String language, double confidence, boolean decided) {}

  /** Fewer letters than this are never rejected. */
  public static final int MIN_LETTERS = 120;

  static final double REJECT_AT = 0.90;
  private static final int SAMPLE_CHARS = 5000;

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

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
    int letters = 0;
    for (int i = 0; i < sample.length(); i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    List<DetectedLanguage> probs = detector.getProbabilities(texts.forText(sample));
    if (probs.isEmpty()) {
      return new Detection("en", 0.0, false);
    }
    DetectedLanguage top = probs.get(0);
    String lang = code(top);
    double en = 0;
    for (DetectedLanguage d : probs) {
      if (code(d).equals("en")) {
        en = d.getProbability();
      }
    }
    if (lang.equals("en")) {
      return new Detection("en", top.getProbability(), letters >= MIN_LETTERS);
    }
    if (letters < MIN_LETTERS || top.getProbability() < REJECT_AT) {
      return new Detection("en", en, false);
    }
    return new Detection(lang, top.getProbability(), true);
  }

  /**
   * The language code when it is English.
   *
   * @throws InputException unsupported-language when the text is surely in another language
   */
  public String requireEnglish(String text, String name) {
    Detection d = detect(text);
    if (d.decided() && !d.language().equals("en")) {
      throw new InputException(
          "unsupported-language",
          name + ": the text is in " + displayName(d.language()) + " (" + d.language()
              + String.format(Locale.ROOT, ", probability %.2f", d.confidence())
              + "); sitrep reads English only");
    }
    return "en";
  }

  private static String code(DetectedLanguage d) {
    return d.getLocale().toString();
  }

  private static String displayName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
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
