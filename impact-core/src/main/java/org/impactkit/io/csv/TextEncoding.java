package org.impactkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Works out how a text file is encoded: UTF-8 (with or without a byte-order mark), or Windows-1252 as
 * Excel saves "CSV" on Windows (a {@code £} is the single byte 0xA3 there). Anything else is refused.
 */
public final class TextEncoding {
  /** The Windows code page Excel uses for plain "CSV" in the UK. */
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextEncoding() {}

  /**
   * The detected encoding.
   *
   * @param charset the encoding
   * @param bomLength bytes of byte-order mark to skip
   */
  public record Detected(Charset charset, int bomLength) {}

  /** Thrown when the file is not text in a supported encoding. */
  public static final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    NotTextException(String message) {
      super(message);
    }
  }

  /**
   * Reads the whole file once to decide its encoding.
   *
   * @throws NotTextException when the file holds binary data or bytes no supported encoding allows
   */
  public static Detected detect(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
          || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
        throw new NotTextException("the file is UTF-16 text; save it as \"CSV UTF-8\"");
      }
      int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
      CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
      CharBuffer chars = CharBuffer.allocate(1 << 16);
      bytes.put(head, bom, head.length - bom);
      boolean utf8Valid = true;
      boolean windows1252Valid = true;
      boolean eof = false;
      while (!eof) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
        for (int i = bytes.position(); i < bytes.limit(); i++) {
          int b = bytes.get(i) & 0xFF;
          if (b == 0) {
            throw new NotTextException("the file holds binary data, not text; is it really a CSV file?");
          }
          if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
            windows1252Valid = false;
          }
        }
        if (utf8Valid) {
          CoderResult result = utf8.decode(bytes, chars, eof);
          if (result.isError()) {
            utf8Valid = false;
          }
          chars.clear();
        }
        if (!utf8Valid) {
          bytes.position(bytes.limit());
        }
        bytes.compact();
      }
      if (utf8Valid) {
        return new Detected(StandardCharsets.UTF_8, bom);
      }
      if (windows1252Valid && bom == 0) {
        return new Detected(WINDOWS_1252, 0);
      }
      throw new NotTextException("the file is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\"");
    }
  }
}
