package org.impactkit.cli.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A multipart/form-data body as a browser sends one, for the API tests' HTTP client. */
final class Form {
  private final String boundary = "----impact-test-boundary-7f3a";
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  /** Adds a file in the part named {@code files}, sent under {@code name} (which may be hostile). */
  Form file(String name, byte[] content) {
    return part("files", name, content);
  }

  /** Adds a file from disk under its own name. */
  Form file(Path file) {
    try {
      return file(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds an option field. */
  Form field(String name, String value) {
    return part(name, null, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds a part. */
  Form part(String field, String fileName, byte[] content) {
    String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
        + (fileName == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    return this;
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  HttpRequest.BodyPublisher publisher() {
    byte[] bytes = body.toByteArray();
    byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bytes.length + end.length];
    System.arraycopy(bytes, 0, all, 0, bytes.length);
    System.arraycopy(end, 0, all, bytes.length, end.length);
    return HttpRequest.BodyPublishers.ofByteArray(all);
  }
}
