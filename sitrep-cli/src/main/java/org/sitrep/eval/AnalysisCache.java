package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.core.Pipeline;
import org.sitrep.core.Stage;
import org.sitrep.model.Analysis;
import org.sitrep.model.Layer;

/**
 * Analyses cut before the counting stages, kept in a gzipped JSONL file so that a rerun of an
 * evaluation spends seconds on the stages after the cut instead of minutes in CoreNLP. The cache
 * holds what the stages before {@link Layer#QUANTITIES} wrote: delete it when any of them (language,
 * repair, CoreNLP, times, places) changes. A line is an analysis, or {@code null} for an article
 * the pipeline rejected (or failed on).
 */
final class AnalysisCache {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new SimpleModule()
              .addSerializer(LocalDate.class, new JsonSerializer<>() {
                @Override
                public void serialize(LocalDate d, JsonGenerator g, SerializerProvider p)
                    throws IOException {
                  g.writeString(d.toString());
                }
              })
              .addDeserializer(LocalDate.class, new JsonDeserializer<>() {
                @Override
                public LocalDate deserialize(JsonParser p, DeserializationContext c)
                    throws IOException {
                  return LocalDate.parse(p.getValueAsString());
                }
              }))
          // records' boolean helpers (Place.isLocation()) are written as properties too
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  static {
    // a layer added to Analysis since the cache was written reads as empty
    JSON.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
  }

  private AnalysisCache() {}

  /** The pipeline's stages before the first that provides quantities. */
  static Pipeline head(Pipeline pipeline) {
    List<Stage> head = new ArrayList<>();
    for (Stage s : pipeline.stages()) {
      if (s.provides().contains(Layer.QUANTITIES)) {
        break;
      }
      head.add(s);
    }
    return new Pipeline(head);
  }

  /**
   * The counting stages run on a cut analysis: a first stage stands for the layers the cut holds,
   * so that the pipeline still checks the counting stages' order among themselves.
   */
  static Pipeline tail(List<Stage> counting) {
    EnumSet<Layer> cut = EnumSet.allOf(Layer.class);
    counting.forEach(s -> cut.removeAll(s.provides()));
    List<Stage> stages = new ArrayList<>();
    stages.add(new Stage() {
      @Override
      public String name() {
        return "cut";
      }

      @Override
      public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
      }

      @Override
      public Set<Layer> provides() {
        return cut;
      }

      @Override
      public Analysis apply(Analysis in) {
        return in;
      }
    });
    stages.addAll(counting);
    return new Pipeline(stages);
  }

  static List<Analysis> read(Path file) throws IOException {
    List<Analysis> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line.equals("null") ? null : JSON.readValue(line, Analysis.class));
      }
    }
    return out;
  }

  static void write(Path file, List<Analysis> analyses) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8))) {
      for (Analysis a : analyses) {
        try {
          w.write(a == null ? "null" : JSON.writeValueAsString(a));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        w.newLine();
      }
    }
  }
}
