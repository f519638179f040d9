package org.sitrep.geo.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The public geoparsing gold sets in their XML: LGL and TR-News ({@code article/toponyms/toponym}
 * with a {@code gaztag} carrying the GeoNames id and coordinates) and GeoVirus ({@code
 * article/locations/location} with coordinates only).
 */
public final class GeoGold {
  /**
   * One annotated place name. {@code geonameid}, {@code lat} and {@code lon} are null where the
   * annotators found no gazetteer entry: such a span still counts for recognition, not for
   * resolution.
   */
  public record Toponym(int start, int end, String phrase, Long geonameid, Double lat, Double lon,
      String featureCode) {
    public boolean hasCoordinates() {
      return lat != null && lon != null;
    }
  }

  public record Doc(String id, String text, List<Toponym> toponyms) {}

  private GeoGold() {}

  public static List<Doc> read(Path xml) throws IOException {
    Document d;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      d = f.newDocumentBuilder().parse(xml.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(xml + ": not a geoparsing gold file: " + e.getMessage(), e);
    }
    List<Doc> docs = new ArrayList<>();
    NodeList articles = d.getElementsByTagName("article");
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = child(a, "text");
      if (text == null) {
        continue;
      }
      String id = a.getAttribute("docid").isEmpty() ? Integer.toString(i + 1) : a.getAttribute("docid");
      List<Toponym> toponyms = new ArrayList<>();
      for (String tag : new String[] {"toponym", "location"}) {
        NodeList nodes = a.getElementsByTagName(tag);
        for (int j = 0; j < nodes.getLength(); j++) {
          Toponym t = toponym((Element) nodes.item(j), text);
          if (t != null) {
            toponyms.add(t);
          }
        }
      }
      docs.add(new Doc(id, text, List.copyOf(toponyms)));
    }
    return docs;
  }

  private static Toponym toponym(Element t, String text) {
    String start = child(t, "start");
    String end = child(t, "end");
    if (start == null || end == null) {
      return null;
    }
    int s = Integer.parseInt(start.trim());
    int e = Integer.parseInt(end.trim());
    if (s < 0 || s >= e) {
      return null;
    }
    // GeoVirus's offsets are all one past the name they carry, and some of TR-News's drift by a
    // few characters: trust the name, at the nearest position within a few characters.
    String name = child(t, t.getTagName().equals("location") ? "name" : "phrase");
    int shift = name == null ? 0 : nearest(text, name, s, e);
    s += shift;
    e += shift;
    if (s < 0 || e > text.length() || s >= e) {
      return null; // a handful of LGL spans run past their text
    }
    // LGL/TR-News put the resolution in a gaztag; GeoVirus puts lat/lon on the location itself.
    NodeList gaz = t.getElementsByTagName("gaztag");
    Element res = gaz.getLength() > 0 ? (Element) gaz.item(0) : t;
    String lat = child(res, "lat");
    String lon = child(res, "lon");
    String gid = res.getAttribute("geonameid");
    return new Toponym(s, e, text.substring(s, e), gid.isEmpty() ? null : Long.parseLong(gid),
        lat == null || lat.isBlank() ? null : Double.parseDouble(lat.trim()),
        lon == null || lon.isBlank() ? null : Double.parseDouble(lon.trim()),
        child(res, "fcode"));
  }

  private static int nearest(String text, String name, int s, int e) {
    for (int d = 0; d <= 5; d++) {
      for (int shift : new int[] {-d, d}) {
        if (s + shift >= 0 && e + shift <= text.length()
            && text.substring(s + shift, e + shift).equals(name)) {
          return shift;
        }
      }
    }
    return 0;
  }

  /** Text of the first direct child element with this tag, or null. */
  private static String child(Element e, String tag) {
    for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(tag)) {
        return c.getTextContent();
      }
    }
    return null;
  }
}
