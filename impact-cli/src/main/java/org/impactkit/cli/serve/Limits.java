package org.impactkit.cli.serve;

import org.impactkit.diagnostic.Diagnostic;


/**
 * How much one request may bring (SPEC §11): over any of these it is refused with 413 before more is
 * read or unpacked.
 *
 * @param bytes the upload's size, and also what a zip may unpack to (its files count as if sent loose)
 * @param files how many files one upload may hold
 * @param zipEntries how many entries (files and folders) a zip may list
 */
record Limits(long bytes, int files, int zipEntries) {
  /** 200 MB, SPEC §11's default: a million participant rows as CSV is well under it. */
  static final long DEFAULT_BYTES = 200L * 1024 * 1024;

  /** The defaults: 200 MB, 500 files, 10,000 zip entries. */
  static final Limits DEFAULT = new Limits(DEFAULT_BYTES, 500, 10_000);

  Limits {
    if (bytes <= 0 || files <= 0 || zipEntries <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** A size for people: {@code 200 MB}, or {@code 512 kB} below a megabyte. */
  static String megabytes(long bytes) {
    return bytes >= 1024 * 1024 ? (bytes + 1024 * 1024 - 1) / (1024 * 1024) + " MB" : (bytes + 1023) / 1024 + " kB";
  }

  /** A name from an upload, made safe to quote in a message: inert, on one line, not too long. */
  static String shown(String name) {
    return Diagnostic.shorten(name, 80);
  }
}
