package org.sitrep.server;

/**
 * How {@link ApiServer} listens and what it allows.
 *
 * @param host the address to bind (127.0.0.1 by default: a corpus is not published by accident)
 * @param port the port, or 0 for any free one
 * @param token the bearer token that {@code POST /api/articles} needs; null turns writes off
 * @param maxBodyBytes the largest request body accepted (413 above it)
 * @param cacheMegabytes how much the cache of event lists may hold (0: no cache)
 */
public record ServerOptions(String host, int port, String token, int maxBodyBytes, int cacheMegabytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  /** A long article as JSON is well under 1 MB; ArticleReader's own ceiling is 10 MB. */
  public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;
  /** Enough for ~500 pages of 100 full events, or ~6,000 country-months of briefs. */
  public static final int DEFAULT_CACHE_MEGABYTES = 64;
  /** The most events one page of {@code GET /api/events} holds. */
  public static final int MAX_PAGE = 500;

  public ServerOptions {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be given");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, not " + port);
    }
    if (token != null && token.length() < 16) {
      throw new IllegalArgumentException("a write token must have at least 16 characters");
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
    }
    if (cacheMegabytes < 0) {
      throw new IllegalArgumentException("the cache size must be 0 (none) or more megabytes");
    }
  }

  public static ServerOptions local(int port) {
    return new ServerOptions(DEFAULT_HOST, port, null, DEFAULT_MAX_BODY, DEFAULT_CACHE_MEGABYTES);
  }

  public ServerOptions withToken(String token) {
    return new ServerOptions(host, port, token, maxBodyBytes, cacheMegabytes);
  }

  public ServerOptions withCache(int megabytes) {
    return new ServerOptions(host, port, token, maxBodyBytes, megabytes);
  }
}
