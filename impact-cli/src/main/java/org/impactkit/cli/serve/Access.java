package org.impactkit.cli.serve;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import com.sun.net.httpserver.Headers;

/**
 * Who may use the server (SPEC §11). Binding to 127.0.0.1 keeps other machines out; the token keeps out
 * other users of this machine and web pages elsewhere, which can send requests to 127.0.0.1 but cannot
 * know a token made at random for this start. After the first visit a {@code SameSite=Strict} cookie
 * carries it, which browsers never send with a request another site started. The Host and Origin
 * checks refuse DNS rebinding (a site whose name is pointed at 127.0.0.1) even if a token leaked.
 *
 * @param token the random token of this start
 * @param port the port the server listens on
 */
record Access(String token, int port) {
  /** The query parameter of the token. */
  static final String PARAMETER = "token";
  /** The request header of the token. */
  static final String HEADER = "X-Impact-Token";

  /** A new token: 256 random bits, URL-safe. */
  static String newToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Without the token, which is the page's only key and so is never printed or logged. */
  @Override
  public String toString() {
    return "Access[port=" + port + "]";
  }

  /**
   * The cookie's name. Browsers keep cookies by host, not port, so each port has its own: two servers
   * on one machine never overwrite each other's.
   */
  String cookieName() {
    return "impact-" + port;
  }

  /** The {@code Set-Cookie} value that lets the page's later requests in without the token in the address. */
  String cookie() {
    return cookieName() + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  }

  /** Whether a request may be answered: sent to this server's own name, and carrying the token. */
  boolean allows(URI uri, Headers headers) {
    if (!ownOrigin(headers.getFirst("Host"), false) || !ownOrigin(headers.getFirst("Origin"), true)) {
      return false;
    }
    return matches(query(uri, PARAMETER)) || matches(headers.getFirst(HEADER)) || matches(cookieToken(headers));
  }

  /** Whether the token came in the address, so a cookie should be set for the page's later requests. */
  boolean inAddress(URI uri) {
    return matches(query(uri, PARAMETER));
  }

  /**
   * Whether {@code value}, a Host ({@code 127.0.0.1:8080}) or Origin ({@code http://127.0.0.1:8080})
   * header, names this server. A missing Origin is fine (browsers send none on a page's own GETs); a
   * missing Host is not (every HTTP/1.1 request has one).
   */
  private boolean ownOrigin(String value, boolean origin) {
    if (value == null) {
      return origin;
    }
    String prefix = origin ? "http://" : "";
    return List.of("127.0.0.1", "localhost").stream().anyMatch(h -> value.equalsIgnoreCase(prefix + h + ":" + port));
  }

  private boolean matches(String given) {
    // Compared in constant time, so response times say nothing about how much of a guess was right.
    return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }

  /** A query parameter's value, decoded; {@code null} when absent. The server's one query parser. */
  static String query(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private String cookieToken(Headers headers) {
    List<String> cookies = headers.get("Cookie");
    if (cookies == null) {
      return null;
    }
    for (String header : cookies) {
      for (String c : header.split(";")) {
        String kv = c.strip();
        if (kv.startsWith(cookieName() + "=")) {
          return kv.substring(cookieName().length() + 1);
        }
      }
    }
    return null;
  }
}
