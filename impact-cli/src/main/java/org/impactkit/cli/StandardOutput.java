package org.impactkit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as a checked stream. A {@link PrintWriter} (and {@code System.out}) swallows write
 * errors, so a report cut short by a full disk or a closed pipe would end with exit code 0; this one
 * remembers the first error, and {@link Main#run} turns it into {@code <stdout>: writing failed: …}
 * and exit code 1 (issue 21).
 */
final class StandardOutput extends PrintWriter {
  private final Checked checked;

  /** Standard output itself, through its file descriptor rather than {@code System.out}. */
  StandardOutput() {
    this(new FileOutputStream(FileDescriptor.out));
  }

  StandardOutput(OutputStream out) {
    this(new Checked(out));
  }

  private StandardOutput(Checked checked) {
    super(new OutputStreamWriter(checked, StandardCharsets.UTF_8), true);
    this.checked = checked;
  }

  /** Why writing failed: the first error's message; {@code null} when nothing failed. */
  String failure() {
    flush();
    IOException e = checked.failure;
    return e == null ? null : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /** Passes bytes on, remembering the first error. */
  private static final class Checked extends FilterOutputStream {
    private IOException failure;

    Checked(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        throw failed(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    private IOException failed(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
