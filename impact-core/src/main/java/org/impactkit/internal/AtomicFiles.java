package org.impactkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a file all or nothing: into a temporary file beside the target, flushed to disk, then
 * renamed over it. A failed write leaves no partial file and an existing file untouched. Every
 * failure is an {@link OutputException} whose message names the target and says why.
 *
 * <p>What the target is decides how (issue 21). A symbolic link is followed, and the file it points
 * to is replaced the same way, beside itself, so the link stays. A named pipe (FIFO), a character
 * device ({@code /dev/null}, a terminal) or an open file named through {@code /dev/stdout}, {@code
 * /dev/fd/N} or {@code /proc/self/fd/N} is written straight into: no temporary file, no rename, so
 * the node stays what it was. Other special files (block devices, sockets) are refused.
 *
 * <p>Temporary files are deleted when a write fails, and also when Java is stopped while one exists
 * (SIGTERM, SIGINT, {@code System.exit}): a shutdown hook deletes those still {@linkplain
 * #registerTemporary registered}. A run killed outright (SIGKILL, a power cut) cannot clean up, so
 * before writing a target its own stale temporary files (named as this class names them, last
 * modified before this run started) are swept away.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();
  /** The most symbolic links followed from a target; more is a loop. */
  private static final int MAX_LINKS = 40;
  private static final String FIFO = "a named pipe";
  private static final String CHARACTER_DEVICE = "a character device";
  /** Temporary files and folders to delete if Java is stopped while they exist. */
  private static final Set<Path> TEMPORARIES = ConcurrentHashMap.newKeySet();
  private static boolean cleanUpOnShutdown;
  /** When this run began; temporary files older than that belong to runs that are over. */
  private static Instant started;

  private AtomicFiles() {}

  /** Writes the content of a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /** An output that cannot be written; the message names the file and the reason. */
  public static final class OutputException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path target;

    OutputException(Path target, String reason, Throwable cause) {
      super(target + ": cannot write here: " + reason, cause);
      this.target = target;
    }

    /** The file that was to be written. */
    public Path target() {
      return target;
    }
  }

  /**
   * Temporary files and folders are created private (owner only); a report is an ordinary file, so it
   * gets the usual permissions before it takes its name. No-op where POSIX permissions do not exist.
   */
  public static void readableByOthers(Path path, String permissions) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
      Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(permissions));
    }
  }

  /**
   * Writes {@code target}: atomically when it is (or will be) a regular file, through a symbolic link
   * to the file it points to, and straight into a named pipe, a character device or an open file
   * descriptor (see the class comment).
   *
   * @throws OutputException when the folder is missing or not writable, the target is a folder or a
   *     special file that cannot be written, or writing fails (a regular target is then as it was)
   * @throws IOException never other than {@link OutputException}; what {@code content} throws is wrapped
   */
  public static void write(Path target, Content content) throws IOException {
    Destination destination = destination(target);
    if (destination.straight()) {
      writeStraight(target, destination.path(), content);
      return;
    }
    Path absolute = destination.path();
    Path dir = absolute.getParent();
    if (dir == null || absolute.getFileName() == null) {
      throw new OutputException(target, "give a file name", null);
    }
    if (!Files.isDirectory(dir)) {
      throw new OutputException(target, Files.exists(dir) ? dir + " is not a folder"
          : "the folder " + dir + " does not exist", null);
    }
    String name = absolute.getFileName().toString();
    sweepStaleTemporaries(dir, name);
    Path temp = createTemp(target, dir, name);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      } catch (OutputException e) {
        throw e;
      } catch (IOException e) {
        throw new OutputException(target, "writing failed: " + reason(e), e);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      } catch (FileSystemException e) {
        throw new OutputException(target, reason(e), e);
      }
    } finally {
      Files.deleteIfExists(temp);
      unregisterTemporary(temp);
    }
  }

  /**
   * Where a write goes.
   *
   * @param path the target, or the file its symbolic links lead to (which need not exist yet)
   * @param straight whether to write straight into it rather than atomically
   */
  private record Destination(Path path, boolean straight) {}

  /**
   * Where and how {@code target} is written.
   *
   * @throws OutputException when the target is a folder or a special file that cannot be written
   */
  private static Destination destination(Path target) throws OutputException {
    Path p = followLinks(target.toAbsolutePath().normalize());
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return new Destination(p, false); // a new file, or a missing folder: the checks that follow say which
    }
    if (a.isRegularFile()) {
      return new Destination(p, false);
    }
    if (a.isDirectory()) {
      throw new OutputException(target, "it is a folder; give a file name", null);
    }
    if (a.isSymbolicLink()) {
      return new Destination(p, true); // an open file descriptor: followLinks stops there
    }
    String kind = specialKind(p);
    if (kind.equals(FIFO) || kind.equals(CHARACTER_DEVICE)) {
      return new Destination(p, true);
    }
    throw new OutputException(target, "it is " + kind + ", not a file; give a file name", null);
  }

  /**
   * {@code path} with the symbolic links of its last part followed, up to a link to an open file
   * descriptor ({@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}), which names an open
   * file rather than a path and is written into as it is.
   *
   * @throws OutputException when the links loop or cannot be read
   */
  public static Path followLinks(Path path) throws OutputException {
    Path p = path;
    for (int links = 0; Files.isSymbolicLink(p) && !isDescriptor(p); links++) {
      if (links == MAX_LINKS) {
        throw new OutputException(path, "too many symbolic links (a loop?)", null);
      }
      try {
        p = p.resolveSibling(Files.readSymbolicLink(p));
      } catch (IOException e) {
        throw new OutputException(path, reason(e), e);
      }
    }
    return p;
  }

  /** Whether {@code p} is {@code /dev/fd/N}, {@code /proc/PID/fd/N} or the like: an open file, named. */
  private static boolean isDescriptor(Path p) {
    Path n = p.normalize();
    Path parent = n.getParent();
    return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("fd")
        && (n.startsWith("/proc") || n.startsWith("/dev"));
  }

  /** What kind of special file {@code p} is, in words, from its Unix file type. */
  private static String specialKind(Path p) {
    try {
      int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
      return switch (mode & 0xF000) {
        case 0x1000 -> FIFO;
        case 0x2000 -> CHARACTER_DEVICE;
        case 0x6000 -> "a block device";
        case 0xC000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "a special file"; // no Unix file types here: refused, as an unknown kind
    }
  }

  /** Writes into a pipe, a device or an open file as it is: appending, never creating or replacing it. */
  private static void writeStraight(Path target, Path path, Content content) throws IOException {
    OutputStream out;
    try {
      out = Files.newOutputStream(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new OutputException(target, reason(e), e);
    }
    try (out) {
      content.writeTo(out);
      out.flush();
    } catch (OutputException e) {
      throw e;
    } catch (IOException e) {
      throw new OutputException(target, "writing failed: " + reason(e), e);
    }
  }

  // ---------------------------------------------------------------- temporary files

  /**
   * Deletes {@code temp} (a file, or a folder with what it holds) if Java is stopped before {@link
   * #unregisterTemporary} is called: on SIGTERM, SIGINT or {@code System.exit}. For writers that keep
   * temporary files of their own beside a report.
   */
  public static void registerTemporary(Path temp) {
    synchronized (TEMPORARIES) {
      if (!cleanUpOnShutdown) {
        try {
          Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deleteTemporaries, "impact-temporaries"));
          cleanUpOnShutdown = true;
        } catch (IllegalStateException e) {
          return; // Java is already shutting down: the write fails there and deletes its file itself
        }
      }
    }
    TEMPORARIES.add(temp);
  }

  /** {@code temp} is gone or has become the report: nothing to delete on shutdown. */
  public static void unregisterTemporary(Path temp) {
    TEMPORARIES.remove(temp);
  }

  private static void deleteTemporaries() {
    for (Path temp : TEMPORARIES) {
      try (Stream<Path> walk = Files.walk(temp)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | RuntimeException e) {
        // gone already, or cannot be deleted: nothing more can be done while Java stops
      }
    }
  }

  private static synchronized Instant started() {
    if (started == null) {
      started = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }
    return started;
  }

  /**
   * Deletes the temporary files of {@code name} that earlier runs, stopped outright, left in {@code
   * dir}: regular files named {@code .NAME.<12 hex digits>.tmp}, last modified before this run began.
   * Best effort: what cannot be listed or deleted is left.
   */
  private static void sweepStaleTemporaries(Path dir, String name) {
    String prefix = "." + name + ".";
    Pattern own = Pattern.compile(Pattern.quote(prefix) + "[0-9a-f]{12}\\.tmp");
    DirectoryStream.Filter<Path> stale = p -> {
      String n = p.getFileName().toString();
      return n.startsWith(prefix) && own.matcher(n).matches();
    };
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, stale)) {
      for (Path p : found) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        // started() asks the system when this process began (about 4 ms of a run's start): only once a
        // temporary file is found, which is seldom
        if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(started())) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a folder that cannot be listed fails the write itself, with a better message
    }
  }

  /**
   * A new empty file beside the target, hidden and marked {@code .tmp}, created with the folder's
   * default permissions (a {@code createTempFile} would be private to the owner, and so would the
   * report after the rename), and deleted if Java is stopped before it is renamed.
   */
  private static Path createTemp(Path target, Path dir, String name) throws OutputException {
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        registerTemporary(temp);
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        unregisterTemporary(temp);
        if (attempt > 10) {
          throw new OutputException(target, "no temporary file could be made in " + dir, e);
        }
      } catch (AccessDeniedException e) {
        unregisterTemporary(temp);
        throw new OutputException(target, "no permission to write in the folder " + dir, e);
      } catch (IOException e) {
        unregisterTemporary(temp);
        throw new OutputException(target, reason(e), e);
      }
    }
  }

  private static String reason(IOException e) {
    return e instanceof FileSystemException f ? reason(f) : String.valueOf(e.getMessage());
  }

  private static String reason(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getReason() != null ? e.getReason() : String.valueOf(e.getMessage());
  }
}
