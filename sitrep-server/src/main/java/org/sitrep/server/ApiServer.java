package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreTimeoutException;

/**
 * sitrep's HTTP server: the JSON API over a corpus store and the web page that uses it, on Javalin
 * (Jetty). Every answer under {@code /api} is JSON, errors included; the page and its libraries
 * come from the jar; nothing else is served.
 *
 * <pre>{@code
 * try (ApiServer server = ApiServer.start(store, ServerOptions.local(7070), null, err)) {
 *   server.join();
 * }
 * }</pre>
 */
public final class ApiServer implements AutoCloseable {
  /** Where the page's files lie on the class path; only this folder is served. */
  static final String WEB = "/org/sitrep/server/web";
  static final String OPENAPI = "/org/sitrep/server/openapi.json";

  /**
   * The page may load only what this server serves: no CDN, no tile server, no other host. Styles
   * set from scripts (Leaflet positions its layers so) are not inline styles and are allowed.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** One route of the API: what {@code /openapi.json} must describe. */
  record Route(HandlerType method, String path, Handler handler) {}

  private final Javalin app;
  private final List<Route> routes;
  private final PrintWriter log;

  private ApiServer(Javalin app, List<Route> routes, PrintWriter log) {
    this.app = app;
    this.routes = routes;
    this.log = log;
  }

  /**
   * Starts serving {@code store}.
   *
   * @param intake what {@code POST /api/articles} calls, or null for a read-only server
   * @param log where failures (500s) and their stack traces go
   * @throws IllegalStateException naming the address when it cannot be bound (port in use)
   */
  public static ApiServer start(Store store, ServerOptions options, ArticleIntake intake, PrintWriter log) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(log, "log");
    // characters are counted: a megabyte holds ~half a million of them (two bytes each)
    EventsApi events = new EventsApi(store, new AnswerCache(store, options.cacheMegabytes() * 512L * 1024));
    ArticlesApi articles = new ArticlesApi(store, intake, options.token(), options.maxBodyBytes());
    byte[] openapi = resource(OPENAPI);
    List<Route> routes =
        List.of(
            new Route(HandlerType.GET, "/api/events", events::list),
            new Route(HandlerType.GET, "/api/events/{id}", events::one),
            new Route(HandlerType.GET, "/api/export", events::export),
            new Route(HandlerType.GET, "/api/articles/{id}", articles::one),
            new Route(HandlerType.POST, "/api/articles", articles::add),
            new Route(HandlerType.GET, "/openapi.json",
                ctx -> ctx.contentType(Json.TYPE).result(openapi)));
    Javalin app = Javalin.create(config -> configure(config, options, routes, log));
    ApiServer server = new ApiServer(app, routes, log);
    try {
      app.start(options.host(), options.port());
    } catch (JavalinBindException e) {
      app.stop();
      throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port()
          + ": the port is in use or the address is not this machine's", e);
    }
    return server;
  }

  private static void configure(JavalinConfig config, ServerOptions options, List<Route> routes, PrintWriter log) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.http.prefer405over404 = true;
    config.http.maxRequestSize = options.maxBodyBytes();
    config.router.ignoreTrailingSlashes = true;
    config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
    config.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = WEB;
      files.location = Location.CLASSPATH;
    });
    config.routes.before(ApiServer::headers);
    for (Route r : routes) {
      config.routes.addHttpHandler(r.method(), r.path(), r.handler());
    }
    config.routes.exception(ApiException.class,
        (e, ctx) -> Json.error(ctx, e.status(), e.code(), e.parameter(), e.getMessage()));
    config.routes.exception(StoreTimeoutException.class, (e, ctx) -> {
      log.println("sitrep: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      log.flush();
      ctx.header("Retry-After", "5");
      Json.error(ctx, 503, "too-slow", null,
          "the query took longer than the server allows; narrow it (dates, country, type) or try again later");
    });
    config.routes.exception(StoreException.class, (e, ctx) -> {
      log.println("sitrep: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
      log.flush();
      Json.error(ctx, 503, "store-unavailable", null, "the store could not be read; try again later");
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      log.println("sitrep: " + ctx.method() + " " + ctx.path() + " failed:");
      e.printStackTrace(log);
      log.flush();
      Json.error(ctx, 500, "internal-error", null, "the server failed on this request; it is logged");
    });
    config.routes.error(404, ctx -> orJson(ctx, "not-found", "nothing here: the API is under /api, see /openapi.json"));
    config.routes.error(405, ctx -> orJson(ctx, "method-not-allowed", ctx.method() + " is not allowed on " + ctx.path()));
    config.routes.error(413, ctx -> orJson(ctx, "too-large", "the request is too large"));
    config.routes.error(400, ctx -> orJson(ctx, "bad-request", "the request could not be read"));
  }

  /** An error status that no handler explained (no route, wrong method): explained in JSON. */
  private static void orJson(Context ctx, String code, String message) {
    String type = ctx.res().getContentType();
    if (type == null || !type.startsWith("application/json")) {
      Json.error(ctx, ctx.statusCode(), code, null, message);
    }
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port it listens on (the free one chosen when 0 was asked for). */
  public int port() {
    return app.port();
  }

  /** The routes it serves besides the page, as "GET /api/events". */
  List<String> routes() {
    return routes.stream().map(r -> r.method().name() + " " + r.path()).toList();
  }

  /** Blocks until the server stops (Ctrl-C). */
  public void join() throws InterruptedException {
    app.jettyServer().server().join();
  }

  @Override
  public void close() {
    app.stop();
    log.flush();
  }
}
