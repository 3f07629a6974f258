package org.impactkit.read.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
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
      byte[] buf = new byte[1 << 16];
      int n = in.readNBytes(buf, 0, 4);
      if (n >= 2 && ((buf[0] == (byte) 0xFF && buf[1] == (byte) 0xFE) || (buf[0] == (byte) 0xFE && buf[1] == (byte) 0xFF))) {
        throw new NotTextException("the file is UTF-16 text; save it as \"CSV UTF-8\"");
      }
      if (utf16WithoutMark(buf, n)) {
        throw new NotTextException("the file is UTF-16 text (without a byte-order mark); save it as \"CSV UTF-8\"");
      }
      int bom = startsWithUtf8Bom(buf, n) ? 3 : 0;
      Utf8Validator utf8 = new Utf8Validator();
      boolean windows1252Valid = true;
      int start = bom;
      while (n > 0) {
        for (int i = start; i < n; i++) {
          if (utf8.pending == 0) {
            while (i < n && buf[i] > 0) {
              i++; // plain ASCII, the common case, in a loop of its own
            }
            if (i == n) {
              break;
            }
          }
          int b = buf[i];
          if (b == 0) {
            throw new NotTextException("the file holds binary data, not text; is it really a CSV file?");
          }
          int u = b & 0xFF;
          if (u == 0x81 || u == 0x8D || u == 0x8F || u == 0x90 || u == 0x9D) {
            windows1252Valid = false;
          }
          utf8.accept(u);
        }
        start = 0;
        n = in.read(buf);
      }
      if (utf8.valid && utf8.pending == 0) {
        return new Detected(StandardCharsets.UTF_8, bom);
      }
      if (windows1252Valid && bom == 0) {
        return new Detected(WINDOWS_1252, 0);
      }
      throw new NotTextException("the file is neither UTF-8 nor Windows-1252 text; save it as \"CSV UTF-8\"");
    }
  }

  /**
   * Whether the first {@code n} bytes of {@code b} begin as ASCII text in UTF-16 does, every other byte 0 (a
   * header such as {@code pa}): what some programs save as Unicode text without a byte-order mark.
   */
  private static boolean utf16WithoutMark(byte[] b, int n) {
    boolean littleEndian = b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0;
    boolean bigEndian = b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0;
    return n == 4 && (littleEndian || bigEndian);
  }

  /** Whether the first {@code n} bytes of {@code b} begin with UTF-8's byte-order mark (EF BB BF). */
  static boolean startsWithUtf8Bom(byte[] b, int n) {
    return n >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** Checks UTF-8 byte by byte (ASCII bytes never reach it between sequences, which keeps the scan fast). */
  private static final class Utf8Validator {
    boolean valid = true;
    int pending;
    int min;
    int codePoint;

    void accept(int u) {
      if (!valid) {
        return;
      }
      if (pending > 0) {
        if ((u & 0xC0) != 0x80) {
          valid = false;
          return;
        }
        codePoint = (codePoint << 6) | (u & 0x3F);
        if (--pending == 0 && (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
          valid = false;
        }
        return;
      }
      if (u < 0x80) {
        return;
      }
      if ((u & 0xE0) == 0xC0) {
        pending = 1;
        min = 0x80;
        codePoint = u & 0x1F;
      } else if ((u & 0xF0) == 0xE0) {
        pending = 2;
        min = 0x800;
        codePoint = u & 0x0F;
      } else if ((u & 0xF8) == 0xF0) {
        pending = 3;
        min = 0x10000;
        codePoint = u & 0x07;
      } else {
        valid = false;
      }
    }
  }
}
