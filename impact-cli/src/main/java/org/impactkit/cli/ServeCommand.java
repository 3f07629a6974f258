package org.impactkit.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.impactkit.cli.serve.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code impact serve}: the same job as {@code calculate}, as a web page on this machine (SPEC §11). */
@Command(
    name = "serve",
    description = {"Serve a web page on this computer for the same job: drop the evaluation's files on it, see"
        + " what is wrong with them, and download the report. Your files never leave this computer.",
        "Stop it with Ctrl-C."},
    sortOptions = false)
final class ServeCommand extends BaseCommand {
  @Option(names = "--port", paramLabel = "N", description = "Port on 127.0.0.1 (default: 0, any free port).")
  int port;

  @Option(names = "--no-open", description = "Do not open the page in the browser; only print its address.")
  boolean noOpen;

  @Override
  int execute() throws Exception {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be from 0 to 65535, found " + port);
    }
    WebServer server;
    try {
      server = WebServer.start(port, err());
    } catch (BindException e) {
      err().println("impact: port " + port + " is in use; choose another with --port, or --port 0 for any free one");
      return ExitCodes.INVALID_INPUT;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    // Ctrl-C: stop listening and delete every uploaded file before Java exits.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      err().println("impact serve stopped.");
      err().flush();
      stopped.countDown();
    }, "impact-serve-stop"));
    out().println("impact serve: the page is at");
    out().println();
    out().println("  " + server.address());
    out().println();
    out().println("Your files stay on this computer. Press Ctrl-C to stop.");
    out().flush();
    if (!noOpen && !open(server.launcher())) {
      out().println("Open the address above in your browser.");
      out().flush();
    }
    stopped.await();
    return ExitCodes.OK;
  }

  /** Opens a file in the desktop's browser; whether that could be started. */
  private static boolean open(Path file) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", file.toString())
        : os.contains("mac") ? List.of("open", file.toString()) : List.of("xdg-open", file.toString());
    try {
      new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
