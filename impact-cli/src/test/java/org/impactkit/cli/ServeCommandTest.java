package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code impact serve} as a user starts and stops it (SPEC §11). */
class ServeCommandTest {
  private static final Pattern ADDRESS = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/\\?token=([A-Za-z0-9_-]{43})");

  @Test
  @DisplayName("Done when: 'impact serve --port P --no-open' prints http://127.0.0.1:P/?token=…, answers 403 without"
      + " the token, and stopping it (as Ctrl-C does) deletes its temporary files")
  void startsPrintsAndStopsCleanly(@TempDir Path tmp) throws Exception {
    int port = freePort();
    // A child JVM: stopping it by signal runs the shutdown hook, as Ctrl-C does.
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", Integer.toString(port), "--no-open")
        .redirectError(tmp.resolve("stderr.txt").toFile()).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      List<String> printed = new ArrayList<>();
      Matcher address = null;
      for (String line; address == null && (line = out.readLine()) != null;) {
        printed.add(line);
        Matcher m = ADDRESS.matcher(line);
        address = m.find() ? m : null;
      }
      assertThat(address).as("printed: %s", printed).isNotNull();
      assertThat(address.group(1)).isEqualTo(Integer.toString(port));

      HttpClient client = HttpClient.newHttpClient();
      URI root = URI.create("http://127.0.0.1:" + port + "/");
      assertThat(client.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode()).isEqualTo(403);
      assertThat(client.send(HttpRequest.newBuilder(URI.create(address.group())).build(),
          HttpResponse.BodyHandlers.ofString()).body()).contains("<input id=\"files\"");
      assertThat(serverFolders(tmp)).hasSize(1);
    } finally {
      p.destroy(); // SIGTERM: the JVM runs its shutdown hooks, as for Ctrl-C's SIGINT
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(tmp.resolve("stderr.txt")).content(StandardCharsets.UTF_8).contains("impact serve stopped.");
    assertThat(serverFolders(tmp)).isEmpty();
  }

  @Test
  @DisplayName("a port in use is a clear message and exit 1, not a stack trace")
  void portInUse() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      Cli r = Cli.run("serve", "--port", Integer.toString(busy.getLocalPort()), "--no-open");
      assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
      assertThat(r.err()).isEqualTo("impact: port " + busy.getLocalPort()
          + " is in use; choose another with --port, or --port 0 for any free one\n");
    }
    assertThat(Cli.run("serve", "--port", "70000").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  @DisplayName("the help lists serve, and 'impact serve --help' says what it does")
  void help() {
    assertThat(Cli.run("--help").out()).contains("  serve ");
    Cli serve = Cli.run("serve", "--help");
    assertThat(serve.exitCode()).isZero();
    assertThat(serve.out()).contains("--port", "--no-open", "never leave this computer");
  }

  @Test
  @DisplayName("a server killed outright leaves its uploads behind; the next server to start deletes them, and"
      + " never the folder of a server still running")
  void killedServersFolderIsSweptByTheNext(@TempDir Path tmp) throws Exception {
    Process killed = serve(tmp);
    Process running = null;
    Process next = null;
    try {
      List<Path> left = serverFolders(tmp);
      assertThat(left).hasSize(1);
      Files.writeString(left.get(0).resolve("participants.csv"), "personal data");
      killed.destroyForcibly(); // SIGKILL: no shutdown hook runs
      assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(left.get(0).resolve("participants.csv")).exists();
      // a folder is swept only once it is a minute old (its server may be between making and locking it)
      Files.setLastModifiedTime(left.get(0), FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));

      running = serve(tmp);
      List<Path> runningFolders = serverFolders(tmp);
      assertThat(runningFolders).hasSize(1).doesNotContain(left.get(0));
      assertThat(left.get(0)).doesNotExist();

      Files.setLastModifiedTime(runningFolders.get(0), FileTime.from(Instant.now().minus(Duration.ofMinutes(2))));
      next = serve(tmp);
      assertThat(serverFolders(tmp)).as("the running server's folder is kept").hasSize(2)
          .containsAll(runningFolders);
    } finally {
      for (Process p : new Process[] {killed, running, next}) {
        if (p != null) {
          p.destroy();
          p.waitFor(60, TimeUnit.SECONDS);
        }
      }
    }
  }

  /** {@code impact serve} in a child JVM whose temporary folder is {@code tmp}, once it has printed its address. */
  private static Process serve(Path tmp) throws IOException {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--port", Integer.toString(freePort()), "--no-open")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null;) {
      if (ADDRESS.matcher(line).find()) {
        return p;
      }
    }
    p.destroy();
    throw new AssertionError("impact serve printed no address");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private static List<Path> serverFolders(Path tmp) throws IOException {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.filter(f -> f.getFileName().toString().startsWith("impact-serve-")).toList();
    }
  }
}
