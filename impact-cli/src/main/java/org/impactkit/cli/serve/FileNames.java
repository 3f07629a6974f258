package org.impactkit.cli.serve;

import java.util.Locale;
import java.util.regex.Pattern;
import org.impactkit.evaluation.EvaluationFiles;

/**
 * Uploaded file names are untrusted text: a browser sends a base name, but any client can send {@code
 * ../../.bashrc}. A name is used as a path only after {@link #check} accepted it as one plain name.
 */
final class FileNames {
  /** Longer names are refused: most file systems stop at 255 bytes. */
  static final int MAX_LENGTH = 200;

  /**
   * Names Windows keeps for devices, whatever the extension: writing {@code con.csv} there writes to the
   * console, and {@code nul.csv} to nowhere. The part before the first dot is compared, ignoring case.
   */
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$)");

  private FileNames() {}

  /** What impact does with a file, by its extension. */
  enum Kind {
    /** A table: activities, participants, counts or one evaluation.xlsx (and the kinds refused by name). */
    TABLE,
    /** evaluation.yaml. */
    SETTINGS,
    /** A value bank file. */
    BANK,
    /** A zip of an evaluation folder. */
    ZIP,
    /** Anything else. */
    OTHER
  }

  /**
   * Why {@code name} cannot be a file name here, or {@code null} when it can: it must be one plain
   * name, with no folder separator, no {@code ..}, no control or invisible formatting characters, no
   * {@code :} (a drive or an alternate stream on Windows) and no name Windows keeps for a device.
   */
  static String problem(String name) {
    if (name == null || name.isBlank()) {
      return "a file without a name";
    }
    if (name.length() > MAX_LENGTH) {
      return "a file name longer than " + MAX_LENGTH + " characters";
    }
    if (name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
      return "a file name with a folder in it";
    }
    if (name.contains("..")) {
      return "a file name with '..' in it";
    }
    for (int i = 0; i < name.length(); i++) {
      int type = Character.getType(name.charAt(i));
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return "a file name with control characters in it";
      }
    }
    int dot = name.indexOf('.');
    if (WINDOWS_DEVICE.matcher((dot < 0 ? name : name.substring(0, dot)).stripTrailing()).matches()) {
      return "a file name Windows keeps for a device (CON, NUL, COM1…); rename the file";
    }
    if (!name.strip().equals(name) || name.endsWith(".")) {
      // Windows drops trailing spaces and dots, so such a name would not be the file it says.
      return "a file name that begins or ends with a space, or ends with a dot";
    }
    return null;
  }

  /** The kind of file {@code name} names, by its extension (ignoring case). */
  static Kind kind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (EvaluationFiles.isTable(name)) { // the folder lookup's own list
      return Kind.TABLE;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Kind.SETTINGS;
    }
    if (lower.endsWith(".json")) {
      return Kind.BANK;
    }
    return lower.endsWith(".zip") ? Kind.ZIP : Kind.OTHER;
  }

  /**
   * Whether a zip entry is what an operating system adds when it makes the zip (macOS's
   * {@code __MACOSX/} and {@code ._} files, {@code .DS_Store}, Windows's {@code Thumbs.db}), never
   * part of an evaluation.
   */
  static boolean isSystemClutter(String entry) {
    for (String part : entry.split("/")) {
      if (part.equals("__MACOSX") || part.startsWith(".") || part.equalsIgnoreCase("Thumbs.db")
          || part.equalsIgnoreCase("desktop.ini")) {
        return true;
      }
    }
    return false;
  }

  /** The name without its last extension. */
  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /**
   * A folder name made from {@code text} (a zip's or workbook's name), so an evaluation without a name
   * in {@code evaluation.yaml} is called what the user called it, as {@code impact calculate FOLDER}
   * calls it after its folder. Letters, digits, spaces, {@code .-_} and {@code ()} are kept.
   */
  static String folderName(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints().forEach(c -> sb.appendCodePoint(
        Character.isLetterOrDigit(c) || " -_.()".indexOf(c) >= 0 ? c : '-'));
    String name = sb.toString().strip().replaceAll("^[.\\s]+|[.\\s]+$", "");
    if (name.length() > 80) {
      name = name.substring(0, 80).strip();
    }
    return name.isEmpty() || problem(name) != null ? "evaluation" : name;
  }
}
