package org.impactkit.evaluation;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The files of an evaluation folder, found by name ignoring case: Windows users write {@code
 * Activities.xlsx} and {@code Impact-Map.csv}, and a folder copied to Linux keeps those names. The one
 * folder lookup of both {@code calculate} and {@code sroi}.
 */
final class Folder {
  /**
   * Extensions of the tables a folder may hold. Kinds impact cannot read (.xls, .xlsb, .ods) are
   * included so that they are refused by name ("save it as .xlsx") rather than reported missing.
   */
  static final List<String> TABLE_EXTENSIONS = List.of(".csv", ".xlsx", ".xlsm", ".xls", ".xlsb", ".ods");

  private final Path dir;
  private final List<Path> files;

  private Folder(Path dir, List<Path> files) {
    this.dir = dir;
    this.files = files;
  }

  /** The regular files of a folder, in name order. */
  static Folder of(Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    return new Folder(dir, files);
  }

  /** The folder. */
  Path dir() {
    return dir;
  }

  /** The first of {@code names} the folder holds, or {@code null}. */
  Path first(String... names) {
    for (String n : names) {
      for (Path p : files) {
        if (p.getFileName().toString().equalsIgnoreCase(n)) {
          return p;
        }
      }
    }
    return null;
  }

  /** The first table named {@code stem} with any of the {@link #TABLE_EXTENSIONS} (or those given). */
  Path table(String stem, List<String> extensions) {
    return first(extensions.stream().map(e -> stem + e).toArray(String[]::new));
  }

  /** The first table named {@code stem}, of any kind. */
  Path table(String stem) {
    return table(stem, TABLE_EXTENSIONS);
  }

  /** Tables named {@code prefix}, {@code prefix-anything} or {@code prefix_anything}, in name order. */
  List<Path> tables(String prefix) {
    List<Path> found = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      if (TABLE_EXTENSIONS.stream().anyMatch(name::endsWith) && name.startsWith(prefix)) {
        String rest = name.substring(prefix.length(), name.lastIndexOf('.'));
        if (rest.isEmpty() || rest.startsWith("-") || rest.startsWith("_")) {
          found.add(p);
        }
      }
    }
    return found;
  }

  /**
   * Other files holding the same table as {@code file} in another format, e.g. {@code participants.xlsx}
   * beside {@code participants.csv} (a common result of opening a CSV in Excel and saving it).
   */
  List<Path> twins(Path file) {
    String name = file.getFileName().toString();
    String stem = name.substring(0, name.lastIndexOf('.'));
    List<Path> twins = new ArrayList<>();
    for (String ext : TABLE_EXTENSIONS) {
      Path other = first(stem + ext);
      if (other != null && !other.getFileName().toString().equalsIgnoreCase(name)) {
        twins.add(other);
      }
    }
    return twins;
  }

  /** The names of the folder's tables other than {@code read}: the ones impact does not take by their names. */
  List<String> otherTables(Collection<Path> read) {
    List<String> names = new ArrayList<>();
    for (Path p : files) {
      String name = p.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (TABLE_EXTENSIONS.stream().anyMatch(lower::endsWith) && !read.contains(p)) {
        names.add(name);
      }
    }
    return names;
  }
}
