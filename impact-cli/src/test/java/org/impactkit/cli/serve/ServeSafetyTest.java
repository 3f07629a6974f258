package org.impactkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SPEC §11's promises about who can reach the server and what an upload can do: the token, loopback
 * only, no CORS, and hostile uploads (random bytes, zip bombs, paths out of the folder) each refused
 * with a 4xx, nothing written outside the request's folder, and the server still serving.
 */
class ServeSafetyTest {
  /** Small, so an upload over it is quick to make. */
  static final Limits SMALL = new Limits(1024 * 1024, 20, 50);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The test's own folder: the server's temporary folder is made in {@code temp/server}, so all else is outside. */
  @TempDir Path temp;
  Path serverParent;
  Served served;

  @BeforeEach
  void start() throws IOException {
    serverParent = Files.createDirectory(temp.resolve("server"));
    served = new Served(serverParent, SMALL);
  }

  @AfterEach
  void stop() {
    served.close();
  }

  HttpResponse<byte[]> plain(String path, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(served.uri(path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return served.send(b.build());
  }

  @Test
  @DisplayName("Done when: requests without the token get 403; with it in the address a SameSite=Strict cookie follows")
  void tokenRequired() {
    for (String path : List.of("/", "/app.js", "/app.css", "/api/info", "/api/template", "/nothing")) {
      assertThat(plain(path).statusCode()).as(path).isEqualTo(403);
      assertThat(plain(path + "?token=wrong").statusCode()).as(path).isEqualTo(403);
      assertThat(plain(path, "X-Impact-Token", served.token() + "x").statusCode()).as(path).isEqualTo(403);
    }
    HttpResponse<byte[]> post = served.send(HttpRequest.newBuilder(served.uri("/api/calculate"))
        .POST(ServeApiTest.derbyFiles().publisher()).header("Content-Type", "multipart/form-data; boundary=x").build());
    assertThat(post.statusCode()).isEqualTo(403);

    HttpResponse<byte[]> first = plain("/?token=" + served.token());
    assertThat(first.statusCode()).isEqualTo(200);
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/")
        .startsWith("impact-" + served.server.port() + "=" + served.token() + ";");
    assertThat(plain("/app.js", "Cookie", cookie.substring(0, cookie.indexOf(';'))).statusCode()).isEqualTo(200);
    assertThat(plain("/api/info", "X-Impact-Token", served.token()).statusCode()).isEqualTo(200);
  }

  @Test
  @DisplayName("no CORS, and another site's origin or host name is refused even with the token (DNS rebinding)")
  void noCrossOrigin() {
    HttpResponse<byte[]> foreign = plain("/api/info", "X-Impact-Token", served.token(), "Origin", "https://evil.example");
    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<byte[]> own = plain("/api/info", "X-Impact-Token", served.token(),
        "Origin", "http://127.0.0.1:" + served.server.port());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<byte[]> preflight = served.send(HttpRequest.newBuilder(served.uri("/api/calculate"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.example").build());
    assertThat(preflight.statusCode()).isEqualTo(403);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  @DisplayName("Done when: it listens on 127.0.0.1 only: not on another loopback address, so not on every interface")
  void loopbackOnly() {
    assertThat(served.server.address().toString()).startsWith("http://127.0.0.1:" + served.server.port() + "/?token=");
    // Bound to every interface, 127.0.0.2 would answer too; bound to 127.0.0.1 alone, it cannot.
    assertThatThrownBy(() -> {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.2", served.server.port()), 5000);
      }
    }).isInstanceOf(ConnectException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluation.zip", "participants.csv", "evaluation.xlsx", "bank.json"})
  @DisplayName("Done when: random bytes get a 4xx, whatever they are called, and the server still answers")
  void randomBytes(String name) throws IOException {
    byte[] junk = new byte[64 * 1024];
    new Random(42).nextBytes(junk);
    Form form = new Form().file(name, junk);
    if (name.equals("participants.csv")) {
      form.file("activities.csv", junk);
    }
    if (name.equals("bank.json")) {
      form.file(ServeApiTest.DERBY.resolve("activities.csv")).file(ServeApiTest.DERBY.resolve("participants.csv"))
          .field("bank", "bank.json");
    }
    HttpResponse<byte[]> r = served.post("/api/calculate", form);

    assertThat(r.statusCode()).as(Served.text(r)).isEqualTo(422);
    assertThat(JSON.readTree(r.body()).get("diagnostics")).isNotEmpty();
    if (name.endsWith(".zip")) {
      JsonNode d = JSON.readTree(r.body()).get("diagnostics").get(0);
      assertThat(d.get("message").asText()).isEqualTo("not a zip file, or a damaged one");
      assertThat(d.get("text").asText()).isEqualTo(name + ": not a zip file, or a damaged one");
    }
    assertStillServingAndClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {"bank: /etc/passwd", "bank: ../../../../../../../../etc/passwd", "indices: /proc/self/environ"})
  @DisplayName("an uploaded evaluation.yaml naming a file outside the upload is refused before it is read")
  void settingsNamingFilesOutside(String line) throws IOException {
    Form form = new Form().file(ServeApiTest.DERBY.resolve("activities.csv"))
        .file(ServeApiTest.DERBY.resolve("participants.csv"))
        .file("evaluation.yaml", (line + "\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> r = served.post("/api/calculate", form);
    assertThat(r.statusCode()).as(Served.text(r)).isEqualTo(422);
    JsonNode diagnostics = JSON.readTree(r.body()).get("diagnostics");
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).get("text").asText()).startsWith("evaluation.yaml:1:")
        .contains(line.substring(0, line.indexOf(':')) + ": '", "is not among the files uploaded");
    assertThat(Served.text(r)).doesNotContain("root:", "PATH=", "not valid JSON");
    assertStillServingAndClean();
  }

  @Test
  @DisplayName("random bytes that are not a form upload at all get 415; a cut form 400")
  void notAFormUpload() throws IOException {
    byte[] junk = new byte[4096];
    new Random(7).nextBytes(junk);
    HttpResponse<byte[]> raw = served.send(HttpRequest.newBuilder(served.uri("/api/calculate"))
        .header("X-Impact-Token", served.token()).header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(junk)).build());
    assertThat(raw.statusCode()).isEqualTo(415);
    HttpResponse<byte[]> cut = served.send(HttpRequest.newBuilder(served.uri("/api/calculate"))
        .header("X-Impact-Token", served.token()).header("Content-Type", "multipart/form-data; boundary=abc")
        .POST(HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"files\";"
            + " filename=\"a.csv\"\r\n\r\nid,name\r\n1,")).build());
    assertThat(cut.statusCode()).isEqualTo(400);
    assertStillServingAndClean();
  }

  @Test
  @DisplayName("Done when: a zip bomb gets 413 before it is unpacked, and a zip lying about its sizes when it is")
  void zipBombs() throws IOException {
    byte[] bomb = zip("bomb/participants.csv", 20 * 1024 * 1024); // 20 MB of zeros: about 20 kB zipped
    assertThat(bomb.length).isLessThan((int) SMALL.bytes() / 10);
    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file("bomb.zip", bomb));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("unpacks to more than 1 MB");

    // The same zip with its central directory claiming 10 bytes: caught while unpacking.
    HttpResponse<byte[]> liar = served.post("/api/calculate", new Form().file("liar.zip", claimSize(bomb, 10)));
    assertThat(liar.statusCode()).isEqualTo(413);

    ByteArrayOutputStream many = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(many)) {
      for (int i = 0; i <= SMALL.zipEntries(); i++) {
        z.putNextEntry(new ZipEntry("f/" + i + ".csv"));
        z.closeEntry();
      }
    }
    assertThat(served.post("/api/calculate", new Form().file("many.zip", many.toByteArray())).statusCode())
        .isEqualTo(413);
    assertStillServingAndClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.csv", "eval/../../evil.csv", "/tmp/evil.csv", "..\\evil.csv", "C:evil.csv"})
  @DisplayName("Done when: a zip with ../ or absolute entries gets a 4xx and nothing is written outside")
  void zipSlip(String entry) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry("eval/activities.csv"));
      z.write(Files.readAllBytes(ServeApiTest.DERBY.resolve("activities.csv")));
      z.closeEntry();
      z.putNextEntry(new ZipEntry(entry));
      z.write("id,outcome\n".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file("slip.zip", bytes.toByteArray()));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(r.body()).get("error").asText()).contains("outside the zip's folder");
    assertNoFileNamed("evil.csv");
    assertStillServingAndClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../evil.csv", "sub/evil.csv", "..", "evil\u0000.csv", "evil\u202e.csv", "C:evil.csv"})
  @DisplayName("uploaded file names with folders, '..' or control characters are refused, never used as paths")
  void hostileFileNames(String name) throws IOException {
    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file(name, "id\n1\n".getBytes(StandardCharsets.UTF_8))
        .file(ServeApiTest.DERBY.resolve("activities.csv")));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(JSON.readTree(r.body()).at("/diagnostics/0/message").asText()).startsWith("refused: a file name");
    assertNoFileNamed("evil.csv");
    assertStillServingAndClean();
  }

  @Test
  @DisplayName("an upload over the limit gets 413, as do more files than the limit")
  void oversize() throws IOException {
    byte[] big = new byte[(int) SMALL.bytes() + 1];
    HttpResponse<byte[]> r = served.post("/api/calculate", new Form().file("participants.csv", big));
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("the upload is over the 1 MB limit");

    Form many = new Form();
    for (int i = 0; i <= SMALL.files(); i++) {
      many.file("participants-" + i + ".csv", new byte[] {'a'});
    }
    assertThat(served.post("/api/calculate", many).statusCode()).isEqualTo(413);
    assertStillServingAndClean();
  }

  @Test
  @DisplayName("the log holds counts and errors only: no file name, no path a request made up, no escape sequence")
  void logsCountsAndErrorsOnly() throws IOException {
    served.post("/api/calculate", ServeApiTest.derbyFiles());
    served.post("/api/calculate", new Form().file("jane-smith-\u001b[31m.csv", new byte[] {1}));
    served.post("/api/calculate", new Form().file("participants-jane-smith.zip", new byte[] {1, 2, 3}));
    plain("/jane-smith/%1b%5B2J");

    String log = served.log.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("POST /api/calculate: 200 (3 files, ", "POST /api/calculate: 422 (1 file, 1 kB; 1 problem)",
        "a request for another path: 403 (no token)");
    assertThat(log).doesNotContain("jane", "participants", "\u001b");
  }

  @Test
  @DisplayName("closing the server deletes its temporary folder")
  void closeDeletesTemporaryFiles() {
    Path root = served.server.tempRoot();
    assertThat(root).isDirectory();
    served.close();
    assertThat(root).doesNotExist();
  }

  private void assertStillServingAndClean() throws IOException {
    assertThat(served.get("/").statusCode()).isEqualTo(200);
    assertThat(served.leftovers()).isEmpty();
    try (Stream<Path> s = Files.list(serverParent)) {
      assertThat(s.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("impact-serve-"));
    }
  }

  private void assertNoFileNamed(String name) throws IOException {
    try (Stream<Path> s = Files.walk(temp)) {
      assertThat(s.filter(p -> p.getFileName().toString().equals(name))).isEmpty();
    }
    assertThat(Path.of(name)).doesNotExist();
    assertThat(Path.of("/tmp", name)).doesNotExist();
  }

  /** A zip of one entry of {@code size} zero bytes. */
  static byte[] zip(String entry, int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(entry));
      byte[] zeros = new byte[64 * 1024];
      for (int n = 0; n < size; n += zeros.length) {
        z.write(zeros, 0, Math.min(zeros.length, size - n));
      }
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** The zip with every central directory entry claiming {@code size} bytes unpacked. */
  static byte[] claimSize(byte[] zip, int size) {
    byte[] copy = zip.clone();
    ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 <= copy.length; i++) {
      if (b.getInt(i) == 0x02014b50) { // central directory file header
        b.putInt(i + 24, size);
      }
    }
    return copy;
  }
}
