package org.impactkit.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadContentTypeException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.impactkit.diagnostic.Diagnostic;
import org.impactkit.evaluation.EvaluationFiles;

/**
 * One upload (SPEC §11): the multipart form's files, each in a part named {@code files}, and its option
 * fields, streamed into the request's private folder. The files become an evaluation folder the
 * library reads as it reads one named on the command line: one {@code evaluation.xlsx}, the CSV files
 * with an optional {@code evaluation.yaml}, or a zip of the folder, unpacked by {@link SafeZip}.
 */
final class Upload {
  /** The form field of the files. */
  static final String FILES = "files";
  /** More form fields than the page ever sends (its options are {@link Options#FIELDS}): not a form of the page. */
  private static final int MAX_FIELDS = 32;
  /** An option's value is a few words; more is not a form this page sent. */
  private static final int MAX_FIELD_CHARS = 200;

  private Upload() {}

  /**
   * An upload made into an evaluation folder.
   *
   * @param folder the evaluation folder, named after what the user uploaded
   * @param fields the option fields, by name
   * @param shownAs the name a file was uploaded as, by the name it is stored under, where they differ
   */
  record Received(Path folder, Map<String, String> fields, Map<String, String> shownAs) {}

  /**
   * Reads the request's form into {@code dir}, a new private folder of this request alone.
   *
   * @throws Refused 400/415 for a request that is not a form upload, 413 over a limit, 422 for file
   *     names that cannot be used (with a diagnostic for each)
   */
  static Parts receive(HttpExchange exchange, Path dir, Limits limits) throws Refused, IOException {
    Path incoming = Files.createDirectory(dir.resolve("in"));
    Map<String, String> fields = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    List<Diagnostic> badNames = new ArrayList<>();
    long bytes = 0;
    try {
      FileItemInputIterator parts = new Multipart(limits).getItemIterator(exchange);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (part.isFormField()) {
          String value = field(part);
          // every field is kept, so that Options can refuse one it does not take rather than ignore it
          if (fields.size() == MAX_FIELDS) {
            throw new Refused(400, "more than " + MAX_FIELDS + " form fields: the page sends "
                + String.join(", ", Options.FIELDS) + " and the files");
          }
          fields.put(part.getFieldName(), value);
          continue;
        }
        if (!FILES.equals(part.getFieldName())) {
          throw new Refused(400, "files go in the form field '" + FILES + "'");
        }
        String name;
        String problem;
        try {
          name = part.getName();
          problem = FileNames.problem(name);
        } catch (InvalidPathException e) {
          // FileUpload refuses a name this system cannot have as a path (a NUL in it) as it reads it.
          name = e.getInput();
          problem = "a file name with control characters in it";
        }
        if (name == null || name.isEmpty()) {
          continue; // a form sent with no file chosen
        }
        if (problem != null) {
          badNames.add(Diagnostic.error(Limits.shown(name), 0, null, "refused: " + problem));
          drain(part);
          continue;
        }
        if (names.size() >= limits.files()) {
          throw Refused.tooLarge("more than " + limits.files() + " files in one upload");
        }
        String file = name;
        if (names.stream().anyMatch(n -> n.equalsIgnoreCase(file))) {
          // two partners' exports often share a name: merging them is a rename away, dropping one loses people
          throw Refused.invalid(file, "two files of this name were uploaded; if they are the same file, keep one;"
              + " if they are two partners' records, rename them (e.g. participants-north.csv and"
              + " participants-south.csv), and both are read and merged");
        }
        bytes += save(part, incoming.resolve(file));
        names.add(file);
      }
    } catch (FileUploadContentTypeException e) {
      throw new Refused(415, "send the files as a form upload (multipart/form-data), each in a part named '"
          + FILES + "'");
    } catch (IOException e) {
      // Reading the request failed (saving is checked apart, in save): a cut or malformed upload.
      throw sizeException(e) != null
          ? Refused.tooLarge("the upload is over the " + Limits.megabytes(limits.bytes()) + " limit")
          : new Refused(400, "the upload could not be read: it is not a complete form upload");
    }
    if (!badNames.isEmpty()) {
      throw new Refused(422, "some files have names impact will not use", badNames, List.of(), 0);
    }
    return new Parts(incoming, names, fields, bytes);
  }

  /**
   * The parts of a form, saved.
   *
   * @param incoming the folder they were saved in, each under its uploaded name
   * @param names the files' names, in the order they came
   * @param fields the option fields, by name
   * @param bytes how many bytes the files held
   */
  record Parts(Path incoming, List<String> names, Map<String, String> fields, long bytes) {
    /** What the log may say of them: counts only. */
    String counts() {
      return names.size() + (names.size() == 1 ? " file, " : " files, ") + Limits.megabytes(bytes);
    }
  }

  /**
   * Lays the uploaded files out as an evaluation folder in {@code dir}, the request's folder.
   *
   * @throws Refused 413 for a zip over a limit, 422 for files that cannot be an evaluation
   */
  static Received arrange(Parts parts, Path dir, Limits limits) throws Refused, IOException {
    Path incoming = parts.incoming();
    List<String> names = parts.names();
    Map<String, String> fields = parts.fields();
    Path parent = dir.resolve("evaluation");
    if (names.isEmpty()) {
      throw Refused.invalid(null, "no files were uploaded: choose evaluation.xlsx, or the CSV files (and"
          + " evaluation.yaml), or a .zip of the evaluation folder");
    }
    Files.createDirectory(parent);
    List<String> zips = names.stream().filter(n -> FileNames.kind(n) == FileNames.Kind.ZIP).toList();
    if (!zips.isEmpty()) {
      if (names.size() > 1) {
        throw Refused.invalid(null, "upload either one .zip of the evaluation folder, or the files themselves,"
            + " not both");
      }
      String zip = zips.get(0);
      Path staged = Files.createDirectory(parent.resolve(".unpacking"));
      SafeZip.Unpacked unpacked = SafeZip.unpack(incoming.resolve(zip), zip, staged, limits);
      Path folder = parent.resolve(FileNames.folderName(
          unpacked.folder() != null ? unpacked.folder() : FileNames.stem(zip)));
      Files.move(staged, folder);
      return new Received(folder, fields, Map.of());
    }
    List<Diagnostic> others = new ArrayList<>();
    for (String n : names) {
      if (FileNames.kind(n) == FileNames.Kind.OTHER) {
        others.add(Diagnostic.error(n, 0, null, "impact reads .csv and .xlsx tables, evaluation.yaml, a bank"
            + " .json file or a .zip of the folder; leave this file out"));
      }
    }
    if (!others.isEmpty()) {
      throw new Refused(422, "some files are not of a kind impact reads", others, List.of(), 0);
    }
    String workbook = loneWorkbook(names);
    Path folder = parent.resolve(workbook == null ? "evaluation" : FileNames.folderName(FileNames.stem(workbook)));
    Files.createDirectory(folder);
    Map<String, String> shownAs = new LinkedHashMap<>();
    for (String n : names) {
      String stored = n.equals(workbook) ? "evaluation" + n.substring(n.lastIndexOf('.')).toLowerCase(Locale.ROOT) : n;
      Files.move(incoming.resolve(n), folder.resolve(stored));
      if (!stored.equals(n)) {
        shownAs.put(stored, n);
      }
    }
    return new Received(folder, fields, shownAs);
  }

  /**
   * The one workbook uploaded alone under a name of its own ({@code Derby 2024.xlsx}), to be read as the
   * folder's {@code evaluation.xlsx}; {@code null} when the upload is anything else.
   */
  private static String loneWorkbook(List<String> names) {
    List<String> tables = names.stream().filter(n -> FileNames.kind(n) == FileNames.Kind.TABLE).toList();
    if (tables.size() != 1) {
      return null;
    }
    String name = tables.get(0);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean workbook = lower.endsWith(".xlsx") || lower.endsWith(".xlsm");
    return workbook && !EvaluationFiles.readsAsInput(name) ? name : null; // the folder's own rule for names
  }

  private static String field(FileItemInput part) throws IOException, Refused {
    try (InputStream in = part.getInputStream()) {
      byte[] value = in.readNBytes(MAX_FIELD_CHARS * 4 + 1);
      if (value.length > MAX_FIELD_CHARS * 4) {
        throw new Refused(400, "the form field '" + Limits.shown(part.getFieldName()) + "' is too long");
      }
      return new String(value, StandardCharsets.UTF_8).strip();
    }
  }

  /**
   * Saves a part as a new file. A failure to write (a full disk) is the server's, so it leaves as an
   * {@link java.io.UncheckedIOException}, apart from failures to read, which are the upload's.
   */
  private static long save(FileItemInput part, Path target) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long n = 0;
    try (InputStream in = part.getInputStream();
        java.io.OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      for (int r; (r = in.read(buffer)) > 0; n += r) {
        try {
          out.write(buffer, 0, r);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return n;
  }

  private static void drain(FileItemInput part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  /** The size limit's exception when that is what {@code e} is, or what it wraps. */
  private static FileUploadSizeException sizeException(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileUploadSizeException s) {
        return s;
      }
    }
    return null;
  }
}
