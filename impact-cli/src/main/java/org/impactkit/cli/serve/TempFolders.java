package org.impactkit.cli.serve;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's private temporary folder (owner only, 0700), with one folder in it per request. Uploads
 * are personal data: nothing of them outlives the reply, and the whole folder goes when the server
 * stops, Ctrl-C included.
 *
 * <p>A server killed outright (power cut, {@code kill -9}) cannot clean up, so each server holds a lock
 * on a file in its folder while it runs, and a starting server deletes the folders of the same user
 * whose lock nobody holds: the operating system frees a lock when its process dies, so a folder in use
 * by another server running now is never taken.
 */
final class TempFolders {
  /** Request folders are named {@code request-…}. */
  static final String REQUEST_PREFIX = "request-";
  /** Server folders are named {@code impact-serve-…}. */
  static final String ROOT_PREFIX = "impact-serve-";
  /** The file a running server holds a lock on. */
  static final String LOCK_FILE = ".running";

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /**
   * The folders of this process's own servers. Their locks are never probed: closing a second channel on
   * a file this JVM has locked would release the lock (FileLock's own caveat), and another server could
   * then take the folder for abandoned.
   */
  private static final Set<Path> OURS = ConcurrentHashMap.newKeySet();
  /** A folder younger than this is never swept: its server may be between making it and locking it. */
  private static final Duration SETTLING = Duration.ofMinutes(1);

  private final Path root;
  private final FileChannel lock;

  private TempFolders(Path root, FileChannel lock) {
    this.root = root;
    this.lock = lock;
  }

  /** A new private folder inside {@code parent}, after deleting those left there by servers no longer running. */
  static TempFolders create(Path parent) throws IOException {
    sweep(parent);
    Path root = Files.createTempDirectory(parent, ROOT_PREFIX, ownerOnly());
    OURS.add(root.toAbsolutePath());
    FileChannel channel = FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    try {
      channel.lock();
    } catch (IOException | RuntimeException e) {
      channel.close();
      OURS.remove(root.toAbsolutePath());
      throw e;
    }
    return new TempFolders(root, channel);
  }

  /**
   * Deletes the server folders in {@code parent} that this user owns and that no running server holds:
   * uploads left by a server that was killed. Anything that cannot be checked is left.
   */
  static void sweep(Path parent) {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(parent, ROOT_PREFIX + "*")) {
      UserPrincipal us = null;
      for (Path folder : folders) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || OURS.contains(folder.toAbsolutePath())) {
          continue;
        }
        if (us == null) {
          us = ourselves(parent);
        }
        // the owner first: another user's folder in a shared /tmp is not even opened
        if (Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).equals(us) && settled(folder) && abandoned(folder)) {
          deleteTree(folder);
        }
      }
    } catch (IOException | RuntimeException e) {
      // a folder that cannot be listed or checked is left as it is; starting matters more than sweeping
    }
  }

  /** The owner of the files this process makes, as the file system names it (the same on every system). */
  private static UserPrincipal ourselves(Path parent) throws IOException {
    Path probe = Files.createTempFile(parent, ROOT_PREFIX + "owner-", ".tmp");
    try {
      return Files.getOwner(probe);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  private static boolean settled(Path folder) throws IOException {
    return Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant()
        .isBefore(Instant.now().minus(SETTLING));
  }

  /** Whether no running server holds the folder's lock (a folder without one was never a server's). */
  private static boolean abandoned(Path folder) {
    Path lockFile = folder.resolve(LOCK_FILE);
    if (!Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock held = channel.tryLock()) {
      return held != null;
    } catch (OverlappingFileLockException e) {
      return false; // a server of this very process
    } catch (IOException e) {
      return false;
    }
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
    deleteTree(folder);
  }

  private static void deleteTree(Path folder) {
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

  /** Releases the lock, then deletes the root and every request folder left in it. */
  void close() {
    OURS.remove(root.toAbsolutePath());
    try {
      lock.close(); // closing the channel frees its lock; Windows deletes no file held open
    } catch (IOException e) {
      // deleted below all the same where the system allows
    }
    delete(root);
  }

  private static FileAttribute<?>[] ownerOnly() {
    return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
        : new FileAttribute<?>[0];
  }
}
