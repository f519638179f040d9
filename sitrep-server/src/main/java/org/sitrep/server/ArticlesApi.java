package org.sitrep.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import org.sitrep.core.InputException;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.json.ModelJson;
import org.sitrep.model.Article;
import org.sitrep.model.corpus.CorpusArticle;
import org.sitrep.store.Store;

/** {@code GET /api/articles/{id}} and {@code POST /api/articles}. */
final class ArticlesApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Store store;
  private final ArticleIntake intake;
  private final byte[] token;
  private final int maxBody;
  private final ArticleReader reader;

  /**
   * @param intake analyses and stores a POSTed article; null, like a null token, turns writes off
   */
  ArticlesApi(Store store, ArticleIntake intake, String token, int maxBody) {
    this.store = store;
    this.intake = intake;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBody = maxBody;
    this.reader = new ArticleReader(maxBody);
  }

  /**
   * The analysed article as {@code extract} wrote it (text, places, times, statements, claims,
   * events with their spans), plus {@code corpus}: the article as the corpus holds it (duplicate
   * of, corpus events).
   */
  void one(Context ctx) throws JsonProcessingException {
    String id = Ids.check(ctx.pathParam("id"), "article");
    EventsApi.noParameters(ctx);
    Map<String, CorpusArticle> found = store.articles(List.of(id));
    CorpusArticle article = found.get(id);
    String analysis = article == null ? null : store.analysisJson(id).orElse(null);
    if (analysis == null) {
      throw ApiException.notFound("no article " + id);
    }
    ObjectNode o = (ObjectNode) MAPPER.readTree(analysis);
    o.set("corpus", ModelJson.article(article));
    Json.send(ctx, 200, ModelJson.write(o, false));
  }

  /** Analyses one article (a JSON object as a line of {@code extract --jsonl}) into the corpus. */
  void add(Context ctx) throws IOException {
    if (token == null || intake == null) {
      throw new ApiException(403, "writes-off", null,
          "adding articles is off: start the server with --token to allow it");
    }
    authorize(ctx.header("Authorization"));
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      throw new ApiException(415, "unsupported-media-type", null,
          "send the article as application/json: {\"id\", \"text\", \"published\", \"title\", \"url\", \"source\"}");
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) {
      throw tooLarge();
    }
    byte[] body = readAtMost(ctx.req().getInputStream(), maxBody);
    Article article;
    try {
      // an article sent without an id is named after its bytes: the same body, the same id
      article = reader.parseJson(new String(body, StandardCharsets.UTF_8), "request body", "posted-" + digest(body));
    } catch (InputException e) {
      throw new ApiException(400, e.code(), null, e.getMessage());
    }
    ArticleIntake.Added added;
    try {
      added = intake.add(article);
    } catch (InputException e) {
      throw new ApiException(422, e.code(), null, e.getMessage());
    }
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", added.id());
    o.put("stored", added.stored());
    o.put("duplicateOf", added.duplicateOf());
    added.events().forEach(o.putArray("events")::add);
    if (added.stored()) {
      ctx.header("Location", "/api/articles/" + java.net.URLEncoder.encode(added.id(), StandardCharsets.UTF_8));
    }
    Json.send(ctx, added.stored() ? 201 : 200, ModelJson.write(o, false));
  }

  private static String digest(byte[] body) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Compares the bearer token in constant time: the time taken tells nothing about it. */
  private void authorize(String header) {
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      throw unauthorized("missing bearer token: send 'Authorization: Bearer <token>'");
    }
    byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw unauthorized("wrong token");
    }
  }

  private static ApiException unauthorized(String message) {
    return new ApiException(401, "unauthorized", null, message);
  }

  private ApiException tooLarge() {
    return new ApiException(413, "too-large", null, "the body is larger than " + maxBody + " bytes");
  }

  /** The body, refused once it grows past {@code max} (a missing or false Content-Length too). */
  private byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] body = in.readNBytes(max + 1);
    if (body.length > max) {
      throw tooLarge();
    }
    return body;
  }
}
