package org.impactkit.cli.serve;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The server's private temporary folder (owner only, 0700), with one folder in it per request. Uploads
 * are personal data: nothing of them outlives the reply, and the whole folder goes when the server
 * stops, Ctrl-C included.
 */
final class TempFolders {
  /** Request folders are named {@code request-…}. */
  static final String REQUEST_PREFIX = "request-";

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final Path root;

  private TempFolders(Path root) {
    this.root = root;
  }

  /** A new private folder inside {@code parent}. */
  static TempFolders create(Path parent) throws IOException {
    return new TempFolders(Files.createTempDirectory(parent, "impact-serve-", ownerOnly()));
  }

  /** The folder of every request's files. */
  Path root() {
    return root;
  }

  /** A new empty folder for one request's files, readable by this user only. */
  Path newRequestFolder() throws IOException {
    return Files.createTempDirectory(root, REQUEST_PREFIX, ownerOnly());
  }

  /**
   * Deletes a folder and everything in it, never following links (an upload makes none, but a folder
   * walk that followed one could delete outside). What cannot be deleted is left; the root goes at
   * {@link #close}.
   */
  void delete(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (NoSuchFileException e) {
      // already gone
    } catch (IOException e) {
      // left for close(); a failed clean-up must not turn a reply into an error
    }
  }

  /** Deletes the root and every request folder left in it. */
  void close() {
    delete(root);
  }

  private static FileAttribute<?>[] ownerOnly() {
    return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
        : new FileAttribute<?>[0];
  }
}
