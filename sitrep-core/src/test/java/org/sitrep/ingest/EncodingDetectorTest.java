package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.core.InputException;

class EncodingDetectorTest {
  private static final String ENGLISH =
      "Police said on Friday that “at least 12 people” were killed near the café by the station,"
          + " and the mayor’s office — already under pressure — promised an inquiry.\n\n"
          + "Protesters gathered again on Saturday in front of the town hall.";

  /** Central European text: ISO-8859-2 only tells itself apart by its byte statistics. */
  private static final String POLISH =
      "Policja poinformowała w piątek, że co najmniej dwunastu demonstrantów zginęło w starciach"
          + " w pobliżu dworca. Władze miasta zapowiedziały śledztwo, a protestujący zebrali się"
          + " ponownie w sobotę przed ratuszem. Świadkowie mówią, że żołnierze strzelali bez"
          + " ostrzeżenia.";

  private final EncodingDetector detector = new EncodingDetector();

  @ParameterizedTest
  @CsvSource({
    "UTF-8, false, UTF-8",
    "UTF-8, true, UTF-8",
    "UTF-16LE, true, UTF-16LE",
    "UTF-16LE, false, UTF-16LE",
    "UTF-16BE, true, UTF-16BE",
    "UTF-16BE, false, UTF-16BE",
    "windows-1252, false, windows-1252"
  })
  void englishRoundTrips(String charset, boolean bom, String expected) {
    byte[] bytes = encode(ENGLISH, charset, bom);
    EncodingDetector.Decoded d = detector.decode(bytes, "a.txt");
    assertThat(d.text()).isEqualTo(ENGLISH);
    assertThat(d.charset()).isEqualTo(expected);
    assertThat(d.bom()).isEqualTo(bom);
  }

  @ParameterizedTest
  @CsvSource({"ISO-8859-2", "windows-1250", "UTF-8", "UTF-16LE"})
  void polishRoundTrips(String charset) {
    byte[] bytes = POLISH.getBytes(Charset.forName(charset));
    assertThat(detector.decode(bytes, "pl.txt").text()).isEqualTo(POLISH);
  }

  @Test
  void latin1WithoutCurlyQuotesReadsAsWindows1252() {
    String text = "The café on the corner was closed after the protest, the mayor said on Monday.";
    EncodingDetector.Decoded d =
        detector.decode(text.getBytes(StandardCharsets.ISO_8859_1), "a.txt");
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.charset()).isEqualTo("windows-1252");
  }

  @Test
  void utf8WithAStrayWindows1252ByteKeepsItsUtf8() {
    byte[] good = "Riot police — “rubber bullets” in Lagos — é ü ".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(good);
    out.write(0x93); // a windows-1252 opening quote pasted into UTF-8
    out.writeBytes("quoted".getBytes(StandardCharsets.US_ASCII));
    EncodingDetector.Decoded d = detector.decode(out.toByteArray(), "mixed.txt");
    assertThat(d.text()).isEqualTo("Riot police — “rubber bullets” in Lagos — é ü “quoted");
  }

  @Test
  void bomThatLiesIsUnknownEncoding() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, 'b'};
    assertThatThrownBy(() -> detector.decode(bytes, "liar.txt"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("liar.txt")
        .extracting(e -> ((InputException) e).code())
        .isEqualTo("unknown-encoding");
  }

  @Test
  void randomHighBytesAreUnknownEncoding() {
    byte[] junk = new byte[300];
    Random rnd = new Random(3);
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + rnd.nextInt(128));
    }
    assertThatThrownBy(() -> detector.decode(junk, "junk.bin"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("junk.bin")
        .hasMessageContaining("encoding");
  }

  static byte[] encode(String text, String charset, boolean bom) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      switch (charset) {
        case "UTF-8" -> out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        case "UTF-16LE" -> out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        case "UTF-16BE" -> out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
        default -> throw new IllegalArgumentException(charset);
      }
    }
    out.writeBytes(text.getBytes(Charset.forName(charset)));
    return out.toByteArray();
  }
}
