package org.impactkit.cli.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules that keep untrusted names from becoming paths, one by one. */
class FileNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"participants.csv", "Participants - Partner A (2024).xlsx", "évaluation.yaml", "a.b.csv"})
  @DisplayName("plain names are accepted, accents and spaces included")
  void plainNames(String name) {
    assertThat(FileNames.problem(name)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "../x.csv", "a/b.csv", "a\\b.csv", "..", "a..b.csv", "C:x.csv", "x.csv:stream",
      "x\u0000.csv", "x\n.csv", "x\u202e.csv", " x.csv", "x.csv ", "x.csv."})
  @DisplayName("names with a folder, '..', a colon, control or invisible characters, or Windows' trailing dots are refused")
  void hostileNames(String name) {
    assertThat(FileNames.problem(name)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON.csv", "con.csv", "nul.xlsx", "Aux.tar.gz", "COM1.csv", "lpt9.yaml", "prn", "nul .csv",
      "CONOUT$.csv", "com\u00b9.csv"})
  @DisplayName("names Windows keeps for devices are refused, whatever the extension")
  void windowsDevices(String name) {
    assertThat(FileNames.problem(name)).contains("Windows keeps for a device");
  }

  @ParameterizedTest
  @ValueSource(strings = {"console.csv", "connect.csv", "com10.csv", "nullable.csv", "my con.csv", "auxiliary.xlsx"})
  @DisplayName("names that only begin like a device are plain names")
  void nearDevices(String name) {
    assertThat(FileNames.problem(name)).isNull();
  }

  @Test
  @DisplayName("a name longer than any file system keeps is refused")
  void longNames() {
    assertThat(FileNames.problem("a".repeat(FileNames.MAX_LENGTH) + ".csv")).contains("longer than");
  }

  @Test
  @DisplayName("kinds by extension, ignoring case; the clutter an operating system adds to a zip is known")
  void kinds() {
    assertThat(FileNames.kind("Activities.CSV")).isEqualTo(FileNames.Kind.TABLE);
    assertThat(FileNames.kind("old.xls")).isEqualTo(FileNames.Kind.TABLE); // refused by the library by name
    assertThat(FileNames.kind("evaluation.yml")).isEqualTo(FileNames.Kind.SETTINGS);
    assertThat(FileNames.kind("bank.json")).isEqualTo(FileNames.Kind.BANK);
    assertThat(FileNames.kind("folder.ZIP")).isEqualTo(FileNames.Kind.ZIP);
    assertThat(FileNames.kind("notes.docx")).isEqualTo(FileNames.Kind.OTHER);
    assertThat(FileNames.isSystemClutter("__MACOSX/derby/._activities.csv")).isTrue();
    assertThat(FileNames.isSystemClutter("derby/.DS_Store")).isTrue();
    assertThat(FileNames.isSystemClutter("derby/Thumbs.db")).isTrue();
    assertThat(FileNames.isSystemClutter("derby/activities.csv")).isFalse();
  }

  @Test
  @DisplayName("an evaluation is named after its zip or workbook, made safe as a folder name")
  void folderNames() {
    assertThat(FileNames.folderName("derby-youth-alliance-2021-22")).isEqualTo("derby-youth-alliance-2021-22");
    assertThat(FileNames.folderName("Our programme 2024")).isEqualTo("Our programme 2024");
    assertThat(FileNames.folderName("a/b\\c:d")).isEqualTo("a-b-c-d");
    assertThat(FileNames.folderName("..")).isEqualTo("evaluation");
    assertThat(FileNames.folderName("   ")).isEqualTo("evaluation");
    assertThat(FileNames.folderName("x".repeat(300))).hasSize(80);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../a.csv", "a/../../b.csv", "/etc/passwd", "a\\b.csv", "C:/a.csv", "./a.csv", "a/\u0007.csv"})
  @DisplayName("zip entries that could land outside the folder are named as such")
  void zipEntryPaths(String entry) {
    assertThat(SafeZip.pathProblem(entry)).isNotNull();
  }

  @Test
  @DisplayName("zip entries inside the folder pass")
  void zipEntriesInside() {
    assertThat(SafeZip.pathProblem("derby/activities.csv")).isNull();
    assertThat(SafeZip.pathProblem("derby/")).isNull();
  }

  @Test
  @DisplayName("the server's temporary folder is the user's alone (0700) and goes when closed")
  void privateTemporaryFolder(@TempDir Path parent) throws Exception {
    TempFolders temp = TempFolders.create(parent);
    Path request = temp.newRequestFolder();
    Files.writeString(request.resolve("participants.csv"), "personal data");
    if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(temp.root()))).isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(request))).isEqualTo("rwx------");
    }
    temp.delete(request);
    assertThat(request).doesNotExist();
    temp.newRequestFolder();
    temp.close();
    assertThat(temp.root()).doesNotExist();
  }

  @Test
  @DisplayName("an internal error is reported by class and impact's frame, never by its message (it may quote data)")
  void internalErrorsSayWhereNotWhat() {
    IllegalStateException e = new IllegalStateException("Ann Example, 12 High Street");
    assertThat(WebServer.where(e)).startsWith("IllegalStateException at org.impactkit.cli.serve.FileNamesTest.")
        .doesNotContain("Ann");
  }
}
