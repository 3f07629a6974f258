package org.impactkit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file all or nothing: into a temporary file beside the target, flushed to disk, then
 * renamed over it. A failed write leaves no partial file and an existing file untouched. Every
 * failure is an {@link OutputException} whose message names the target and says why.
 */
public final class AtomicFiles {
  private static final SecureRandom RANDOM = new SecureRandom();

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
   * Writes {@code target} atomically.
   *
   * @throws OutputException when the folder is missing or not writable, the target is a folder, or
   *     writing fails (the target is then as it was)
   * @throws IOException never other than {@link OutputException}; what {@code content} throws is wrapped
   */
  public static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    if (dir == null || absolute.getFileName() == null) {
      throw new OutputException(target, "give a file name", null);
    }
    if (!Files.isDirectory(dir)) {
      throw new OutputException(target, Files.exists(dir) ? dir + " is not a folder"
          : "the folder " + dir + " does not exist", null);
    }
    if (Files.isDirectory(absolute)) {
      throw new OutputException(target, "it is a folder; give a file name", null);
    }
    Path temp = createTemp(target, dir, absolute.getFileName().toString());
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      } catch (OutputException e) {
        throw e;
      } catch (IOException e) {
        throw new OutputException(target, "writing failed: "
            + (e instanceof FileSystemException f ? reason(f) : String.valueOf(e.getMessage())), e);
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
    }
  }

  /**
   * A new empty file beside the target, hidden and marked {@code .tmp}, created with the folder's
   * default permissions (a {@code createTempFile} would be private to the owner, and so would the
   * report after the rename).
   */
  private static Path createTemp(Path target, Path dir, String name) throws OutputException {
    for (int attempt = 0; ; attempt++) {
      byte[] random = new byte[6];
      RANDOM.nextBytes(random);
      Path temp = dir.resolve("." + name + "." + HexFormat.of().formatHex(random) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 10) {
          throw new OutputException(target, "no temporary file could be made in " + dir, e);
        }
      } catch (AccessDeniedException e) {
        throw new OutputException(target, "no permission to write in the folder " + dir, e);
      } catch (IOException e) {
        throw new OutputException(target, e instanceof FileSystemException f ? reason(f) : String.valueOf(e.getMessage()),
            e);
      }
    }
  }

  private static String reason(FileSystemException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getReason() != null ? e.getReason() : String.valueOf(e.getMessage());
  }
}
