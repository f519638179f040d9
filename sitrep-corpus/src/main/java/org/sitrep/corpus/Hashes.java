package org.sitrep.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in hex: the stable ids and keys of the corpus (events, components, article keys). */
public final class Hashes {
  private Hashes() {}

  /** The first {@code bytes} bytes (all 32 at most) of the text's SHA-256, in lower-case hex. */
  public static String sha256Hex(String text, int bytes) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, Math.min(bytes, h.length));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
