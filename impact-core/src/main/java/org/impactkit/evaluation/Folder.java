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
      if (isTable(p.getFileName().toString().toLowerCase(Locale.ROOT), prefix)) {
        found.add(p);
      }
    }
    return found;
  }

  /** Whether a lower-case file name is a table named {@code prefix}, {@code prefix-…} or {@code prefix_…}. */
  private static boolean isTable(String name, String prefix) {
    if (!TABLE_EXTENSIONS.stream().anyMatch(name::endsWith) || !name.startsWith(prefix)) {
      return false;
    }
    String rest = name.substring(prefix.length(), name.lastIndexOf('.'));
    return rest.isEmpty() || rest.startsWith("-") || rest.startsWith("_");
  }

  /**
   * Whether a file of this name in an evaluation folder is read as one of its inputs, by {@code calculate}
   * or by {@code sroi}: a report written under such a name would be read back, or refused as a second
   * copy of a table, the next time the folder is read.
   */
  static boolean readsAsInput(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.equals("evaluation.yaml") || name.equals("evaluation.yml")) {
      return true;
    }
    if (isTable(name, "participants") || isTable(name, "counts")) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 && TABLE_EXTENSIONS.contains(name.substring(dot))
        && List.of("activities", "evaluation", "impact-map", "impact_map", "inputs").contains(name.substring(0, dot));
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

  /**
   * The folder's tables whose names start like {@code start} (ignoring case) but are not among {@code read}:
   * {@code participants 2.csv} and {@code Participants (1).csv}, the names a second download or a copy gets,
   * beside the {@code participants.csv} that is read.
   */
  List<String> lookalikes(String start, Collection<Path> read) {
    List<String> names = new ArrayList<>();
    for (String name : otherTables(read)) {
      if (name.toLowerCase(Locale.ROOT).startsWith(start)) {
        names.add(name);
      }
    }
    return names;
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
