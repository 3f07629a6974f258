package org.impactkit.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks the zip of an evaluation folder, refusing what could harm the machine before anything is
 * written: more entries than the limit, a declared size over it (a zip bomb), or an entry whose path
 * leaves the folder ({@code ../}, {@code /etc}, {@code C:}). Sizes are counted again while unpacking,
 * since a zip can lie about them.
 *
 * <p>A zip of a folder holds its files under the folder's name ({@code derby/activities.csv}); folders
 * every file shares are taken off, and files in deeper folders are left out, as {@code impact
 * calculate FOLDER} reads only the folder's own files. So is what an operating system adds when it
 * makes a zip ({@code __MACOSX}, {@code .DS_Store}) and any file impact does not read.
 */
final class SafeZip {
  /** Legacy zips (Windows before UTF-8 names) write names in the DOS code page. */
  private static final Charset DOS = Charset.forName("IBM437");

  private SafeZip() {}

  /**
   * What was unpacked.
   *
   * @param folder the name of the folder every file shared, or {@code null} when none did
   */
  record Unpacked(String folder) {}

  /**
   * Unpacks {@code zip} into the empty folder {@code into}.
   *
   * @param shownAs the zip's name as uploaded, for messages
   * @throws Refused 413 over a limit, 422 for a damaged zip or a path outside the folder
   */
  static Unpacked unpack(Path zip, String shownAs, Path into, Limits limits) throws Refused, IOException {
    try (ZipFile zf = open(zip, shownAs)) {
      if (zf.size() > limits.zipEntries()) {
        throw Refused.tooLarge(shownAs + " holds " + zf.size() + " files and folders; at most " + limits.zipEntries()
            + " are accepted");
      }
      List<ZipEntry> files = new ArrayList<>();
      long declared = 0;
      for (Enumeration<? extends ZipEntry> e = zf.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        String bad = pathProblem(entry.getName());
        if (bad != null) {
          throw Refused.invalid(shownAs, bad + " (" + Limits.shown(entry.getName())
              + "); zip the evaluation folder itself");
        }
        if (entry.isDirectory() || FileNames.isSystemClutter(entry.getName())) {
          continue;
        }
        declared += Math.max(0, entry.getSize());
        if (entry.getSize() > limits.bytes() || declared > limits.bytes()) {
          throw Refused.tooLarge(shownAs + " unpacks to more than " + Limits.megabytes(limits.bytes())
              + ", the limit for one evaluation");
        }
        files.add(entry);
      }
      int common = commonFolders(files);
      String folder = common == 0 ? null : segments(files.get(0).getName()).get(common - 1);
      Set<String> seen = new HashSet<>();
      long total = 0; // what is written so far, so the room left is known
      for (ZipEntry entry : files) {
        List<String> parts = segments(entry.getName());
        if (parts.size() != common + 1) {
          continue; // in a subfolder: impact reads only the folder's own files
        }
        String name = parts.get(common);
        if (FileNames.problem(name) != null || FileNames.kind(name) == FileNames.Kind.OTHER
            || FileNames.kind(name) == FileNames.Kind.ZIP) {
          continue; // a README, a picture, a zip in the zip: not read by impact either
        }
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
          throw Refused.invalid(shownAs, "holds two files named " + name + "; keep one");
        }
        total += copy(zf, entry, into.resolve(name), limits.bytes() - total, shownAs);
      }
      return new Unpacked(folder);
    }
  }

  private static ZipFile open(Path zip, String shownAs) throws Refused, IOException {
    try {
      return new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      try {
        return new ZipFile(zip.toFile(), DOS);
      } catch (ZipException again) {
        String why = String.valueOf(e.getMessage()).contains("encrypted")
            ? "a zip with a password, which impact cannot open; zip the folder again without one"
            : "not a zip file, or a damaged one";
        throw Refused.invalid(shownAs, why);
      }
    }
  }

  /** Why an entry's path could land outside the folder, or {@code null} when it cannot. */
  static String pathProblem(String name) {
    if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf(':') >= 0) {
      return "a file with a path outside the zip's folder";
    }
    for (String part : name.split("/", -1)) {
      if (part.equals("..") || part.equals(".")) {
        return "a file with a path outside the zip's folder";
      }
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        return "a file name with control characters in it";
      }
    }
    return null;
  }

  /** How many leading folders every file shares (0 when a file lies at the top). */
  private static int commonFolders(List<ZipEntry> files) {
    if (files.isEmpty()) {
      return 0;
    }
    List<String> first = segments(files.get(0).getName());
    int common = first.size() - 1;
    for (ZipEntry e : files) {
      List<String> parts = segments(e.getName());
      int i = 0;
      while (i < common && i < parts.size() - 1 && parts.get(i).equals(first.get(i))) {
        i++;
      }
      common = i;
    }
    return common;
  }

  private static List<String> segments(String name) {
    return List.of(name.split("/"));
  }

  /** Copies one entry, refusing it when it unpacks to more than it declared or than {@code room}. */
  private static long copy(ZipFile zf, ZipEntry entry, Path target, long room, String shownAs)
      throws Refused, IOException {
    long allowed = Math.min(room, entry.getSize() < 0 ? room : entry.getSize());
    byte[] buffer = new byte[64 * 1024];
    long n = 0;
    InputStream in;
    try {
      in = zf.getInputStream(entry);
    } catch (IOException e) {
      throw damaged(entry, shownAs);
    }
    try (in; OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
      for (int r; (r = read(in, buffer, entry, shownAs)) > 0;) {
        n += r;
        if (n > allowed) {
          throw Refused.tooLarge(shownAs + " unpacks to more than it says it holds, or more than the limit"
              + " for one evaluation; it is refused");
        }
        out.write(buffer, 0, r);
      }
    }
    return n;
  }

  /** Reads from an entry; a failure there is a damaged zip, not a fault of the server's disk. */
  private static int read(InputStream in, byte[] buffer, ZipEntry entry, String shownAs) throws Refused {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw damaged(entry, shownAs);
    }
  }

  private static Refused damaged(ZipEntry entry, String shownAs) {
    return Refused.invalid(shownAs, "a damaged zip file (" + Limits.shown(entry.getName())
        + " cannot be unpacked)");
  }
}
