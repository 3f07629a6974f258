package org.impactkit.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The web server of {@code impact serve} (SPEC §11): the JDK's own HTTP server, bound to 127.0.0.1
 * only, answering 403 to every request without this start's token, serving the page from the jar and
 * the {@link Api}. A request that fails in any way gets a reply and leaves the server serving; no
 * stack trace reaches the page.
 */
public final class WebServer implements AutoCloseable {
  /** Never all interfaces: the server is for this machine's own browser. */
  static final InetAddress LOOPBACK = loopback();

  /** The page's files, by path: only these are served, so no request path ever becomes a file path. */
  private static final Map<String, String[]> PAGE = Map.of(
      "/", new String[] {"index.html", "text/html; charset=utf-8"},
      "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
      "/app.css", new String[] {"app.css", "text/css; charset=utf-8"},
      "/favicon.svg", new String[] {"favicon.svg", "image/svg+xml"});

  /** The API's paths. */
  private static final java.util.Set<String> API = java.util.Set.of("/api/info", "/api/template", "/api/calculate",
      "/api/report");

  /**
   * Served with every reply: the page may run only its own script and talk only to this server, and no
   * other page may frame it, sniff its replies or learn its address (which holds the token). Inline
   * styles are allowed because the one-page report, shown in a frame of the page, carries its stylesheet
   * inline (it is one self-contained file) and a frame's document inherits the page's policy; the page
   * itself never puts text from a reply into its markup, so there is nothing to inject a style into.
   */
  private static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; connect-src 'self'; frame-src 'self'; form-action 'none'; frame-ancestors 'self';"
          + " base-uri 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "Cache-Control", "no-store",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Cross-Origin-Resource-Policy", "same-origin");

  /** How much of a refused request's body is read so that its client sees the reply; beyond it, the connection closes. */
  private static final long DRAIN_BYTES = 16L * 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService workers;
  private final Access access;
  private final TempFolders temp;
  private final Api api;
  private final PrintWriter log;

  private WebServer(HttpServer server, ExecutorService workers, Access access, TempFolders temp, Api api,
      PrintWriter log) {
    this.server = server;
    this.workers = workers;
    this.access = access;
    this.temp = temp;
    this.api = api;
    this.log = log;
  }

  /**
   * Starts a server on 127.0.0.1 with the default limits (200 MB an upload), its temporary files in the
   * system's temporary folder.
   *
   * @param port the port, or 0 for any free one
   * @param log where counts and errors are written (never file names or contents)
   * @return the running server
   * @throws IOException if the port cannot be bound or the temporary folder made
   */
  public static WebServer start(int port, PrintWriter log) throws IOException {
    return start(port, Limits.DEFAULT, Path.of(System.getProperty("java.io.tmpdir")), log);
  }

  /** Starts a server with these limits, its private temporary folder made inside {@code tempParent}. */
  static WebServer start(int port, Limits limits, Path tempParent, PrintWriter log) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
    TempFolders temp = TempFolders.create(tempParent);
    AtomicInteger n = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "impact-serve-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Access access = new Access(Access.newToken(), server.getAddress().getPort());
    WebServer web = new WebServer(server, workers, access, temp, new Api(limits, temp), log);
    server.createContext("/", web::handle);
    server.setExecutor(workers);
    server.start();
    return web;
  }

  /**
   * The port listened on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * The page's address with the token.
   *
   * @return {@code http://127.0.0.1:PORT/?token=T}
   */
  public URI address() {
    return URI.create("http://127.0.0.1:" + port() + "/?" + Access.PARAMETER + "=" + access.token());
  }

  /**
   * A file in the private temporary folder that sends a browser to {@link #address()}. Opening it
   * rather than the address keeps the token off the command line of the program that opens the
   * browser, where any user of the machine could read it.
   *
   * @return the file to open
   * @throws IOException if it cannot be written
   */
  public Path launcher() throws IOException {
    Path file = temp.root().resolve("open.html");
    String url = address().toString();
    Files.writeString(file, "<!doctype html><meta charset=utf-8><title>impact</title>"
        + "<meta http-equiv=refresh content=\"0;url=" + url + "\"><a href=\"" + url + "\">Open impact</a>\n",
        StandardCharsets.UTF_8);
    return file;
  }

  /** Stops listening, ends the workers and deletes every temporary file. Safe to call more than once. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    temp.close();
  }

  /** The private temporary folder (for tests). */
  Path tempRoot() {
    return temp.root();
  }

  private void handle(HttpExchange exchange) {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    Api.Reply reply;
    try {
      if (!access.allows(exchange.getRequestURI(), exchange.getRequestHeaders())) {
        reply = new Api.Reply(403, "text/plain; charset=utf-8", ("Forbidden. Open the address impact serve"
            + " printed, with its ?token=…\n").getBytes(StandardCharsets.UTF_8), Map.of(), "no token");
      } else {
        reply = route(exchange, method, path);
      }
    } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
      boolean memory = e instanceof OutOfMemoryError;
      // the command line's advice (Failures): twice the heap Java has, so that it is more than now
      long heap = Runtime.getRuntime().maxMemory() >> 20;
      reply = Api.Reply.error(500, memory ? "these files need more than the " + heap + " MB of memory Java was"
          + " given; stop the page and start it again with more, for example JAVA_OPTS=-Xmx"
          + Math.max(1, 2 * heap / 1024 + 1) + "g impact serve" : "internal error (" + where(e) + "); please report it");
    }
    send(exchange, reply);
    if (reply.summary() != null && (reply.status() >= 400 || path.startsWith("/api/"))) {
      // Only this server's own paths are logged: any other is a request's text, which could hold
      // anything, escape sequences for the terminal included.
      boolean known = (PAGE.containsKey(path) || API.contains(path)) && (method.equals("GET") || method.equals("POST"));
      synchronized (log) {
        log.println((known ? method + " " + path : "a request for another path") + ": " + reply.status() + " ("
            + reply.summary() + ")");
        log.flush();
      }
    }
  }

  private Api.Reply route(HttpExchange exchange, String method, String path) throws IOException {
    boolean get = method.equals("GET");
    boolean post = method.equals("POST");
    String[] page = PAGE.get(path.equals("/index.html") ? "/" : path);
    if (page != null || path.equals("/api/info") || path.equals("/api/template")) {
      if (!get) {
        return Api.Reply.error(405, "use GET");
      }
      if (page != null) {
        return page(page, exchange);
      }
      return path.equals("/api/info") ? api.info()
          : api.template(query(exchange, "file"), query(exchange, "bank"));
    }
    if (path.equals("/api/calculate") || path.equals("/api/report")) {
      if (!post) {
        return Api.Reply.error(405, "use POST");
      }
      Reports.Format format = path.equals("/api/calculate") ? Reports.Format.JSON
          : Reports.Format.of(query(exchange, "format"));
      if (format == null) {
        return Api.Reply.error(400, "format must be one of " + Reports.Format.ids());
      }
      return api.calculate(exchange, format, path.equals("/api/report"));
    }
    return Api.Reply.error(404, "no such page");
  }

  private Api.Reply page(String[] page, HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = WebServer.class.getResourceAsStream(page[0])) {
      if (in == null) {
        throw new IOException("the page's file " + page[0] + " is missing from the jar");
      }
      body = in.readAllBytes();
    }
    // The first visit brings the token in the address; the cookie carries it from then on.
    Map<String, String> headers = page[0].equals("index.html") && access.inAddress(exchange.getRequestURI())
        ? Map.of("Set-Cookie", access.cookie()) : Map.of();
    return new Api.Reply(200, page[1], body, headers, null);
  }

  private static String query(HttpExchange exchange, String name) {
    return Access.query(exchange.getRequestURI(), name);
  }

  private void send(HttpExchange exchange, Api.Reply reply) {
    try (exchange) {
      boolean unread = !drain(exchange.getRequestBody());
      SECURITY_HEADERS.forEach(exchange.getResponseHeaders()::set);
      reply.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.getResponseHeaders().set("Content-Type", reply.mediaType());
      if (unread) {
        exchange.getResponseHeaders().set("Connection", "close");
      }
      exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(reply.body());
      }
    } catch (IOException e) {
      // The browser went away before the reply was sent: nothing to do, and nothing to keep.
    }
  }

  /**
   * Where a bug struck, for its report: the exception's class and impact's innermost frame. Never its
   * message, which may quote the user's data.
   */
  static String where(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("org.impactkit.")) {
        return e.getClass().getSimpleName() + " at " + frame.getClassName() + "." + frame.getMethodName() + ":"
            + frame.getLineNumber();
      }
    }
    return e.getClass().getSimpleName();
  }

  /**
   * Reads what is left of a request's body (all of it when a request is refused unread) before the reply,
   * since a client still sending when the server closes the connection sees the connection reset, not the
   * reply. Up to {@link #DRAIN_BYTES}; whether the body ended within them.
   */
  private static boolean drain(InputStream body) {
    try {
      byte[] buffer = new byte[64 * 1024];
      for (long n = 0; n <= DRAIN_BYTES;) {
        int r = body.read(buffer);
        if (r < 0) {
          return true;
        }
        n += r;
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
