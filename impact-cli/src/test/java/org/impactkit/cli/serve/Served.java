package org.impactkit.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** A server started for a test, with a client that sends its token; closed by the test. */
final class Served implements AutoCloseable {
  final WebServer server;
  final HttpClient client = HttpClient.newHttpClient();
  final ByteArrayOutputStream log = new ByteArrayOutputStream();

  Served(Path tempParent, Limits limits) throws IOException {
    server = WebServer.start(0, limits, tempParent, new PrintWriter(log, true, StandardCharsets.UTF_8));
  }

  String token() {
    String a = server.address().toString();
    return a.substring(a.indexOf("token=") + "token=".length());
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  /** A GET with the token in its header. */
  HttpResponse<byte[]> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-Impact-Token", token()).GET().build());
  }

  /** A form POST with the token in its header. */
  HttpResponse<byte[]> post(String path, Form form) {
    return send(HttpRequest.newBuilder(uri(path)).header("X-Impact-Token", token())
        .header("Content-Type", form.contentType()).POST(form.publisher()).build());
  }

  HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The request folders left in the server's temporary folder: none once every reply is sent. */
  List<Path> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(server.tempRoot())) {
      return s.filter(p -> p.getFileName().toString().startsWith(TempFolders.REQUEST_PREFIX)).toList();
    }
  }

  @Override
  public void close() {
    server.close();
  }

  static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A zip of {@code folder}'s files under the folder's name, as a file manager's "compress" makes one. */
  static byte[] zipOf(Path folder, String... extraEntries) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
      String top = folder.getFileName().toString() + "/";
      zip.putNextEntry(new ZipEntry(top));
      zip.closeEntry();
      for (Path p : files.sorted().toList()) {
        zip.putNextEntry(new ZipEntry(top + p.getFileName()));
        zip.write(Files.readAllBytes(p));
        zip.closeEntry();
      }
      for (String extra : extraEntries) {
        zip.putNextEntry(new ZipEntry(extra));
        zip.write("clutter".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
