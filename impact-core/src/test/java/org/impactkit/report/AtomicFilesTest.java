package org.impactkit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
