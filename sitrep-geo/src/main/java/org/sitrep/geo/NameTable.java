package org.sitrep.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The index behind both gazetteers, held as one byte array in the layout it has on disk: loading
 * the 200,000-place GeoNames table is reading 18 MB, with no parsing and no per-entry objects, and
 * it costs 18 MB of heap. {@link GeoEntry} objects are made on demand by {@link #lookup}.
 *
 * <p>Layout (big-endian): header (magic, version, entry count n, key count k, dictionary size d);
 * sections of n ids (sorted, long), latitudes and longitudes (int, degrees × 10⁵), populations
 * (long), name offsets (n + 1 ints), feature classes (byte), feature code, country and admin1
 * (dictionary indexes, char); the dictionary (d length-prefixed UTF-8 strings); the names (UTF-8);
 * key offsets (k + 1 ints), posting offsets (k + 1 ints), postings (entry indexes, int) and key
 * bytes. Keys are {@link Names#normalize normalised} names in unsigned byte order, found by binary
 * search; each key's postings list the entries bearing that name, largest population first.
 */
final class NameTable {
  private static final int MAGIC = 0x53524758; // "SRGX"
  private static final int VERSION = 3;
  private static final int HEADER = 5 * 4;

  /** Bigger first; at equal population a country before a capital before any other place. */
  static final Comparator<GeoEntry> RANK =
      Comparator.comparingLong(GeoEntry::population).reversed()
          .thenComparingInt(NameTable::featureRank)
          .thenComparingLong(GeoEntry::geonameid);

  private final byte[] bytes;
  private final int n;
  private final int k;
  private final LongBuffer ids;
  private final IntBuffer lats;
  private final IntBuffer lons;
  private final LongBuffer populations;
  private final IntBuffer nameOffsets;
  private final int classesAt;
  private final CharBuffer featureCodes;
  private final CharBuffer countries;
  private final CharBuffer admin1s;
  private final String[] dictionary;
  private final int namesAt;
  private final IntBuffer keyOffsets;
  private final IntBuffer postingOffsets;
  private final IntBuffer postings;
  private final int keysAt;

  private NameTable(byte[] bytes) throws IOException {
    this.bytes = bytes;
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (bytes.length < HEADER || b.getInt() != MAGIC) {
      throw new IOException("not a sitrep gazetteer table");
    }
    int version = b.getInt();
    if (version != VERSION) {
      throw new IOException("gazetteer table version " + version + ", expected " + VERSION);
    }
    n = b.getInt();
    k = b.getInt();
    int d = b.getInt();
    if (n < 0 || k < 0 || d < 0) {
      throw new IOException("corrupt gazetteer table header");
    }
    try {
      ids = slice(b, n * 8L).asLongBuffer();
      lats = slice(b, n * 4L).asIntBuffer();
      lons = slice(b, n * 4L).asIntBuffer();
      populations = slice(b, n * 8L).asLongBuffer();
      nameOffsets = slice(b, (n + 1) * 4L).asIntBuffer();
      classesAt = b.position();
      slice(b, n);
      featureCodes = slice(b, n * 2L).asCharBuffer();
      countries = slice(b, n * 2L).asCharBuffer();
      admin1s = slice(b, n * 2L).asCharBuffer();
      dictionary = new String[d];
      for (int i = 0; i < d; i++) {
        int len = b.getChar();
        dictionary[i] = new String(bytes, b.position(), len, StandardCharsets.UTF_8);
        slice(b, len);
      }
      namesAt = b.position();
      slice(b, n == 0 ? 0 : nameOffsets.get(n));
      keyOffsets = slice(b, (k + 1) * 4L).asIntBuffer();
      postingOffsets = slice(b, (k + 1) * 4L).asIntBuffer();
      postings = slice(b, (k == 0 ? 0 : postingOffsets.get(k)) * 4L).asIntBuffer();
      keysAt = b.position();
      slice(b, k == 0 ? 0 : keyOffsets.get(k));
    } catch (RuntimeException e) {
      throw new IOException("truncated or corrupt gazetteer table", e);
    }
    if (b.hasRemaining()) {
      throw new IOException("corrupt gazetteer table: " + b.remaining() + " bytes left over");
    }
    validate();
  }

  /** The next {@code len} bytes as their own buffer; the position moves past them. */
  private static ByteBuffer slice(ByteBuffer b, long len) throws IOException {
    if (len < 0 || len > b.remaining()) {
      throw new IOException("truncated gazetteer table");
    }
    ByteBuffer s = b.slice(b.position(), (int) len);
    b.position(b.position() + (int) len);
    return s;
  }

  /** Cheap checks, done once, so that a lookup can never index out of bounds. */
  private void validate() throws IOException {
    for (int i = 1; i < n; i++) {
      if (ids.get(i) <= ids.get(i - 1)) {
        throw new IOException("gazetteer ids not sorted at " + ids.get(i));
      }
    }
    for (int i = 0; i < n; i++) {
      if (nameOffsets.get(i) > nameOffsets.get(i + 1) || featureCodes.get(i) >= dictionary.length
          || countries.get(i) >= dictionary.length || admin1s.get(i) >= dictionary.length) {
        throw new IOException("corrupt gazetteer entry " + i);
      }
      // coordinates are stored as degrees × 10^5
      if (Math.abs(lats.get(i)) > 90_00000 || Math.abs(lons.get(i)) > 180_00000) {
        throw new IOException("gazetteer entry " + ids.get(i) + " has coordinates off the Earth: "
            + lats.get(i) / 1e5 + ", " + lons.get(i) / 1e5);
      }
    }
    for (int i = 0; i < k; i++) {
      if (keyOffsets.get(i) > keyOffsets.get(i + 1)
          || postingOffsets.get(i) > postingOffsets.get(i + 1)) {
        throw new IOException("corrupt gazetteer key " + i);
      }
    }
    for (int i = 0, p = postings.limit(); i < p; i++) {
      if (postings.get(i) < 0 || postings.get(i) >= n) {
        throw new IOException("corrupt gazetteer posting " + postings.get(i));
      }
    }
  }

  static int featureRank(GeoEntry e) {
    return switch (e.kind()) {
      case "country" -> 0;
      case "admin1" -> 2;
      default -> e.featureCode().equals("PPLC") ? 1 : e.featureCode().equals("PPLA") ? 3 : 4;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  List<GeoEntry> lookup(String name) {
    int key = findKey(Names.normalize(name).getBytes(StandardCharsets.UTF_8));
    if (key < 0) {
      return List.of();
    }
    int from = postingOffsets.get(key);
    int to = postingOffsets.get(key + 1);
    List<GeoEntry> list = new ArrayList<>(to - from);
    for (int p = from; p < to; p++) {
      list.add(entry(postings.get(p)));
    }
    return List.copyOf(list);
  }

  private int findKey(byte[] key) {
    if (key.length == 0) {
      return -1;
    }
    int lo = 0;
    int hi = k - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int at = keysAt + keyOffsets.get(mid);
      int end = keysAt + keyOffsets.get(mid + 1);
      int c = Arrays.compareUnsigned(bytes, at, end, key, 0, key.length);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  Optional<GeoEntry> byId(long geonameid) {
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long id = ids.get(mid);
      if (id < geonameid) {
        lo = mid + 1;
      } else if (id > geonameid) {
        hi = mid - 1;
      } else {
        return Optional.of(entry(mid));
      }
    }
    return Optional.empty();
  }

  GeoEntry entry(int i) {
    int from = nameOffsets.get(i);
    int to = nameOffsets.get(i + 1);
    String name = new String(bytes, namesAt + from, to - from, StandardCharsets.UTF_8);
    return new GeoEntry(ids.get(i), name, emptyToNull(dictionary[countries.get(i)]),
        emptyToNull(dictionary[admin1s.get(i)]), lats.get(i) / 1e5, lons.get(i) / 1e5,
        (char) bytes[classesAt + i], dictionary[featureCodes.get(i)], populations.get(i));
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  int size() {
    return n;
  }

  int keyCount() {
    return k;
  }

  // ---------------------------------------------------------------------------------------------
  // Building, writing, reading

  void write(OutputStream out) throws IOException {
    out.write(bytes);
  }

  static NameTable read(InputStream in) throws IOException {
    return new NameTable(in.readAllBytes());
  }

  /**
   * Indexes entries under their own name and the given names; names are normalised here. Two
   * entries with one id are an error.
   */
  static NameTable build(Map<GeoEntry, ? extends Collection<String>> namesByEntry) {
    GeoEntry[] sorted = namesByEntry.keySet().toArray(new GeoEntry[0]);
    Arrays.sort(sorted, Comparator.comparingLong(GeoEntry::geonameid));
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].geonameid() == sorted[i - 1].geonameid()) {
        throw new IllegalArgumentException("two entries with id " + sorted[i].geonameid());
      }
    }
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int i = 0; i < sorted.length; i++) {
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Names.normalize(sorted[i].name()));
      for (String name : namesByEntry.get(sorted[i])) {
        keys.add(Names.normalize(name));
      }
      for (String key : keys) {
        if (!key.isEmpty()) {
          byKey.computeIfAbsent(key, x -> new ArrayList<>(1)).add(i);
        }
      }
    }
    byte[][] keyBytes = new byte[byKey.size()][];
    int[][] keyPostings = new int[byKey.size()][];
    List<Map.Entry<byte[], List<Integer>>> keyed = new ArrayList<>();
    byKey.forEach((key, list) ->
        keyed.add(Map.entry(key.getBytes(StandardCharsets.UTF_8), list)));
    keyed.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
    Comparator<Integer> rank = (a, b) -> RANK.compare(sorted[a], sorted[b]);
    for (int j = 0; j < keyed.size(); j++) {
      keyBytes[j] = keyed.get(j).getKey();
      List<Integer> list = new ArrayList<>(keyed.get(j).getValue());
      list.sort(rank);
      keyPostings[j] = list.stream().mapToInt(Integer::intValue).toArray();
    }
    try {
      return new NameTable(serialize(sorted, keyBytes, keyPostings));
    } catch (IOException e) {
      throw new UncheckedIOException("the table just built does not read back", e);
    }
  }

  private static byte[] serialize(GeoEntry[] entries, byte[][] keys, int[][] keyPostings)
      throws IOException {
    Map<String, Integer> dict = new LinkedHashMap<>();
    dict.put("", 0);
    for (GeoEntry e : entries) {
      for (String s : new String[] {e.featureCode(), e.country(), e.admin1()}) {
        dict.putIfAbsent(s == null ? "" : s, dict.size());
      }
    }
    if (dict.size() > Character.MAX_VALUE) {
      throw new IOException("too many distinct codes for the table: " + dict.size());
    }
    ByteArrayOutputStream bos = new ByteArrayOutputStream(1 << 20);
    DataOutputStream out = new DataOutputStream(bos);
    int n = entries.length;
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(n);
    out.writeInt(keys.length);
    out.writeInt(dict.size());
    for (GeoEntry e : entries) {
      out.writeLong(e.geonameid());
    }
    for (GeoEntry e : entries) {
      out.writeInt((int) Math.round(e.lat() * 1e5));
    }
    for (GeoEntry e : entries) {
      out.writeInt((int) Math.round(e.lon() * 1e5));
    }
    for (GeoEntry e : entries) {
      out.writeLong(e.population());
    }
    byte[][] names = new byte[n][];
    int offset = 0;
    out.writeInt(0);
    for (int i = 0; i < n; i++) {
      names[i] = entries[i].name().getBytes(StandardCharsets.UTF_8);
      offset += names[i].length;
      out.writeInt(offset);
    }
    for (GeoEntry e : entries) {
      out.writeByte(e.featureClass());
    }
    for (GeoEntry e : entries) {
      out.writeChar(dict.get(e.featureCode()));
    }
    for (GeoEntry e : entries) {
      out.writeChar(dict.get(e.country() == null ? "" : e.country()));
    }
    for (GeoEntry e : entries) {
      out.writeChar(dict.get(e.admin1() == null ? "" : e.admin1()));
    }
    for (String s : dict.keySet()) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeChar(b.length);
      out.write(b);
    }
    for (byte[] name : names) {
      out.write(name);
    }
    offset = 0;
    out.writeInt(0);
    for (byte[] key : keys) {
      offset += key.length;
      out.writeInt(offset);
    }
    offset = 0;
    out.writeInt(0);
    for (int[] p : keyPostings) {
      offset += p.length;
      out.writeInt(offset);
    }
    for (int[] p : keyPostings) {
      for (int i : p) {
        out.writeInt(i);
      }
    }
    for (byte[] key : keys) {
      out.write(key);
    }
    out.flush();
    return bos.toByteArray();
  }
}
