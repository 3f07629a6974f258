package org.impactkit.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SPEC §7: outputs are written atomically; a failed write leaves nothing behind and changes nothing. */
class AtomicFilesTest {
  @TempDir Path dir;

  private Set<Path> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return Set.copyOf(s.toList());
    }
  }

  @Test
  @DisplayName("§7 atomic writes: a new file gets the whole content; an old one is replaced whole")
  void writesAndReplaces() throws IOException {
    Path target = dir.resolve("report.json");
    AtomicFiles.write(target, out -> out.write("first".getBytes(UTF_8)));
    assertThat(target).hasContent("first");
    AtomicFiles.write(target, out -> out.write("second, longer".getBytes(UTF_8)));
    assertThat(target).hasContent("second, longer");
    assertThat(files()).containsExactly(target);
  }

  @Test
  @DisplayName("§7 atomic writes: a write that fails half-way leaves the old report untouched and no partial file")
  void failedWriteChangesNothing() throws IOException {
    Path target = dir.resolve("report.json");
    Files.writeString(target, "last year's report");
    IOException e = catchThrowableOfType(IOException.class, () -> AtomicFiles.write(target, out -> {
      out.write("half of a new rep".getBytes(UTF_8));
      throw new IOException("disk full");
    }));
    assertThat(e).isInstanceOf(AtomicFiles.OutputException.class);
    assertThat(e.getMessage()).startsWith(target.toString()).contains("disk full");
    assertThat(target).hasContent("last year's report");
    assertThat(files()).containsExactly(target);
  }

  @Test
  @DisplayName("§7 atomic writes: a writer that crashes leaves no partial file either")
  void crashedWriterLeavesNothing() throws IOException {
    Path target = dir.resolve("new.json");
    IllegalStateException e = catchThrowableOfType(IllegalStateException.class,
        () -> AtomicFiles.write(target, out -> {
          out.write('{');
          throw new IllegalStateException("bug");
        }));
    assertThat(e).hasMessage("bug");
    assertThat(files()).isEmpty();
  }

  @Test
  @DisplayName("§7 unwritable destination: a missing folder is a clear error naming the path")
  void missingFolder() {
    Path target = dir.resolve("no-such-folder").resolve("report.json");
    AtomicFiles.OutputException e =
        catchThrowableOfType(AtomicFiles.OutputException.class, () -> AtomicFiles.write(target, out -> {}));
    assertThat(e.getMessage()).isEqualTo(target + ": cannot write here: the folder " + target.getParent()
        + " does not exist");
    assertThat(e.target()).isEqualTo(target);
  }

  @Test
  @DisplayName("§7 unwritable destination: a folder in the way, or a file where a folder should be, is refused")
  void folderInTheWay() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("report.json"));
    AtomicFiles.OutputException e =
        catchThrowableOfType(AtomicFiles.OutputException.class, () -> AtomicFiles.write(folder, out -> {}));
    assertThat(e.getMessage()).contains("it is a folder");
    Path file = Files.writeString(dir.resolve("plain"), "x");
    e = catchThrowableOfType(AtomicFiles.OutputException.class,
        () -> AtomicFiles.write(file.resolve("report.json"), out -> {}));
    assertThat(e.getMessage()).contains("is not a folder");
    assertThat(files()).containsExactlyInAnyOrder(folder, file);
  }

  @Test
  @DisplayName("§7 atomic writes: the report gets the folder's usual permissions, not a private temp file's")
  void usualPermissions() throws IOException {
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    if (!Files.getFileStore(plain).supportsFileAttributeView("posix")) {
      return;
    }
    Path target = dir.resolve("report.json");
    AtomicFiles.write(target, out -> out.write('x'));
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(plain);
    assertThat(Files.getPosixFilePermissions(target)).isEqualTo(expected);
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  /** A named pipe made with mkfifo; the test is skipped where there is none. */
  static Path fifo(Path p) throws IOException, InterruptedException {
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available here: " + e.getMessage());
      throw e;
    }
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    assertThat(attributes(p).isOther()).isTrue();
    return p;
  }

  @Test
  @DisplayName("issue 21: a symbolic link to a file elsewhere stays a link; the file it points to gets the report")
  void symbolicLinkKept() throws IOException {
    Path shared = Files.createDirectory(dir.resolve("shared"));
    Path real = Files.writeString(shared.resolve("report.json"), "last year's report");
    Path here = Files.createDirectory(dir.resolve("here"));
    Path link = Files.createSymbolicLink(here.resolve("report.json"), Path.of("../shared/report.json"));
    Path chain = Files.createSymbolicLink(here.resolve("latest.json"), link.getFileName());
    AtomicFiles.write(chain, out -> out.write("new report".getBytes(UTF_8)));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.isSymbolicLink(chain)).isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("../shared/report.json"));
    assertThat(real).hasContent("new report");
    assertThat(attributes(real).isRegularFile()).isTrue();
    try (Stream<Path> s = Files.walk(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  @DisplayName("issue 21: a link to a file not there yet makes the file where it points; a loop of links is refused")
  void danglingAndLoopingLinks() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), Path.of("made.json"));
    AtomicFiles.write(link, out -> out.write('x'));
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(dir.resolve("made.json")).hasContent("x");
    Path a = dir.resolve("a.json");
    Files.createSymbolicLink(a, Path.of("b.json"));
    Files.createSymbolicLink(dir.resolve("b.json"), Path.of("a.json"));
    AtomicFiles.OutputException e =
        catchThrowableOfType(AtomicFiles.OutputException.class, () -> AtomicFiles.write(a, out -> out.write('x')));
    assertThat(e).hasMessage(a + ": cannot write here: too many symbolic links (a loop?)");
  }

  @Test
  @DisplayName("issue 21: a named pipe is written straight into: its reader gets the report and it stays a pipe;"
      + " then /dev/null stays a character device")
  void namedPipeAndDevice() throws Exception {
    Path pipe = fifo(dir.resolve("report.fifo"));
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(pipe);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    AtomicFiles.write(pipe, out -> out.write("report through a pipe".getBytes(UTF_8)));
    assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("report through a pipe");
    assertThat(attributes(pipe).isOther()).as("still a pipe").isTrue();
    assertThat(files()).containsExactly(pipe);

    // The same path for a device, only now that the pipe proved it never replaces the node.
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull) && attributes(devNull).isOther(), "no /dev/null here");
    AtomicFiles.write(devNull, out -> out.write("nothing".getBytes(UTF_8)));
    assertThat(attributes(devNull).isOther()).as("/dev/null is still a device").isTrue();
    assertThat(Files.getAttribute(devNull, "unix:mode", LinkOption.NOFOLLOW_LINKS)).satisfies(
        mode -> assertThat((Integer) mode & 0xF000).isEqualTo(0x2000));
  }

  @Test
  @DisplayName("issue 21: other special files (a socket) are refused with a clear message and left as they are")
  void socketRefused() throws IOException {
    Path socket = dir.resolve("report.sock");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      AtomicFiles.OutputException e = catchThrowableOfType(AtomicFiles.OutputException.class,
          () -> AtomicFiles.write(socket, out -> out.write('x')));
      assertThat(e).hasMessage(socket + ": cannot write here: it is a socket, not a file; give a file name");
      assertThat(attributes(socket).isOther()).isTrue();
      assertThat(files()).containsExactly(socket);
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("no Unix domain sockets here");
    }
  }

  @Test
  @DisplayName("issue 21: stale temporary files of the same target, left by a killed run, are swept before writing")
  void staleTemporariesSwept() throws IOException {
    Path target = dir.resolve("report.json");
    FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
    FileTime later = FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS));
    Path stale = Files.writeString(dir.resolve(".report.json.0123456789ab.tmp"), "half a report");
    Files.setLastModifiedTime(stale, hourAgo);
    Path current = Files.writeString(dir.resolve(".report.json.ba9876543210.tmp"), "being written now");
    Files.setLastModifiedTime(current, later);
    List<Path> kept = List.of(
        Files.writeString(dir.resolve(".other.json.0123456789ab.tmp"), "another target's"),
        Files.writeString(dir.resolve(".report.json.notours.tmp"), "not our naming"),
        Files.writeString(dir.resolve("report.json.0123456789ab.tmp"), "not hidden"),
        Files.createSymbolicLink(dir.resolve(".report.json.aaaaaaaaaaaa.tmp"), Path.of("elsewhere")));
    for (Path k : kept) {
      if (!Files.isSymbolicLink(k)) {
        Files.setLastModifiedTime(k, hourAgo);
      }
    }
    AtomicFiles.write(target, out -> out.write("report".getBytes(UTF_8)));
    assertThat(stale).doesNotExist();
    assertThat(current).exists();
    assertThat(files()).containsExactlyInAnyOrderElementsOf(
        Stream.concat(Stream.of(target, current), kept.stream()).toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"TERM", "INT"})
  @DisplayName("issue 21: Java stopped by SIGTERM or SIGINT while a temporary file exists deletes it; the old report stays")
  void temporaryDeletedWhenStopped(String signal) throws Exception {
    Path target = Files.writeString(dir.resolve("report.json"), "last year's report");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
        "-cp", System.getProperty("java.class.path"), SlowWrite.class.getName(), target.toString())
        .redirectErrorStream(true)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
      assertThat(out.readLine()).isEqualTo("writing");
      assertThat(files()).as("the temporary file exists while writing").hasSize(2)
          .anyMatch(f -> f.getFileName().toString().matches("\\.report\\.json\\.[0-9a-f]{12}\\.tmp"));
      Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
      assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(files()).containsExactly(target);
    assertThat(target).hasContent("last year's report");
  }

  /** Writes a report that never ends, in a JVM of its own, saying when it has begun. */
  static final class SlowWrite {
    private SlowWrite() {}

    public static void main(String[] args) throws IOException {
      AtomicFiles.write(Path.of(args[0]), out -> {
        out.write("the first half of a report".getBytes(UTF_8));
        System.out.println("writing");
        System.out.flush();
        try {
          Thread.sleep(120_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
  }
}
