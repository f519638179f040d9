package org.sitrep.store;

import java.nio.ByteBuffer;
import java.util.Base64;

/** MinHash signatures as stored: the longs big-endian, in Base64 text. */
final class Signatures {
  private Signatures() {}

  static String encode(long[] signature) {
    ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
    for (long v : signature) {
      b.putLong(v);
    }
    return Base64.getEncoder().encodeToString(b.array());
  }

  static long[] decode(String s) {
    ByteBuffer b = ByteBuffer.wrap(Base64.getDecoder().decode(s));
    long[] out = new long[b.remaining() / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong();
    }
    return out;
  }
}
