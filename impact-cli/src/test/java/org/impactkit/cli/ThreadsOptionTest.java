package org.impactkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.impactkit.cli.SroiCommandTest.Run;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 20 at the terminal: {@code --threads N}. */
class ThreadsOptionTest {
  private static final String NORMACOT = "../samples/normacot-community-cohesion";

  @Test
  @DisplayName("calculate --threads 1, 2 and 4: the same JSON, byte for byte")
  void sameReport() {
    Run one = SroiCommandTest.run("calculate", NORMACOT, "--format", "json", "-q", "--threads", "1");
    assertThat(one.code()).as(one.err()).isEqualTo(ExitCodes.OK);
    for (String threads : new String[] {"2", "4"}) {
      Run r = SroiCommandTest.run("calculate", NORMACOT, "--format", "json", "-q", "--threads", threads);
      assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as("--threads %s", threads).isEqualTo(one.out());
    }
  }

  @Test
  @DisplayName("--threads 0, 65 or a word is a usage error (exit 2) saying what is expected")
  void atLeastOne() {
    for (String bad : new String[] {"0", "-3", "many", "65"}) {
      Run r = SroiCommandTest.run("calculate", NORMACOT, "--format", "json", "-q", "--threads", bad);
      assertThat(r.code()).as(bad).isEqualTo(ExitCodes.USAGE);
      assertThat(r.err()).contains("expected a number of threads from 1 to 64, found '" + bad + "'");
    }
  }
}
